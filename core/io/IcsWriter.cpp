#include "IcsWriter.h"

#include "util/Dates.h"

#include <libical/ical.h>

#include <memory>

namespace idesk {

namespace {

icaltimetype allDay(QDate day)
{
    icaltimetype t = icaltime_null_date();
    t.year = day.year();
    t.month = day.month();
    t.day = day.day();
    t.is_date = 1;
    return t;
}

void addEvent(icalcomponent *calendar, const QString &uid, const QString &summary,
              const QString &category, const QString &kind, const DateRange &days,
              const icaltimetype &stamp)
{
    icalcomponent *event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    icalcomponent_add_property(event, icalproperty_new_uid(uid.toUtf8().constData()));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));
    icalcomponent_add_property(event, icalproperty_new_dtstart(allDay(days.from)));
    // DTEND of an all-day event is the day after the last (RFC 5545 3.6.1).
    icalcomponent_add_property(event, icalproperty_new_dtend(allDay(days.to.addDays(1))));
    icalcomponent_add_property(event, icalproperty_new_summary(summary.toUtf8().constData()));
    icalcomponent_add_property(event, icalproperty_new_categories(category.toUtf8().constData()));
    icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
    icalproperty *x = icalproperty_new_x(kind.toUtf8().constData());
    icalproperty_set_x_name(x, "X-INDUCTIONDESK-KIND");
    icalcomponent_add_property(event, x);
    icalcomponent_add_component(calendar, event);
}

} // namespace

QByteArray IcsWriter::write(const QString &calendarName, const QString &uidDomain,
                            const QList<Term> &terms, const QList<Closure> &closures,
                            const QDateTime &stamp)
{
    std::unique_ptr<icalcomponent, decltype(&icalcomponent_free)> calendar(
        icalcomponent_new(ICAL_VCALENDAR_COMPONENT), &icalcomponent_free);
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(),
                               icalproperty_new_prodid("-//InductionDesk//School calendar//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalproperty *name = icalproperty_new_x(calendarName.toUtf8().constData());
    icalproperty_set_x_name(name, "X-WR-CALNAME");
    icalcomponent_add_property(calendar.get(), name);

    const QDateTime utc = stamp.toUTC();
    icaltimetype dtstamp = icaltime_null_time();
    dtstamp.year = utc.date().year();
    dtstamp.month = utc.date().month();
    dtstamp.day = utc.date().day();
    dtstamp.hour = utc.time().hour();
    dtstamp.minute = utc.time().minute();
    dtstamp.second = utc.time().second();
    dtstamp.zone = icaltimezone_get_utc_timezone();

    for (const Term &t : terms) {
        addEvent(
            calendar.get(),
            QStringLiteral("term-%1-%2@%3").arg(TermKinds::key(t.kind), t.academicYear, uidDomain),
            TermKinds::displayName(t.kind), QStringLiteral("Term"),
            QStringLiteral("term:") + TermKinds::key(t.kind), t.period, dtstamp);
    }
    for (const Closure &c : closures) {
        addEvent(calendar.get(),
                 QStringLiteral("closure-%1-%2-%3@%4")
                     .arg(ClosureKinds::key(c.kind), Dates::iso(c.period.from),
                          Dates::iso(c.period.to), uidDomain),
                 c.name.isEmpty() ? ClosureKinds::displayName(c.kind) : c.name,
                 ClosureKinds::displayName(c.kind),
                 QStringLiteral("closure:") + ClosureKinds::key(c.kind), c.period, dtstamp);
    }
    char *text = icalcomponent_as_ical_string_r(calendar.get());
    QByteArray out(text);
    icalmemory_free_buffer(text);
    return out;
}

} // namespace idesk
