#include "SessionActions.h"

#include "app/ActionHost.h"
#include "application/PairingUseCases.h"
#include "application/PeopleUseCases.h"
#include "application/SessionUseCases.h"
#include "application/Workspace.h"
#include "dialogs/CancelSessionDialog.h"
#include "domain/SessionRules.h"
#include "pages/HeldEntry.h"
#include "pages/SessionsPage.h"
#include "pages/ThisWeekPage.h"
#include "util/TaskRunner.h"

#include <QLocale>

#include <memory>

namespace idesk::ui {

SessionActions::SessionActions(ActionHost &host, SessionsPage &sessions, ThisWeekPage &thisWeek,
                               QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_page(sessions)
    , m_runner(new TaskRunner(this))
{
    connect(&sessions, &SessionsPage::planRequested, this, &SessionActions::plan);
    connect(&sessions, &SessionsPage::stopRequested, this, &SessionActions::stop);
    connect(&sessions, &SessionsPage::cancelSessionRequested, this, &SessionActions::cancelSession);
    connect(&sessions, &SessionsPage::moveRequested, this, &SessionActions::moveSession);
    connect(&sessions, &SessionsPage::markMissedRequested, this, &SessionActions::markMissed);
    connect(&sessions, &SessionsPage::markNotHeldRequested, this, &SessionActions::markNotHeld);
    connect(&sessions, &SessionsPage::offersRequested, this, &SessionActions::showOffers);
    connect(&thisWeek, &ThisWeekPage::markHeldRequested, this, &SessionActions::markHeld);
}

SessionActions::~SessionActions() = default;

bool SessionActions::isPlanning() const
{
    return m_runner->isRunning();
}

void SessionActions::waitForPlanning()
{
    m_runner->wait();
}

void SessionActions::stop()
{
    m_runner->cancel();
}

void SessionActions::plan(const DateRange &range)
{
    Workspace *ws = m_host.workspace();
    if (!ws || m_runner->isRunning() || !range.isValid())
        return;
    // Reading happens here, on the database's own thread; the optimiser runs
    // on a worker thread and touches no database.
    auto job = SessionUseCases(*ws).preparePlan(range);
    if (!job) {
        m_host.reportError(tr("Plan sessions"), job.error());
        return;
    }
    auto shared = std::make_shared<PlanningJob>(std::move(*job));
    auto result = std::make_shared<SchedulePlan>();
    m_page.setBusy(true);
    m_runner->start(
        [shared, result](const TaskControl &control) {
            *result = SessionUseCases::solve(*shared, control.cancel);
        },
        [this, ws, range, shared, result] {
            m_page.setBusy(false);
            if (m_host.workspace() != ws)
                return; // another database was opened meanwhile
            if (!m_host.push(tr("Plan sessions"), SessionUseCases(*ws).savePlan(range, *result))) {
                emit planFinished();
                return;
            }
            QHash<qint64, QString> names;
            for (const Person &p : shared->input.people)
                names.insert(p.id, p.displayName());
            m_page.showUnplaced(result->unplaced, names);
            emit planFinished();
        });
}

void SessionActions::cancelSession(qint64 sessionId)
{
    Workspace *ws = m_host.workspace();
    if (!ws)
        return;
    SessionUseCases sessions(*ws);
    auto session = sessions.session(sessionId);
    if (!session) {
        m_host.reportError(tr("Cancel Session"), session.error());
        return;
    }
    // Refused before asking: a held or past session is never offered for
    // cancelling.
    if (auto ok = SessionRules::canCancel(*session, QStringLiteral("?"), ws->today()); !ok) {
        m_host.reportError(tr("Cancel Session"), ok.error());
        return;
    }
    auto names = PeopleUseCases(*ws).displayNames();
    auto pairing = PairingUseCases(*ws).pairing(session->assignmentId);
    const QString what =
        tr("%1 on %2 at %3 (%4 with %5)")
            .arg(SessionKinds::displayName(session->kind).toLower(),
                 QLocale().toString(session->day, QStringLiteral("dddd dd/MM/yyyy")),
                 session->start.toString(QStringLiteral("HH:mm")),
                 names && pairing ? names->value(pairing->mentorId) : QString(),
                 names && pairing ? names->value(pairing->menteeId) : QString());
    auto *dialog =
        new CancelSessionDialog(what, SessionRules::kMaxCancelReason, m_host.dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, ws, sessionId, dialog] {
        if (m_host.workspace() != ws ||
            !m_host.push(tr("Cancel Session"),
                         SessionUseCases(*ws).cancel(sessionId, dialog->reason())))
            return;
        showOffers(sessionId);
    });
    m_host.showDialog(dialog);
}

void SessionActions::showOffers(qint64 sessionId)
{
    Workspace *ws = m_host.workspace();
    if (!ws)
        return;
    auto offers = SessionUseCases(*ws).offers(sessionId);
    if (!offers) {
        m_host.reportError(tr("Offer Free Slots"), offers.error());
        return;
    }
    m_page.showOffers(sessionId, *offers);
}

void SessionActions::markMissed(qint64 sessionId)
{
    if (Workspace *ws = m_host.workspace();
        ws && m_host.push(tr("Mark Missed"), SessionUseCases(*ws).markMissed(sessionId)))
        m_host.showMessage(tr("Marked missed. Undo with Ctrl+Z."), 5000);
}

void SessionActions::markNotHeld(qint64 sessionId)
{
    if (Workspace *ws = m_host.workspace();
        ws && m_host.push(tr("Mark Not Held"), SessionUseCases(*ws).markNotHeld(sessionId)))
        m_host.showMessage(tr("The record now says the session was not held. Undo with Ctrl+Z."),
                           5000);
}

void SessionActions::moveSession(qint64 sessionId, QDate day, qint64 periodId, QTime start)
{
    Workspace *ws = m_host.workspace();
    if (!ws)
        return;
    if (m_host.push(tr("Move session"), SessionUseCases(*ws).move(sessionId, day, periodId, start)))
        m_page.showOffers(0, {});
}

void SessionActions::markHeld(const HeldEntry &entry)
{
    Workspace *ws = m_host.workspace();
    if (!ws)
        return;
    HeldRequest request;
    request.sessionId = entry.sessionId;
    if (entry.start.isValid())
        request.start = entry.start;
    if (entry.minutes > 0)
        request.minutes = entry.minutes;
    if (!entry.note.isEmpty())
        request.note = entry.note;
    if (!entry.actionStep.isEmpty())
        request.actionStep = entry.actionStep;
    // The previous step's answer is part of the same change.
    if (entry.previousSessionId > 0 && entry.practised >= 0)
        request.previousPractised = entry.practised == 1;
    m_host.push(tr("Mark held"), SessionUseCases(*ws).markHeld(request));
}

} // namespace idesk::ui
