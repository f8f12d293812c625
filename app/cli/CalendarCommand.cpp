#include "CalendarCommand.h"

#include "application/CalendarUseCases.h"
#include "calendar/BankHolidaysFile.h"
#include "calendar/SchoolCalendar.h"
#include "util/Dates.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace idesk::cli {

namespace {
QJsonObject termJson(const Term &t, const SchoolCalendar &calendar)
{
    return QJsonObject{{QStringLiteral("term"), TermKinds::key(t.kind)},
                       {QStringLiteral("label"), t.label()},
                       {QStringLiteral("start"), Dates::iso(t.period.from)},
                       {QStringLiteral("end"), Dates::iso(t.period.to)},
                       {QStringLiteral("school_days"), calendar.schoolDayCount(t)}};
}

QJsonObject closureJson(const Closure &c)
{
    return QJsonObject{{QStringLiteral("kind"), ClosureKinds::key(c.kind)},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("start"), Dates::iso(c.period.from)},
                       {QStringLiteral("end"), Dates::iso(c.period.to)}};
}
} // namespace

void CalendarCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("action"),
        tr("show; import-ics FILE (term dates from an .ics file, replacing the years it "
           "covers); export-ics FILE; bank-holidays FILE (GOV.UK bank-holidays.json, "
           "replacing the years it covers)"));
    parser.addOptions({
        {QStringLiteral("year"),
         tr("show: the academic year, e.g. 2026-27 (default: the current one); export-ics: "
            "only that year (default: every year)."),
         tr("YEAR")},
        {QStringLiteral("dry-run"),
         tr("import-ics, bank-holidays: show what was understood; save nothing.")},
        {QStringLiteral("accept-warnings"),
         tr("import-ics, bank-holidays: save even though the file was warned of (a year with "
            "fewer than three terms, a term of a suspicious length, an out-of-date list).")},
        {QStringLiteral("json"), tr("show, import-ics, bank-holidays: print JSON.")},
    });
}

std::optional<QString> CalendarCommand::yearOption(CliContext &context,
                                                   const QCommandLineParser &parser,
                                                   const QString &fallback)
{
    if (!parser.isSet(QStringLiteral("year")))
        return fallback;
    const QString year = parser.value(QStringLiteral("year")).trimmed();
    static const QRegularExpression re(QStringLiteral("^(\\d{4})[-/](\\d{2})$"));
    const auto m = re.match(year);
    if (!m.hasMatch() || (m.captured(1).toInt() + 1) % 100 != m.captured(2).toInt()) {
        context.usage(tr("--year must be an academic year such as 2026-27"), name());
        return std::nullopt;
    }
    return m.captured(1) + QLatin1Char('-') + m.captured(2);
}

int CalendarCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (args.size() == 1 && action == QLatin1String("show"))
        return show(context, parser);
    if (args.size() == 2 && action == QLatin1String("import-ics"))
        return importIcs(context, parser, args.at(1));
    if (args.size() == 2 && action == QLatin1String("export-ics"))
        return exportIcs(context, parser, args.at(1));
    if (args.size() == 2 && action == QLatin1String("bank-holidays"))
        return bankHolidays(context, parser, args.at(1));
    return context.usage(tr("expected: calendar show, import-ics FILE, export-ics FILE or "
                            "bank-holidays FILE"),
                         name());
}

int CalendarCommand::bankHolidays(CliContext &context, const QCommandLineParser &parser,
                                  const QString &path)
{
    auto ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    CalendarUseCases calendar(**ws);
    auto reading = calendar.readBankHolidays(path);
    if (!reading)
        return context.fail(reading.error());
    const QString name = QFileInfo(path).fileName();
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const bool held =
        !reading->warnings.isEmpty() && !parser.isSet(QStringLiteral("accept-warnings"));
    auto change = calendar.importBankHolidays(*reading, name);
    if (!change)
        return context.fail(change.error());
    if (auto s = dryRun || held ? (*ws)->check(**change) : (*ws)->apply(**change); !s)
        return context.fail(s.error());
    const int first = reading->years.first(), last = reading->years.last();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray years;
        for (int y : reading->years)
            years.append(y);
        context.printJson(
            QJsonObject{{QStringLiteral("file"), name},
                        {QStringLiteral("bank_holidays"), int(reading->holidays.size())},
                        {QStringLiteral("years_replaced"), years},
                        {QStringLiteral("warnings"), QJsonArray::fromStringList(reading->warnings)},
                        {QStringLiteral("saved"), !dryRun && !held}});
        return held ? Refused : Success;
    }
    QTextStream &out = context.out();
    for (const QString &w : reading->warnings)
        out << tr("Warning: %1").arg(w) << '\n';
    if (held) {
        out.flush();
        context.err() << tr("inductiondesk-cli: %1: nothing was saved; run again with "
                            "--accept-warnings to save it.")
                             .arg(name)
                      << Qt::endl;
        return Refused;
    }
    const QString years =
        first == last ? QString::number(first) : tr("%1 to %2").arg(first).arg(last);
    out << (dryRun ? tr("Dry run: %1 England and Wales bank holidays for %2 would replace those "
                        "years; other years are kept. Nothing was saved.")
                   : tr("Imported %1 England and Wales bank holidays for %2; other years are "
                        "kept."))
               .arg(reading->holidays.size())
               .arg(years)
        << Qt::endl;
    return Success;
}

int CalendarCommand::show(CliContext &context, const QCommandLineParser &parser)
{
    const auto chosen =
        yearOption(context, parser, Dates::academicYearLabel(context.clock().today()));
    if (!chosen)
        return Usage;
    const QString year = *chosen;
    auto ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    CalendarUseCases calendarUseCases(**ws);
    auto read = calendarUseCases.calendar();
    if (!read)
        return context.fail(read.error());
    auto bank = calendarUseCases.bankHolidays();
    if (!bank)
        return context.fail(bank.error());
    const SchoolCalendar &calendar = *read;
    const QList<Term> yearTerms = calendar.termsOf(year);
    const QDate start(year.left(4).toInt(), 9, 1);
    const DateRange span{start, start.addYears(1).addDays(-1)};

    QJsonArray termsJson, closuresJson, bankJson;
    for (const auto &t : yearTerms)
        termsJson.append(termJson(t, calendar));
    for (const auto &c : calendar.closures()) {
        if (c.academicYear == year)
            closuresJson.append(closureJson(c));
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

int CalendarCommand::importIcs(CliContext &context, const QCommandLineParser &parser,
                               const QString &file)
{
    auto ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    CalendarUseCases calendarUseCases(**ws);
    // The dry run and the import read the file the same way and ask the same
    // change; only the last step (check or apply) differs.
    auto reading = calendarUseCases.readIcs(file);
    if (!reading)
        return context.fail(reading.error());
    auto bank = calendarUseCases.bankHolidays();
    if (!bank)
        return context.fail(bank.error());
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const bool held =
        !reading->warnings.isEmpty() && !parser.isSet(QStringLiteral("accept-warnings"));
    auto change = calendarUseCases.importTermDates(*reading, QFileInfo(file).fileName());
    if (!change)
        return context.fail(change.error());
    if (auto s = dryRun || held ? (*ws)->check(**change) : (*ws)->apply(**change); !s)
        return context.fail(s.error());
    QJsonArray years;
    QTextStream &out = context.out();
    const bool json = parser.isSet(QStringLiteral("json"));
    for (const auto &y : reading->years) {
        const SchoolCalendar calendar(y.terms, y.closures, *bank);
        QJsonArray terms, closures;
        for (const auto &t : y.terms)
            terms.append(termJson(t, calendar));
        for (const auto &c : y.closures)
            closures.append(closureJson(c));
        years.append(QJsonObject{{QStringLiteral("academic_year"), y.academicYear},
                                 {QStringLiteral("terms"), terms},
                                 {QStringLiteral("closures"), closures}});
        if (json)
            continue;
        out << tr("Academic year %1").arg(y.academicYear) << '\n';
        for (const auto &t : y.terms)
            out << "  " << TermKinds::displayName(t.kind).leftJustified(13)
                << Dates::uk(t.period.from) << " - " << Dates::uk(t.period.to) << "  "
                << tr("%n school day(s)", nullptr, calendar.schoolDayCount(t)) << '\n';
        for (const auto &c : y.closures)
            out << "  " << ClosureKinds::displayName(c.kind).leftJustified(13)
                << Dates::uk(c.period.from) << " - " << Dates::uk(c.period.to) << "  " << c.name
                << '\n';
    }
    if (json) {
        context.printJson(QJsonObject{
            {QStringLiteral("file"), QFileInfo(file).fileName()},
            {QStringLiteral("saved"), !dryRun && !held},
            {QStringLiteral("years"), years},
            {QStringLiteral("ignored"), QJsonArray::fromStringList(reading->ignored)},
            {QStringLiteral("notes"), QJsonArray::fromStringList(reading->notes)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(reading->warnings)}});
        return held ? Refused : Success;
    }
    for (const auto &n : reading->notes)
        out << tr("Worked out: %1").arg(n) << '\n';
    for (const auto &i : reading->ignored)
        out << tr("Not used: %1").arg(i) << '\n';
    for (const auto &w : reading->warnings)
        out << tr("Warning: %1").arg(w) << '\n';
    if (held) {
        out.flush();
        context.err() << tr("inductiondesk-cli: %1: %n warning(s); nothing was saved. Check the "
                            "dates against the published calendar, then run again with "
                            "--accept-warnings to save them.",
                            nullptr, int(reading->warnings.size()))
                             .arg(QFileInfo(file).fileName())
                      << Qt::endl;
        return Refused;
    }
    out << (dryRun ? tr("Dry run: nothing was saved.") : tr("Saved.")) << Qt::endl;
    return Success;
}

int CalendarCommand::exportIcs(CliContext &context, const QCommandLineParser &parser,
                               const QString &file)
{
    const auto year = yearOption(context, parser, QString());
    if (!year)
        return Usage;
    auto ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    if (auto s = CalendarUseCases(**ws).exportIcs(file, *year); !s)
        return context.fail(s.error());
    context.out() << tr("Wrote %1").arg(file) << Qt::endl;
    return Success;
}

} // namespace idesk::cli
