#pragma once

#include "Role.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace od {

// The company's departments: the main window groups its pages by them, and each role belongs to
// one. The keys are stored and printed; they never change.
enum class Department
{
    Sales,
    Production,
    Logistics,
    Finance,
    Management
};

class DepartmentInfo
{
    Q_DECLARE_TR_FUNCTIONS(Department)

public:
    static QList<Department> all();
    static QString key(Department department);
    static std::optional<Department> fromKey(QStringView key);
    // "销售" / "Sales".
    static QString displayName(Department department);
    // "销售" whatever the language shown: what a Chinese colleague types after '@'.
    static QString chineseName(Department department);
    // The department a role works in.
    static Department of(Role role);
};

} // namespace od
