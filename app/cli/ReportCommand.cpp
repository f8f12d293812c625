#include "ReportCommand.h"

#include "application/CalendarUseCases.h"
#include "application/MentorUseCases.h"
#include "application/ReportUseCases.h"
#include "reporting/ReportRenderer.h"

#include <QFileInfo>

namespace idesk::cli {

void ReportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("kind"), tr("termly or standards"));
    parser.addOptions({
        {QStringLiteral("term"), tr("The term, e.g. autumn-2026."), tr("LABEL")},
        {QStringLiteral("mentee"), tr("Only this mentee."), tr("REF")},
        {QStringLiteral("mentor"),
         tr("termly: only this mentor and their mentees; standards: the mentor."), tr("REF")},
        {QStringLiteral("pdf"), tr("Where to write the PDF."), tr("FILE")},
        {QStringLiteral("letter"), tr("US Letter paper instead of A4.")},
    });
}

int ReportCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QPageSize::PageSizeId paper =
        parser.isSet(QStringLiteral("letter")) ? QPageSize::Letter : QPageSize::A4;
    if (args == QStringList{QStringLiteral("standards")}) {
        if (!parser.isSet(QStringLiteral("mentor")) || !parser.isSet(QStringLiteral("pdf")))
            return context.usage(tr("--mentor and --pdf are required"), name());
        const auto mentor = context.person(parser.value(QStringLiteral("mentor")));
        if (!mentor)
            return context.fail(mentor.error());
        auto opened = context.workspace();
        if (!opened)
            return context.fail(opened.error());
        auto summary = MentorUseCases(**opened).standardsSummary(mentor->id);
        if (!summary)
            return context.fail(summary.error());
        const QString path = parser.value(QStringLiteral("pdf"));
        if (auto s = ui::ReportRenderer::writePdf(*summary, path, paper); !s)
            return context.fail(s.error());
        context.out() << tr("Wrote %1").arg(QFileInfo(path).absoluteFilePath()) << Qt::endl;
        return Success;
    }
    if (args != QStringList{QStringLiteral("termly")})
        return context.usage(tr("expected: report termly --term LABEL --pdf FILE, or report "
                                "standards --mentor REF --pdf FILE"),
                             name());
    if (!parser.isSet(QStringLiteral("term")) || !parser.isSet(QStringLiteral("pdf")))
        return context.usage(tr("--term and --pdf are required"), name());
    if (parser.isSet(QStringLiteral("mentee")) && parser.isSet(QStringLiteral("mentor")))
        return context.usage(tr("--mentee and --mentor do not go together"), name());
    auto ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    auto time = CalendarUseCases(**ws).calendar();
    if (!time)
        return context.fail(time.error());
    const Term *term = time->termByLabel(parser.value(QStringLiteral("term")));
    if (!term)
        return context.fail(
            Error::notFound(tr("No term %1 in the calendar (terms are named like autumn-2026)")
                                .arg(parser.value(QStringLiteral("term")))));
    TermlyReportBuilder::Choice choice;
    for (const auto &[option, target] : {std::pair{QStringLiteral("mentee"), &choice.menteeId},
                                         std::pair{QStringLiteral("mentor"), &choice.mentorId}}) {
        if (!parser.isSet(option))
            continue;
        const auto person = context.person(parser.value(option));
        if (!person)
            return context.fail(person.error());
        *target = person->id;
    }
    const QString period = tr("%1 %2").arg(TermKinds::displayName(term->kind), term->academicYear);
    auto report = ReportUseCases(**ws).termly(term->period, period, choice);
    if (!report)
        return context.fail(report.error());
    const QString path = parser.value(QStringLiteral("pdf"));
    if (auto s = ui::ReportRenderer::writePdf(*report, path, paper,
                                              choice.menteeId == 0 && choice.mentorId == 0);
        !s)
        return context.fail(s.error());
    context.out() << tr("Wrote %1").arg(QFileInfo(path).absoluteFilePath()) << Qt::endl;
    return Success;
}

} // namespace idesk::cli
