#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace od {

// What went wrong with an order (异常类型). Keys are stored and typed on the command line.
enum class ExceptionKind
{
    Quality,            // a casting fails the pressure test
    MaterialShortage,   // steel arrives late
    EquipmentBreakdown, // a machine is down
    Logistics,          // a delivery is late or damaged
    CustomerDispute,
    Payment
};

class ExceptionKindInfo
{
public:
    static QList<ExceptionKind> all();
    static QString key(ExceptionKind kind);
    static std::optional<ExceptionKind> fromKey(QStringView key);
    static QString displayName(ExceptionKind kind);
};

} // namespace od
