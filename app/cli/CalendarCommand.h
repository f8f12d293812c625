#pragma once

#include "Command.h"

namespace idesk::cli {

class CalendarCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CalendarCommand)
public:
    QString name() const override { return QStringLiteral("calendar"); }
    QString summary() const override
    {
        return tr("Term dates from and to iCalendar files, bank holidays, and the calendar of "
                  "an academic year.");
    }
    QString synopsis() const override
    {
        return QStringLiteral("show | import-ics FILE | export-ics FILE | bank-holidays FILE");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;

private:
    int show(CliContext &context, const QCommandLineParser &parser);
    int importIcs(CliContext &context, const QCommandLineParser &parser, const QString &file);
    int exportIcs(CliContext &context, const QCommandLineParser &parser, const QString &file);
    int bankHolidays(CliContext &context, const QCommandLineParser &parser, const QString &file);
    // --year as "2026-27", or empty with an error already reported.
    std::optional<QString> yearOption(CliContext &context, const QCommandLineParser &parser,
                                      const QString &fallback);
};

} // namespace idesk::cli
