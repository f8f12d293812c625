#pragma once

#include "calendar/Term.h"
#include "domain/IcsEvent.h"

#include <QCoreApplication>

#include <optional>

namespace idesk {

// What one event of a published calendar says, read the way a person reads
// it. Councils, trusts and schools word the same things many ways: a term
// "starts", "begins", "pupils return", "all resume"; it "ends", "breaks up",
// has a "last teaching day"; an INSET day is also an "In-service day", a
// "training day", a "PD day", "school closed to pupils".
struct EventMeaning
{
    enum class Kind
    {
        Closure,   // a holiday, half term, INSET day, bank holiday or closure
        TermSpan,  // a term, or half of one, as one long event
        TermStart, // the first day of a term (or of its second half)
        TermEnd,   // the last day of a term (or of its first half)
        Unknown
    };
    Kind kind = Kind::Unknown;
    ClosureKind closure = ClosureKind::Other;
    std::optional<TermKind> season; // when the event names it
    bool alsoInset = false;         // "Autumn term starts (INSET day)"
    // "Pupils break up for half term": an edge inside a term, never its own.
    bool halfTermEdge = false;
    QString why; // for Unknown: why it was not used
};

class CalendarWording
{
    Q_DECLARE_TR_FUNCTIONS(CalendarWording)
public:
    static EventMeaning read(const IcsEvent &e);
    // Calendars that list every school day ("Term day (Week 3)") or every
    // week ("Week A") repeat one name with a number or letter: the name with
    // those taken out, when it is such a name; empty otherwise.
    static QString markerName(const QString &summary);
    // The season of a term that starts or ends on `day` when the event does
    // not name it: the month tells it in England (a term ending in April is
    // the spring term, one starting then the summer term).
    static TermKind seasonByMonth(QDate day, bool starting);
};

} // namespace idesk
