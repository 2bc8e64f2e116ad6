#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstddef>
#include <optional>

namespace od {

// A small enum kept as a table: its stored key (never changes) and its name for people, marked
// for translation with QT_TRANSLATE_NOOP under the enum's context. The functions below read such
// a table, so each enum is one table and four one-line functions.
template <typename E> struct EnumRow
{
    E value;
    const char* key;
    const char* name;
};

template <typename E, std::size_t N> QList<E> enumValues(const EnumRow<E> (&rows)[N])
{
    QList<E> out;
    for (const auto& row : rows)
        out << row.value;
    return out;
}

template <typename E, std::size_t N> QString enumKey(const EnumRow<E> (&rows)[N], E value)
{
    for (const auto& row : rows)
        if (row.value == value)
            return QString::fromLatin1(row.key);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> enumFromKey(const EnumRow<E> (&rows)[N], QStringView key)
{
    for (const auto& row : rows)
        if (key == QLatin1StringView(row.key))
            return row.value;
    return std::nullopt;
}

template <typename E, std::size_t N>
QString enumName(const char* context, const EnumRow<E> (&rows)[N], E value)
{
    for (const auto& row : rows)
        if (row.value == value)
            return QCoreApplication::translate(context, row.name);
    return {};
}

} // namespace od
