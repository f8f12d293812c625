#include "SchoolDayCsv.h"

#include <QRegularExpression>

namespace idesk {

QTime SchoolDayCsv::parseTime(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2})[:.](\\d{2})$"));
    const auto m = re.match(text.trimmed());
    return m.hasMatch() ? QTime(m.captured(1).toInt(), m.captured(2).toInt()) : QTime();
}

Result<QList<Period>> SchoolDayCsv::parse(const CsvTable &table, QStringList *problems)
{
    const int cName = table.column({QStringLiteral("Period"), QStringLiteral("Name")});
    const int cStart = table.column({QStringLiteral("Start"), QStringLiteral("Start time")});
    const int cEnd = table.column({QStringLiteral("End"), QStringLiteral("End time")});
    const int cKind = table.column({QStringLiteral("Kind"), QStringLiteral("Type")});
    QStringList missing;
    for (const auto &[column, name] : {std::pair{cName, "Period"}, std::pair{cStart, "Start"},
                                       std::pair{cEnd, "End"}, std::pair{cKind, "Kind"}}) {
        if (column < 0)
            missing.append(QString::fromLatin1(name));
    }
    if (!missing.isEmpty())
        return Error::invalid(
            tr("%1, row 1: the header has no column %2 (expected Period, Start, End, Kind)")
                .arg(table.fileName, missing.join(QStringLiteral(", "))));
    QList<Period> periods;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const auto where = [&](const char *column) {
            return tr("%1, row %2, column %3")
                .arg(table.fileName)
                .arg(table.rowNumbers.at(r))
                .arg(QLatin1String(column));
        };
        Period p;
        p.name = table.cell(r, cName);
        p.start = parseTime(table.cell(r, cStart));
        p.end = parseTime(table.cell(r, cEnd));
        const auto kind = PeriodKinds::fromKey(table.cell(r, cKind));
        if (p.name.isEmpty())
            problems->append(tr("%1: the period has no name").arg(where("Period")));
        if (!p.start.isValid())
            problems->append(
                tr("%1: \"%2\" is not a time (HH:MM)").arg(where("Start"), table.cell(r, cStart)));
        if (!p.end.isValid())
            problems->append(
                tr("%1: \"%2\" is not a time (HH:MM)").arg(where("End"), table.cell(r, cEnd)));
        else if (p.start.isValid() && p.end <= p.start)
            problems->append(tr("%1: the period ends at or before it starts").arg(where("End")));
        if (!kind)
            problems->append(
                tr("%1: \"%2\" is not a kind of period (registration, lesson, break, lunch, "
                   "before school, after school)")
                    .arg(where("Kind"), table.cell(r, cKind)));
        else
            p.kind = *kind;
        periods.append(p);
    }
    if (problems->isEmpty()) {
        if (auto s = SchoolDay::validate(periods); !s)
            problems->append(table.fileName + QStringLiteral(": ") + s.error().message);
    }
    if (!problems->isEmpty())
        return Error::invalid(problems->join(QLatin1Char('\n')));
    return periods;
}

} // namespace idesk
