#include "SchoolDay.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace idesk {

namespace PeriodKinds {
namespace {
constexpr std::pair<PeriodKind, const char *> kKeys[] = {
    {PeriodKind::Registration, "registration"},
    {PeriodKind::Lesson, "lesson"},
    {PeriodKind::Break, "break"},
    {PeriodKind::Lunch, "lunch"},
    {PeriodKind::BeforeSchool, "before-school"},
    {PeriodKind::AfterSchool, "after-school"},
};
}

QString key(PeriodKind kind)
{
    for (const auto &[k, name] : kKeys) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<PeriodKind> fromKey(const QString &text)
{
    QString k = text.trimmed().toLower();
    k.replace(QLatin1Char(' '), QLatin1Char('-'));
    for (const auto &[kind, name] : kKeys) {
        if (k == QLatin1String(name))
            return kind;
    }
    return std::nullopt;
}
QString displayName(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Registration:
        return QCoreApplication::translate("PeriodKind", "Registration");
    case PeriodKind::Lesson:
        return QCoreApplication::translate("PeriodKind", "Lesson");
    case PeriodKind::Break:
        return QCoreApplication::translate("PeriodKind", "Break");
    case PeriodKind::Lunch:
        return QCoreApplication::translate("PeriodKind", "Lunch");
    case PeriodKind::BeforeSchool:
        return QCoreApplication::translate("PeriodKind", "Before school");
    case PeriodKind::AfterSchool:
        return QCoreApplication::translate("PeriodKind", "After school");
    }
    return {};
}
} // namespace PeriodKinds

SchoolDay::SchoolDay(QList<Period> periods)
    : m_periods(std::move(periods))
{
    std::sort(m_periods.begin(), m_periods.end(),
              [](const Period &a, const Period &b) { return a.start < b.start; });
}

Status SchoolDay::validate(const QList<Period> &periods)
{
    QSet<QString> names;
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const Period &p = periods.at(i);
        if (p.name.trimmed().isEmpty())
            return Error::invalid(tr("Period %1 has no name").arg(i + 1));
        if (!p.start.isValid() || !p.end.isValid() || p.end <= p.start)
            return Error::invalid(tr("Period %1 must end after it starts").arg(p.name));
        if (names.contains(p.name.toLower()))
            return Error::invalid(tr("Two periods are called %1").arg(p.name));
        names.insert(p.name.toLower());
        if (i > 0 && p.start < periods.at(i - 1).end)
            return Error::invalid(
                tr("Period %1 starts at %2, before %3 ends at %4")
                    .arg(p.name, p.start.toString(QStringLiteral("HH:mm")), periods.at(i - 1).name,
                         periods.at(i - 1).end.toString(QStringLiteral("HH:mm"))));
    }
    return Status::success();
}

QList<Period> SchoolDay::lessons() const
{
    QList<Period> list;
    for (const auto &p : m_periods) {
        if (p.kind == PeriodKind::Lesson)
            list.append(p);
    }
    return list;
}

const Period *SchoolDay::byName(const QString &name) const
{
    for (const auto &p : m_periods) {
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

const Period *SchoolDay::byId(qint64 id) const
{
    for (const auto &p : m_periods) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const Period *SchoolDay::periodAt(QTime t) const
{
    for (const auto &p : m_periods) {
        if (p.contains(t))
            return &p;
    }
    return nullptr;
}

bool SchoolDay::isTeachingTime(QTime t) const
{
    const Period *p = periodAt(t);
    return p && p->kind == PeriodKind::Lesson;
}

} // namespace idesk
