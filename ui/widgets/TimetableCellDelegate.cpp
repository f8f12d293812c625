#include "TimetableCellDelegate.h"

#include "calendar/Timetable.h"
#include "models/TimetableModel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QVBoxLayout>

namespace idesk::ui {

QWidget *TimetableCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                             const QModelIndex &) const
{
    auto *editor = new QWidget(parent);
    editor->setAutoFillBackground(true);
    auto *activity = new QComboBox(editor);
    activity->setObjectName(QStringLiteral("activity"));
    activity->setAccessibleName(tr("Activity"));
    for (auto a : {Activity::Teaching, Activity::Ppa, Activity::NonContact, Activity::Duty,
                   Activity::Free, Activity::NotWorking})
        activity->addItem(Activities::displayName(a), int(a));
    auto *klass = new QLineEdit(editor);
    klass->setObjectName(QStringLiteral("class"));
    klass->setPlaceholderText(tr("Class, e.g. 10X/Ma1"));
    klass->setAccessibleName(tr("Class"));
    klass->setMaxLength(40);
    auto *layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(activity);
    layout->addWidget(klass);
    connect(activity, &QComboBox::currentIndexChanged, klass, [activity, klass] {
        klass->setEnabled(activity->currentData().toInt() == int(Activity::Teaching));
    });
    editor->setFocusProxy(activity);
    return editor;
}

void TimetableCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *activity = editor->findChild<QComboBox *>(QStringLiteral("activity"));
    auto *klass = editor->findChild<QLineEdit *>(QStringLiteral("class"));
    activity->setCurrentIndex(activity->findData(index.data(TimetableModel::ActivityRole)));
    klass->setText(index.data(TimetableModel::ClassRole).toString());
    klass->setEnabled(activity->currentData().toInt() == int(Activity::Teaching));
}

void TimetableCellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                         const QModelIndex &index) const
{
    auto *activity = editor->findChild<QComboBox *>(QStringLiteral("activity"));
    auto *klass = editor->findChild<QLineEdit *>(QStringLiteral("class"));
    model->setData(index,
                   QVariantMap{{QStringLiteral("activity"), activity->currentData()},
                               {QStringLiteral("class"), klass->text()}},
                   Qt::EditRole);
}

void TimetableCellDelegate::updateEditorGeometry(QWidget *editor,
                                                 const QStyleOptionViewItem &option,
                                                 const QModelIndex &) const
{
    QRect r = option.rect;
    r.setHeight(std::max(r.height(), editor->sizeHint().height()));
    editor->setGeometry(r);
}

} // namespace idesk::ui
