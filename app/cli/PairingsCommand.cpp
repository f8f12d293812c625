#include "PairingsCommand.h"

#include "CliJson.h"
#include "TextTable.h"
#include "application/PairingUseCases.h"
#include "application/PeopleUseCases.h"
#include "util/Dates.h"

#include <QHash>
#include <QJsonArray>

namespace idesk::cli {

void PairingsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of a table.")});
}

int PairingsCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    auto ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    auto pairings = PairingUseCases(**ws).all();
    if (!pairings)
        return context.fail(pairings.error());

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &a : *pairings)
            array.append(pairingJson(a));
        context.printJson(array);
        return Success;
    }
    auto people = PeopleUseCases(**ws).all();
    if (!people)
        return context.fail(people.error());
    QHash<qint64, QString> names;
    for (const auto &p : *people)
        names.insert(p.id, p.displayName());
    TextTable table(
        {tr("ID"), tr("Kind"), tr("Mentor"), tr("Mentee"), tr("From"), tr("To"), tr("Note")});
    for (const auto &a : *pairings) {
        table.addRow({QString::number(a.id), PairingKinds::key(a.kind), names.value(a.mentorId),
                      names.value(a.menteeId), Dates::uk(a.period.from),
                      a.period.isOpenEnded() ? tr("current") : Dates::uk(a.period.to),
                      a.endReason});
    }
    table.print(context.out());
    return Success;
}

} // namespace idesk::cli
