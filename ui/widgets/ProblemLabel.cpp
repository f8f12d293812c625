#include "ProblemLabel.h"

#include "style/Style.h"

namespace idesk::ui {

ProblemLabel::ProblemLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setStyleSheet(errorStyleSheet(this, true));
    hide();
}

void ProblemLabel::showProblem(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

} // namespace idesk::ui
