#include "SlotContent.h"

#include "io/TimetableCsv.h"

#include <QRegularExpression>
#include <QSet>

namespace idesk {

namespace {
QString normal(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return text.toLower().replace(separators, QStringLiteral(" ")).trimmed();
}
} // namespace

std::optional<Activity> SlotContent::nonTeaching(const QString &text)
{
    const QString t = normal(text);
    static const QSet<QString> free{QStringLiteral("free"), QStringLiteral("free period"),
                                    QStringLiteral("study"), QStringLiteral("non timetabled"),
                                    QStringLiteral("unallocated")};
    static const QSet<QString> nonContact{QStringLiteral("nc"),
                                          QStringLiteral("non contact"),
                                          QStringLiteral("noncontact"),
                                          QStringLiteral("non contact time"),
                                          QStringLiteral("ect"),
                                          QStringLiteral("ect time"),
                                          QStringLiteral("nqt time"),
                                          QStringLiteral("induction"),
                                          QStringLiteral("induction time"),
                                          QStringLiteral("mentor time"),
                                          QStringLiteral("mentoring"),
                                          QStringLiteral("management"),
                                          QStringLiteral("leadership"),
                                          QStringLiteral("admin"),
                                          QStringLiteral("directed time"),
                                          QStringLiteral("tlr"),
                                          QStringLiteral("tlr time"),
                                          QStringLiteral("slt"),
                                          QStringLiteral("slt time"),
                                          QStringLiteral("dept time")};
    static const QSet<QString> notWorking{
        QStringLiteral("not working"), QStringLiteral("nw"),
        QStringLiteral("n w"),         QStringLiteral("off"),
        QStringLiteral("day off"),     QStringLiteral("part time"),
        QStringLiteral("pt"),          QStringLiteral("not in"),
        QStringLiteral("unavailable"), QStringLiteral("not available"),
        QStringLiteral("absent"),      QStringLiteral("non working")};
    static const QStringList dutyWords{QStringLiteral("duty"),     QStringLiteral("meeting"),
                                       QStringLiteral("cover"),    QStringLiteral("detention"),
                                       QStringLiteral("assembly"), QStringLiteral("briefing"),
                                       QStringLiteral("training")};
    if (t.isEmpty() || free.contains(t))
        return Activity::Free;
    if (t == QLatin1String("ppa") || t.startsWith(QLatin1String("ppa ")) ||
        t == QLatin1String("planning") || t == QLatin1String("planning time"))
        return Activity::Ppa;
    if (nonContact.contains(t))
        return Activity::NonContact;
    if (notWorking.contains(t))
        return Activity::NotWorking;
    const QStringList words = t.split(QLatin1Char(' '));
    for (const QString &w : dutyWords) {
        if (words.contains(w))
            return Activity::Duty;
    }
    if (const auto a = TimetableCsv::parseActivity(text); a && *a != Activity::Teaching)
        return a;
    return std::nullopt;
}

SlotContent SlotContent::read(const QString &cell)
{
    SlotContent content;
    QString first;
    for (const QString &line : cell.split(QRegularExpression(QStringLiteral("[\\r\\n]+")))) {
        if (!line.trimmed().isEmpty()) {
            first = line.trimmed();
            break;
        }
    }
    static const QSet<QString> blanks{QStringLiteral("-"), QStringLiteral("--"),
                                      QStringLiteral("—"), QStringLiteral("–"),
                                      QStringLiteral(".")};
    if (first.isEmpty() || blanks.contains(first))
        return content;
    content.empty = false;
    if (const auto a = nonTeaching(first)) {
        content.activity = *a;
        return content;
    }
    content.activity = Activity::Teaching;
    content.label = first.left(40);
    return content;
}

} // namespace idesk
