#include "ConflictWording.h"

#include "util/Dates.h"

#include <QRegularExpression>

namespace idesk {

namespace {
QVariant valueOf(const RowState &row, const QString &column)
{
    const qsizetype i = row.columns.indexOf(column);
    return row.values && i >= 0 && i < row.values->size() ? row.values->at(i) : QVariant();
}

QString shown(const QVariant &value)
{
    if (value.isNull())
        return ConflictWording::tr("empty");
    QString text = value.toString();
    // Dates as a tutor writes them.
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (iso.match(text).hasMatch())
        text = Dates::uk(Dates::parse(text));
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("...");
    return QStringLiteral("“%1”").arg(text);
}

QString columnWords(QString column)
{
    if (column.endsWith(QLatin1String("_id")))
        column.chop(3);
    return column.replace(QLatin1Char('_'), QLatin1Char(' '));
}
} // namespace

QString ConflictWording::recordName(const RowState &row)
{
    const RowState &r = row;
    const QString t = r.table;
    if (t == QLatin1String("person")) {
        const QString name = QStringLiteral("%1 %2")
                                 .arg(valueOf(r, QStringLiteral("first_name")).toString(),
                                      valueOf(r, QStringLiteral("last_name")).toString())
                                 .trimmed();
        return name.isEmpty() ? tr("a person's details") : tr("%1's details").arg(name);
    }
    if (t == QLatin1String("mentoring_session")) {
        const QDate day = Dates::parse(valueOf(r, QStringLiteral("day")).toString());
        return day.isValid() ? tr("the session on %1").arg(Dates::uk(day)) : tr("a session");
    }
    if (t == QLatin1String("person_role"))
        return tr("a role");
    if (t == QLatin1String("induction") || t == QLatin1String("induction_status"))
        return tr("an induction");
    if (t == QLatin1String("placement"))
        return tr("a placement");
    if (t == QLatin1String("mentor_assignment") || t == QLatin1String("assignment_acknowledgement"))
        return tr("a pairing");
    if (t == QLatin1String("term"))
        return tr("a term");
    if (t == QLatin1String("closure") || t == QLatin1String("bank_holiday"))
        return tr("a day the school is closed");
    if (t == QLatin1String("school_period") || t == QLatin1String("contracted_time"))
        return tr("the school day");
    if (t.startsWith(QLatin1String("timetable")))
        return tr("a timetable");
    if (t == QLatin1String("working_pattern"))
        return tr("a working pattern");
    if (t == QLatin1String("absence"))
        return tr("an absence");
    if (t == QLatin1String("blocked_time"))
        return tr("a blocked time");
    if (t == QLatin1String("training_activity") || t == QLatin1String("mentor_training"))
        return tr("a training record");
    if (t == QLatin1String("standards_assessment"))
        return tr("a Teachers' Standards assessment");
    if (t == QLatin1String("mentor_oversight"))
        return tr("a mentor's oversight");
    if (t == QLatin1String("school") || t == QLatin1String("setting"))
        return tr("the school's settings");
    return tr("a record (%1)").arg(columnWords(t));
}

QString ConflictWording::whatChanged(const RowDifference &d)
{
    if (d.then.values && !d.now.values)
        return tr("it has since been deleted");
    if (!d.then.values && d.now.values)
        return tr("it has since been added again");
    QStringList parts;
    int more = 0;
    for (qsizetype c = 0; c < d.then.columns.size(); ++c) {
        const QString column = d.then.columns.at(c);
        const QVariant then = valueOf(d.then, column);
        const QVariant now = valueOf(d.now, column);
        if (then == now)
            continue;
        if (parts.size() == 3) {
            ++more;
            continue;
        }
        parts.append(
            tr("%1 was %2 and is now %3").arg(columnWords(column), shown(then), shown(now)));
    }
    QString text = parts.join(QStringLiteral("; "));
    if (more > 0)
        text += tr(" (and %n more)", "", more);
    return text;
}

QString ConflictWording::describe(const QString &changeText, Doing doing,
                                  const QList<RowDifference> &differences)
{
    QStringList details;
    for (qsizetype i = 0; i < differences.size() && i < 3; ++i) {
        const RowDifference &d = differences.at(i);
        const QString name = recordName(d.then.values ? d.then : d.now);
        details.append(tr("%1: %2.").arg(name.left(1).toUpper() + name.mid(1), whatChanged(d)));
    }
    if (differences.size() > 3)
        details.append(tr("%n other record(s) changed too.", "", int(differences.size() - 3)));
    const QString lead =
        doing == Doing::Undo
            ? tr("“%1” cannot be undone: what it changed has been changed again meanwhile, "
                 "perhaps by a colleague or the command line, and undoing it would overwrite "
                 "that. Nothing was changed.")
                  .arg(changeText)
            : tr("“%1” cannot be redone: what it changes has been changed meanwhile, perhaps by "
                 "a colleague or the command line. Nothing was changed.")
                  .arg(changeText);
    return lead + QLatin1Char(' ') + details.join(QLatin1Char(' '));
}

} // namespace idesk
