#include "SessionActions.h"

#include "app/MainWindow.h"
#include "pages/SessionsPage.h"
#include "services/SchedulingService.h"
#include "storage/PersonRepository.h"
#include "storage/SchoolDayRepository.h"
#include "storage/SessionRepository.h"

#include <QThread>

#include <memory>

namespace idesk::ui {

SessionActions::SessionActions(MainWindow &window, SessionsPage &page)
    : QObject(&window)
    , m_window(window)
    , m_page(page)
{
    connect(&page, &SessionsPage::planRequested, this, &SessionActions::plan);
    connect(&page, &SessionsPage::stopRequested, this, &SessionActions::stop);
    connect(&page, &SessionsPage::cancelSessionRequested, this, &SessionActions::cancelSession);
    connect(&page, &SessionsPage::moveRequested, this, &SessionActions::moveSession);
}

SessionActions::~SessionActions()
{
    m_cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void SessionActions::stop()
{
    m_cancel = true;
}

void SessionActions::plan(const DateRange &range)
{
    Database *db = m_window.database();
    if (!db || m_thread || !range.isValid())
        return;
    // Reading happens here, on the database's own thread; the optimiser runs
    // on a worker thread and touches no database.
    auto job = SchedulingService(*db).prepare(range);
    if (!job) {
        m_window.reportError(tr("Plan sessions"), job.error());
        return;
    }
    auto shared = std::make_shared<PlanningJob>(std::move(*job));
    auto result = std::make_shared<SchedulePlan>();
    m_cancel = false;
    m_page.setBusy(true);
    m_thread = QThread::create(
        [this, shared, result] { *result = SchedulingService::solve(*shared, &m_cancel); });
    connect(m_thread, &QThread::finished, this, [this, db, range, shared, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_page.setBusy(false);
        if (result->cancelled) {
            m_window.reportError(tr("Plan sessions"),
                                 Error::refused(tr("Planning was stopped; nothing was changed.")));
            emit planFinished();
            return;
        }
        // Undo puts back what the scheduler had planned before.
        QList<MentoringSession> before;
        if (auto old = SessionRepository(*db).inWeeks(range)) {
            for (const MentoringSession &s : std::as_const(*old)) {
                if (s.isMovable())
                    before.append(s);
            }
        }
        m_window.pushEdit(
            tr("Plan sessions, %1 to %2")
                .arg(range.from.toString(QStringLiteral("dd/MM/yyyy")),
                     range.to.toString(QStringLiteral("dd/MM/yyyy"))),
            [db, range, result] { return SchedulingService(*db).save(range, *result); },
            [db, range, result, before] {
                return db->write([&]() -> Status {
                    SessionRepository repo(*db);
                    if (auto s = repo.removeMovable(range); !s)
                        return s;
                    for (MentoringSession s : before) {
                        if (auto id = repo.insert(s); !id)
                            return id.error();
                    }
                    return Status::success();
                });
            });
        QHash<qint64, QString> names;
        for (const Person &p : shared->input.people)
            names.insert(p.id, p.displayName());
        m_page.showUnplaced(result->unplaced, names);
        emit planFinished();
    });
    m_thread->start();
}

void SessionActions::cancelSession(qint64 sessionId)
{
    Database *db = m_window.database();
    if (!db)
        return;
    auto session = SessionRepository(*db).byId(sessionId);
    if (!session) {
        m_window.reportError(tr("Cancel session"), session.error());
        return;
    }
    if (session->status != SessionStatus::Cancelled) {
        MentoringSession cancelled = *session;
        cancelled.status = SessionStatus::Cancelled;
        m_window.pushEdit(
            tr("Cancel session on %1").arg(session->day.toString(QStringLiteral("dd/MM/yyyy"))),
            [db, cancelled] { return SessionRepository(*db).update(cancelled); },
            [db, was = *session] { return SessionRepository(*db).update(was); });
    }
    auto offers = SchedulingService(*db).alternatives(sessionId);
    if (!offers) {
        m_window.reportError(tr("Cancel session"), offers.error());
        return;
    }
    m_page.showOffers(sessionId, *offers);
}

void SessionActions::moveSession(qint64 sessionId, QDate day, qint64 periodId, QTime start)
{
    Database *db = m_window.database();
    if (!db)
        return;
    auto session = SessionRepository(*db).byId(sessionId);
    if (!session) {
        m_window.reportError(tr("Move session"), session.error());
        return;
    }
    MentoringSession moved = *session;
    moved.id = 0;
    moved.day = day;
    moved.periodId = periodId;
    moved.start = start;
    moved.status = SessionStatus::Planned;
    moved.handPlaced = true;
    moved.exceptionalReason.clear();
    if (auto schoolDay = SchoolDayRepository(*db).schoolDay()) {
        const Period *p = schoolDay->byId(periodId);
        if (p && p->kind != PeriodKind::Lesson)
            moved.exceptionalReason = tr("Outside teaching hours: moved there by hand after a "
                                         "cancellation");
    }
    auto id = std::make_shared<qint64>(0);
    m_window.pushEdit(
        tr("Move session to %1").arg(day.toString(QStringLiteral("dd/MM/yyyy"))),
        [db, moved, id, original = *session]() -> Status {
            return db->write([&]() -> Status {
                auto inserted = SessionRepository(*db).insert(moved);
                if (!inserted)
                    return inserted.error();
                *id = *inserted;
                // The cancelled session records where it went.
                MentoringSession was = original;
                was.rescheduledTo = *id;
                return SessionRepository(*db).update(was);
            });
        },
        [db, id, original = *session] {
            return db->write([&]() -> Status {
                if (auto s = SessionRepository(*db).remove(*id); !s)
                    return s;
                return SessionRepository(*db).update(original);
            });
        });
    m_page.showOffers(0, {});
}

} // namespace idesk::ui
