#pragma once

#include <QString>

#include <expected>

namespace od {

// What went wrong, in words a user can act on (already translated), plus the field it is about
// so that a form can show it next to the right widget.
struct Error
{
    enum class Kind { Invalid, NotFound, Conflict, Forbidden, Storage };

    Kind kind = Kind::Invalid;
    QString message;
    QString field; // "" when the error is not about one field

    static Error invalid(QString message, QString field = {}) { return {Kind::Invalid, std::move(message), std::move(field)}; }
    static Error notFound(QString message) { return {Kind::NotFound, std::move(message), {}}; }
    static Error conflict(QString message, QString field = {}) { return {Kind::Conflict, std::move(message), std::move(field)}; }
    static Error storage(QString message) { return {Kind::Storage, std::move(message), {}}; }
};

template <typename T>
using Result = std::expected<T, Error>;

using Status = std::expected<void, Error>;

} // namespace od
