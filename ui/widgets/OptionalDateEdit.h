#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace idesk::ui {

// A date that may be unknown (an employment that has not ended, a QTS date
// nobody recorded): a tick box says whether the date is set.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(const QString &setLabel, QWidget *parent = nullptr);

    QDate date() const; // invalid when not set
    void setDate(QDate date);
    // Where the date starts when the box is ticked (today, by the clock).
    void setSuggestion(QDate day);
    QCheckBox *setBox() const { return m_set; }
    QDateEdit *dateEdit() const { return m_edit; }

signals:
    void dateChanged();

private:
    QCheckBox *m_set;
    QDateEdit *m_edit;
};

} // namespace idesk::ui
