#include "DemoDevelopment.h"

#include "storage/Database.h"

#include "development/NationalStandards.h"
#include "storage/AssignmentRepository.h"
#include "storage/OversightRepository.h"
#include "storage/SessionRepository.h"
#include "storage/StandardsRepository.h"
#include "storage/TrainingRepository.h"
#include "util/Dates.h"

#include <QCoreApplication>
#include <QHash>

namespace idesk {

namespace {
// Ratings item by item, in the standards' order: r, a, g.
StandardsRating ratingOf(QChar c)
{
    return c == QLatin1Char('r')   ? StandardsRating::Red
           : c == QLatin1Char('a') ? StandardsRating::Amber
                                   : StandardsRating::Green;
}

const char *const kSteps[] = {
    QT_TRANSLATE_NOOP("DemoDevelopment",
                      "Give the instruction for the task before handing out the sheets"),
    QT_TRANSLATE_NOOP("DemoDevelopment", "Use a visible countdown for transitions between tasks"),
    QT_TRANSLATE_NOOP("DemoDevelopment",
                      "Cold-call three pupils before taking hands up in the starter"),
    QT_TRANSLATE_NOOP("DemoDevelopment", "Model the first worked example aloud, naming each step"),
    QT_TRANSLATE_NOOP("DemoDevelopment",
                      "Circulate to the back row first during independent practice"),
    QT_TRANSLATE_NOOP("DemoDevelopment",
                      "Check understanding with mini-whiteboards before moving on"),
    QT_TRANSLATE_NOOP("DemoDevelopment", "Narrate the positive when the room settles"),
    QT_TRANSLATE_NOOP("DemoDevelopment", "Plan one hinge question for the middle of the lesson"),
};
} // namespace

Status DemoDevelopment::populate(Database &db, QDate today)
{
    auto idOf = [&](const char *staffCode) -> qint64 {
        auto q = db.scalar(QStringLiteral("SELECT id FROM person WHERE staff_code = ?"),
                           {QLatin1String(staffCode)});
        return q ? q->toLongLong() : 0;
    };
    const QDate yearStart = Dates::academicYearStart(today);
    OversightRepository oversight(db);
    for (const char *mentor : {"CEV", "MKH"}) {
        if (auto id = oversight.add({0, idOf("SPA"), idOf(mentor), yearStart}); !id)
            return id.error();
    }

    // The lead mentor did the initial training in their first year in the
    // role and is part-way through this year's refresher hours.
    TrainingRepository training(db);
    const QDate leadStart = yearStart.addYears(-2);
    const QList<TrainingActivity> leadTraining{
        {0,
         idOf("SPA"),
         leadStart.addDays(30),
         QStringLiteral("initial"),
         QStringLiteral("induction-conference"),
         12,
         true,
         {}},
        {0,
         idOf("SPA"),
         leadStart.addDays(120),
         QStringLiteral("initial"),
         QStringLiteral("conference"),
         12,
         true,
         {}},
        {0,
         idOf("SPA"),
         leadStart.addDays(250),
         QStringLiteral("initial"),
         QStringLiteral("clinic"),
         6,
         true,
         {}},
        {0,
         idOf("SPA"),
         yearStart.addYears(-1).addDays(60),
         QStringLiteral("refresher"),
         QStringLiteral("clinic"),
         12,
         true,
         {}},
        {0,
         idOf("SPA"),
         yearStart.addDays(21),
         QStringLiteral("refresher"),
         QStringLiteral("coaching"),
         4,
         true,
         {}},
    };
    for (const TrainingActivity &a : leadTraining) {
        if (a.day >= today)
            continue;
        if (auto id = training.insert(a); !id)
            return id.error();
    }

    // 21 items: 5, 9, 5, 2.
    struct Round
    {
        const char *mentor;
        int daysAgo;
        const char *ratings;
    };
    const Round rounds[] = {
        {"CEV", 70,
         "gagaa"
         "aaraggaar"
         "gaagr"
         "ag"},
        {"CEV", 10,
         "ggggg"
         "gaaggagga"
         "gggga"
         "gg"},
        {"MKH", 20,
         "ggagg"
         "gggaggggr"
         "ggggg"
         "ag"},
        {"JHU", 40,
         "ggggg"
         "ggggaggga"
         "ggggg"
         "gg"},
    };
    const QHash<QString, QString> notes{
        {QStringLiteral("CEV 2.3"),
         QCoreApplication::translate("DemoDevelopment",
                                     "Double marking with the science department in spring")},
        {QStringLiteral("CEV 2.9"),
         QCoreApplication::translate("DemoDevelopment",
                                     "Would like a short reading list on retrieval practice")},
        {QStringLiteral("MKH 2.9"),
         QCoreApplication::translate("DemoDevelopment", "New to using research with trainees")},
    };
    const QList<StandardItem> items = NationalStandards::shipped().items();
    StandardsRepository standards(db);
    for (const Round &round : rounds) {
        const QDate day = today.addDays(-round.daysAgo);
        if (day < yearStart)
            continue;
        const QString ratings = QString::fromLatin1(round.ratings);
        for (int i = 0; i < items.size() && i < ratings.size(); ++i) {
            SelfAssessment a;
            a.mentorId = idOf(round.mentor);
            a.item = items.at(i).code;
            a.rating = ratingOf(ratings.at(i));
            a.date = day;
            if (a.rating != StandardsRating::Green)
                a.note = notes.value(QString::fromLatin1(round.mentor) + QLatin1Char(' ') + a.item);
            if (auto id = standards.insert(a); !id)
                return id.error();
        }
    }

    // Action steps on the coaching meetings held so far; each but the latest
    // was practised, one of them not.
    AssignmentRepository assignments(db);
    SessionRepository sessions(db);
    for (const char *mentee : {"EBR", "AMU", "LCH", "PSI"}) {
        auto pairings = assignments.forMentee(idOf(mentee));
        if (!pairings)
            return pairings.error();
        QList<qint64> ids;
        for (const MentorAssignment &a : std::as_const(*pairings))
            ids.append(a.id);
        auto list = sessions.forAssignments(ids);
        if (!list)
            return list.error();
        QList<MentoringSession> held;
        for (const MentoringSession &s : std::as_const(*list)) {
            if (s.kind == SessionKind::Coaching && s.status == SessionStatus::Held)
                held.append(s);
        }
        for (int i = 0; i < held.size(); ++i) {
            MentoringSession s = held.at(i);
            const int step = (i + int(qHash(QLatin1String(mentee)) % 8)) % 8;
            s.actionStep = QCoreApplication::translate("DemoDevelopment", kSteps[step]);
            if (i + 1 < held.size())
                s.actionPractised = (i % 5) != 3;
            if (auto u = sessions.update(s); !u)
                return u;
        }
    }
    return Status::success();
}

} // namespace idesk
