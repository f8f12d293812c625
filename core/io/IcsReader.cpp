#include "IcsReader.h"

#include "util/SmallFile.h"

#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <libical/ical.h>

#include <memory>
#include <optional>

namespace idesk {

namespace {

struct ComponentDeleter
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

QTimeZone schoolZone()
{
    static const QTimeZone london("Europe/London");
    return london;
}

// A TZID names a zone in many spellings: "Europe/London", Outlook's "GMT
// Standard Time", or a vendor prefix such as "/citadel.org/20190101_1/Europe/London".
QTimeZone zoneFor(const QString &tzid)
{
    if (tzid.isEmpty())
        return schoolZone();
    QStringList parts = tzid.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    while (!parts.isEmpty()) {
        const QByteArray id = parts.join(QLatin1Char('/')).toUtf8();
        if (QTimeZone::isTimeZoneIdAvailable(id))
            return QTimeZone(id);
        parts.removeFirst();
    }
    const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(tzid.toUtf8());
    if (!iana.isEmpty() && QTimeZone::isTimeZoneIdAvailable(iana))
        return QTimeZone(iana);
    return schoolZone();
}

QString tzidOf(icalproperty *prop)
{
    icalparameter *p = icalproperty_get_first_parameter(prop, ICAL_TZID_PARAMETER);
    return p ? QString::fromUtf8(icalparameter_get_tzid(p)) : QString();
}

QDate dateOf(const icaltimetype &t)
{
    return QDate(t.year, t.month, t.day);
}

// The moment in school time; floating times are taken as school time already.
QDateTime localMoment(const icaltimetype &t, const QString &tzid)
{
    const QDate day = dateOf(t);
    const QTime time(t.hour, t.minute, t.second);
    const QDateTime moment = icaltime_is_utc(t) ? QDateTime(day, time, QTimeZone::utc())
                                                : QDateTime(day, time, zoneFor(tzid));
    return moment.toTimeZone(schoolZone());
}

QString text(const char *s)
{
    return s ? QString::fromUtf8(s).trimmed() : QString();
}

// libical does not keep line numbers; the n-th VEVENT starts at the n-th
// BEGIN:VEVENT line, which is what a person opening the file will find.
QList<int> eventLines(const QByteArray &data)
{
    QList<int> lines;
    int line = 1;
    qsizetype start = 0;
    while (start <= data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        if (data.mid(start, end - start).trimmed().toUpper() == "BEGIN:VEVENT")
            lines.append(line);
        ++line;
        start = end + 1;
    }
    return lines;
}

// One VEVENT; false when it is cancelled or cannot be read (then a problem
// says where).
bool readEvent(icalcomponent *c, IcsEvent *out, QList<Located> *problems, const Place &where)
{
    IcsEvent &e = *out;
    e.line = where.line;
    e.uid = text(icalcomponent_get_uid(c));
    e.summary = text(icalcomponent_get_summary(c));
    if (icalcomponent_get_status(c) == ICAL_STATUS_CANCELLED)
        return false;
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_CATEGORIES_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_CATEGORIES_PROPERTY)) {
        for (const QString &cat :
             text(icalproperty_get_categories(p)).split(QLatin1Char(','), Qt::SkipEmptyParts))
            e.categories.append(cat.trimmed());
    }
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_X_PROPERTY)) {
        if (qstricmp(icalproperty_get_x_name(p), "X-INDUCTIONDESK-KIND") == 0)
            e.kind = text(icalproperty_get_x(p));
    }
    icalproperty *startProp = icalcomponent_get_first_property(c, ICAL_DTSTART_PROPERTY);
    if (!startProp) {
        problems->append(
            {where, IcsReader::tr("the event \"%1\" has no start (DTSTART)").arg(e.summary)});
        return false;
    }
    const icaltimetype start = icalproperty_get_dtstart(startProp);
    if (icaltime_is_null_time(start) || !dateOf(start).isValid()) {
        problems->append(
            {where,
             IcsReader::tr("the event \"%1\" has a start that is not a date").arg(e.summary)});
        return false;
    }
    e.recurring = icalcomponent_get_first_property(c, ICAL_RRULE_PROPERTY) != nullptr ||
                  icalcomponent_get_first_property(c, ICAL_RDATE_PROPERTY) != nullptr;
    e.allDay = icaltime_is_date(start);
    icalproperty *endProp = icalcomponent_get_first_property(c, ICAL_DTEND_PROPERTY);
    icalproperty *durationProp = icalcomponent_get_first_property(c, ICAL_DURATION_PROPERTY);
    if (e.allDay) {
        const QDate first = dateOf(start);
        QDate end; // exclusive
        if (endProp)
            end = dateOf(icalproperty_get_dtend(endProp));
        else if (durationProp)
            end = first.addDays(icaldurationtype_as_int(icalproperty_get_duration(durationProp)) /
                                86400);
        e.days = {first, end.isValid() && end > first ? end.addDays(-1) : first};
    } else {
        const QDateTime from = localMoment(start, tzidOf(startProp));
        QDateTime to = from;
        if (endProp)
            to = localMoment(icalproperty_get_dtend(endProp), tzidOf(endProp));
        else if (durationProp)
            to = from.addSecs(icaldurationtype_as_int(icalproperty_get_duration(durationProp)));
        QDate last = to.date();
        // An event that ends at midnight does not touch the next day.
        if (to.time() == QTime(0, 0) && last > from.date())
            last = last.addDays(-1);
        e.days = {from.date(), last < from.date() ? from.date() : last};
    }
    return true;
}

// libical parses what it can of a broken file and says nothing of where it
// broke; the components must open and close in order for a file to be read
// whole, and a person is told the line where they do not.
std::optional<Located> structureProblem(const QByteArray &data, const QString &fileName)
{
    QList<std::pair<QByteArray, int>> open; // component, line of its BEGIN
    int line = 0;
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        ++line;
        const QByteArray raw = data.mid(start, end - start);
        start = end + 1;
        if (raw.startsWith(' ') || raw.startsWith('\t'))
            continue; // a folded line goes on the one before
        const QByteArray text = raw.trimmed().toUpper();
        if (text.startsWith("BEGIN:")) {
            open.append({text.mid(6), line});
        } else if (text.startsWith("END:")) {
            const QByteArray name = text.mid(4);
            if (open.isEmpty() || open.last().first != name)
                return Located{
                    Place{fileName, line, 0, {}, {}},
                    open.isEmpty()
                        ? IcsReader::tr("END:%1 closes nothing that was begun")
                              .arg(QString::fromLatin1(name))
                        : IcsReader::tr("END:%1 where END:%2 (begun on line %3) was expected")
                              .arg(QString::fromLatin1(name),
                                   QString::fromLatin1(open.last().first))
                              .arg(open.last().second)};
            open.removeLast();
        }
    }
    if (!open.isEmpty())
        return Located{Place{fileName, open.last().second, 0, {}, {}},
                       IcsReader::tr("BEGIN:%1 is never closed by END:%1 (the file may have "
                                     "been cut short)")
                           .arg(QString::fromLatin1(open.last().first))};
    return std::nullopt;
}

} // namespace

Result<QList<IcsEvent>> IcsReader::readFile(const QString &path)
{
    auto data = SmallFile::read(path, MaxBytes, tr("a school calendar is far smaller"));
    if (!data)
        return data.error();
    return read(*data, QFileInfo(path).fileName());
}

Result<QList<IcsEvent>> IcsReader::read(const QByteArray &data, const QString &fileName)
{
    const Place whole{fileName, 0, 0, {}, {}};
    if (data.size() > MaxBytes)
        return Error::in(whole, tr("is too big for a school calendar (the limit is %1 MB)")
                                    .arg(MaxBytes / (1024 * 1024)));
    QByteArray body = data;
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    if (body.contains('\0') || !body.trimmed().toUpper().startsWith("BEGIN:VCALENDAR"))
        return Error::in(whole,
                         tr("is not an iCalendar file (it does not start with BEGIN:VCALENDAR)"));
    if (auto broken = structureProblem(body, fileName))
        return Error::ofAll({*broken});

    icalerror_set_errors_are_fatal(0);
    Component root(icalparser_parse_string(body.constData()));
    // Several calendars in one file (concatenated exports) come back under
    // one XROOT; each is read.
    QList<icalcomponent *> calendars;
    if (root && icalcomponent_isa(root.get()) == ICAL_VCALENDAR_COMPONENT) {
        calendars.append(root.get());
    } else if (root) {
        for (icalcomponent *c =
                 icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT);
             c; c = icalcomponent_get_next_component(root.get(), ICAL_VCALENDAR_COMPONENT))
            calendars.append(c);
    }
    if (calendars.isEmpty())
        return Error::in(Place{fileName, 1, 0, {}, {}},
                         tr("holds no calendar that can be read (BEGIN:VCALENDAR ... "
                            "END:VCALENDAR)"));

    const QList<int> lines = eventLines(body);
    QList<IcsEvent> events;
    QList<Located> problems;
    int index = 0;
    for (icalcomponent *calendar : std::as_const(calendars)) {
        for (icalcomponent *c = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
             c; c = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT), ++index) {
            IcsEvent e;
            if (readEvent(c, &e, &problems, Place{fileName, lines.value(index), 0, {}, {}}))
                events.append(e);
        }
    }
    if (!problems.isEmpty())
        return Error::ofAll(problems);
    std::sort(events.begin(), events.end(), [](const IcsEvent &a, const IcsEvent &b) {
        return a.days.from < b.days.from || (a.days.from == b.days.from && a.line < b.line);
    });
    return events;
}

} // namespace idesk
