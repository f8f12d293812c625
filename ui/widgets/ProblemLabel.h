#pragma once

#include <QLabel>

namespace idesk::ui {

// Where a dialog says why it cannot save yet: hidden until there is a
// problem, in words and in the palette's error colour.
class ProblemLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ProblemLabel(QWidget *parent = nullptr);
    void showProblem(const QString &message);
};

} // namespace idesk::ui
