#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace idesk::ui {

// Asks why a session is cancelled and to confirm it, naming the session, so
// nothing is cancelled by one click and every cancelled row says why.
class CancelSessionDialog : public QDialog
{
    Q_OBJECT
public:
    // `what` names the session in words: kind, day, time, mentor and mentee.
    CancelSessionDialog(const QString &what, int maxReason, QWidget *parent = nullptr);

    QString reason() const;
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *confirmButton() const { return m_confirm; }

private:
    QLineEdit *m_reason;
    QPushButton *m_confirm;
};

} // namespace idesk::ui
