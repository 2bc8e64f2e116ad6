#pragma once

#include "Department.h"
#include "Session.h"

#include <QCoreApplication>
#include <QIcon>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QStyle;
class QWidget;

namespace od {

class WorkflowPage;

// The identifiers of the pages, used to open one from another (an order's "Edit" opens Intake).
namespace PageIds {
inline constexpr char MyWork[] = "mywork";
inline constexpr char Dashboard[] = "dashboard";
inline constexpr char Bottlenecks[] = "bottlenecks";
inline constexpr char OnTime[] = "ontime";
inline constexpr char Orders[] = "orders";
inline constexpr char Intake[] = "intake";
inline constexpr char Confirmation[] = "confirmation";
inline constexpr char Customers[] = "customers";
inline constexpr char Products[] = "products";
inline constexpr char Exceptions[] = "exceptions";
inline constexpr char Changes[] = "changes";
inline constexpr char Audit[] = "audit";
inline constexpr char Planning[] = "planning";
inline constexpr char Capacity[] = "capacity";
inline constexpr char Shipments[] = "shipments";
inline constexpr char Invoicing[] = "invoicing";
inline constexpr char Payments[] = "payments";
inline constexpr char Receivables[] = "receivables";
inline constexpr char Lessons[] = "lessons";
inline constexpr char Rules[] = "rules";
inline constexpr char Suggestions[] = "suggestions";
} // namespace PageIds

// What the main window needs to know of a page before it exists.
struct PageInfo
{
    QString id;
    // The department whose heading the page sits under; none for the user's own pages (My
    // work), which come first, above every heading.
    std::optional<Department> department;
    QString title;
    QIcon icon;
    // Whether the signed-in user sees the page at all (their role may use it).
    std::function<bool(const Session&)> visibleTo;
    std::function<WorkflowPage*(Session&, QWidget* parent)> create;
};

// Every page of the application, in the order of the navigation: adding a view is one entry here.
class PageRegistry
{
    Q_DECLARE_TR_FUNCTIONS(PageRegistry)

public:
    static QList<PageInfo> pages(const QStyle* style);
};

} // namespace od
