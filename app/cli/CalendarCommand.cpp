#include "CalendarCommand.h"

#include "calendar/BankHolidaysFile.h"
#include "calendar/SchoolCalendar.h"
#include "storage/CalendarRepository.h"
#include "util/Dates.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace idesk::cli {

void CalendarCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("bank-holidays FILE (GOV.UK bank-holidays.json), or show"));
    parser.addOptions({
        {QStringLiteral("year"),
         tr("show: the academic year, e.g. 2026-27 (default: the current one)."), tr("YEAR")},
        {QStringLiteral("json"), tr("show: print JSON.")},
    });
}

int CalendarCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() == 1 && args.first() == QLatin1String("show"))
        return show(context, parser);
    if (args.size() != 2 || args.first() != QLatin1String("bank-holidays"))
        return context.usage(tr("expected: calendar bank-holidays FILE, or calendar show"), name());
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(
            Error::notFound(tr("%1: cannot be read (%2)").arg(args.at(1), file.errorString())));
    auto holidays =
        BankHolidaysFile::parse(file.read(16 * 1024 * 1024), QFileInfo(file).fileName());
    if (!holidays)
        return context.fail(holidays.error());
    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    if (auto s = CalendarRepository(**db).setBankHolidays(*holidays); !s)
        return context.fail(s.error());
    context.out() << tr("Imported %1 England and Wales bank holidays, %2 to %3")
                         .arg(holidays->size())
                         .arg(Dates::uk(holidays->first().date), Dates::uk(holidays->last().date))
                  << Qt::endl;
    return Success;
}

int CalendarCommand::show(CliContext &context, const QCommandLineParser &parser)
{
    QString year = Dates::academicYearLabel(context.clock().today());
    if (parser.isSet(QStringLiteral("year"))) {
        year = parser.value(QStringLiteral("year")).trimmed();
        static const QRegularExpression re(QStringLiteral("^(\\d{4})[-/](\\d{2})$"));
        const auto m = re.match(year);
        if (!m.hasMatch() || (m.captured(1).toInt() + 1) % 100 != m.captured(2).toInt())
            return context.usage(tr("--year must be an academic year such as 2026-27"), name());
        year = m.captured(1) + QLatin1Char('-') + m.captured(2);
    }
    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    CalendarRepository repo(**db);
    auto terms = repo.terms();
    auto closures = repo.closures();
    auto bank = repo.bankHolidays();
    if (!terms || !closures || !bank)
        return context.fail(!terms ? terms.error() : !closures ? closures.error() : bank.error());
    const SchoolCalendar calendar(*terms, *closures, *bank);
    const QList<Term> yearTerms = calendar.termsOf(year);
    const QDate start(year.left(4).toInt(), 9, 1);
    const DateRange span{start, start.addYears(1).addDays(-1)};

    QJsonArray termsJson, closuresJson, bankJson;
    for (const auto &t : yearTerms) {
        termsJson.append(QJsonObject{{QStringLiteral("term"), TermKinds::key(t.kind)},
                                     {QStringLiteral("label"), t.label()},
                                     {QStringLiteral("start"), Dates::iso(t.period.from)},
                                     {QStringLiteral("end"), Dates::iso(t.period.to)},
                                     {QStringLiteral("school_days"), calendar.schoolDayCount(t)}});
    }
    for (const auto &c : calendar.closures()) {
        if (c.academicYear == year)
            closuresJson.append(QJsonObject{{QStringLiteral("kind"), ClosureKinds::key(c.kind)},
                                            {QStringLiteral("name"), c.name},
                                            {QStringLiteral("start"), Dates::iso(c.period.from)},
                                            {QStringLiteral("end"), Dates::iso(c.period.to)}});
    }
    for (const auto &b : *bank) {
        if (span.contains(b.date))
            bankJson.append(QJsonObject{{QStringLiteral("date"), Dates::iso(b.date)},
                                        {QStringLiteral("title"), b.title}});
    }
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(QJsonObject{{QStringLiteral("academic_year"), year},
                                      {QStringLiteral("terms"), termsJson},
                                      {QStringLiteral("closures"), closuresJson},
                                      {QStringLiteral("bank_holidays"), bankJson}});
        return Success;
    }
    QTextStream &out = context.out();
    out << tr("Academic year %1").arg(year) << '\n';
    if (yearTerms.isEmpty())
        out << tr("  No term dates for %1 yet.").arg(year) << '\n';
    for (const auto &t : yearTerms)
        out << "  " << TermKinds::displayName(t.kind).leftJustified(13) << Dates::uk(t.period.from)
            << " - " << Dates::uk(t.period.to) << "  "
            << tr("%n school day(s)", nullptr, calendar.schoolDayCount(t)) << '\n';
    for (const auto &v : std::as_const(closuresJson)) {
        const QJsonObject c = v.toObject();
        out << "  "
            << tr("Closed: %1, %2 - %3")
                   .arg(c.value(QLatin1String("name")).toString(),
                        Dates::uk(Dates::parse(c.value(QLatin1String("start")).toString())),
                        Dates::uk(Dates::parse(c.value(QLatin1String("end")).toString())))
            << '\n';
    }
    for (const auto &v : std::as_const(bankJson)) {
        const QJsonObject b = v.toObject();
        out << "  "
            << tr("Bank holiday: %1, %2")
                   .arg(b.value(QLatin1String("title")).toString(),
                        Dates::uk(Dates::parse(b.value(QLatin1String("date")).toString())))
            << '\n';
    }
    out.flush();
    return Success;
}

} // namespace idesk::cli
