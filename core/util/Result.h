#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace idesk {

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
    QString message;

    static Error invalid(QString m) { return {Kind::Invalid, std::move(m)}; }
    static Error refused(QString m) { return {Kind::Refused, std::move(m)}; }
    static Error notFound(QString m) { return {Kind::NotFound, std::move(m)}; }
    static Error storage(QString m) { return {Kind::Storage, std::move(m)}; }
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
