#pragma once

#include "util/Place.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <variant>

namespace idesk {

// One problem of a file and where it is.
struct Located
{
    Place place;
    QString message;
};

// A failure carries a message meant for the user, and a kind so that callers
// (the CLI's exit codes, the UI's dialogs) can tell a refusal from a fault.
struct Error
{
    enum class Kind
    {
        Invalid,  // the input is malformed
        Refused,  // well-formed, but a rule forbids it
        NotFound, // a reference names nothing
        Storage,  // the database or a file failed
    };
    Kind kind = Kind::Invalid;
    QString message; // with the place, when there is one, in front
    // For a refusal of a file: each problem where it is, the message
    // without the place (the CLI's JSON prints them apart).
    QList<Located> located;

    static Error make(Kind k, QString m)
    {
        Error e;
        e.kind = k;
        e.message = std::move(m);
        return e;
    }
    static Error invalid(QString m) { return make(Kind::Invalid, std::move(m)); }
    static Error refused(QString m) { return make(Kind::Refused, std::move(m)); }
    static Error notFound(QString m) { return make(Kind::NotFound, std::move(m)); }
    static Error storage(QString m) { return make(Kind::Storage, std::move(m)); }
    // A refusal of a file at `where`: "calendar.ics, line 12: ...".
    static Error in(const Place &where, QString m, Kind k = Kind::Invalid)
    {
        return ofAll({{where, std::move(m)}}, k);
    }
    // Several problems of a file, a line each.
    static Error ofAll(QList<Located> problems, Kind k = Kind::Invalid)
    {
        QStringList lines;
        for (const Located &p : problems)
            lines.append(p.place.text() + QStringLiteral(": ") + p.message);
        Error e = make(k, lines.join(QLatin1Char('\n')));
        e.located = std::move(problems);
        return e;
    }
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    // The value, or `fallback` when this holds an error (for views that show
    // what they can and report the error elsewhere).
    T value_or(T fallback) const & { return ok() ? value() : std::move(fallback); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}
    static Result success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace idesk
