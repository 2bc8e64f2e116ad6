#include "RuleCatalog.h"

#include "CreditPolicy.h"
#include "Money.h"

namespace od {

namespace {

const QString kDays = QStringLiteral("days");
const QString kMaxDifference = QStringLiteral("max_difference");

// An amount a change may move the order's total by and still be "small": up to ten million.
constexpr qint64 kMaxDifferenceMinor = 10'000'000LL * 100;

} // namespace

const QList<RuleSpec>& RuleCatalog::all()
{
    static const QList<RuleSpec> rules{
        {QString(RuleKey::ConfirmationReminder),
         true,
         {{kDays, RuleParameterKind::Days, 1, 90, 3}},
         QString(RuleSubject::Order),
         std::nullopt},
        {QString(RuleKey::SmallChangeApproval),
         false,
         {{kMaxDifference, RuleParameterKind::Amount, 1, kMaxDifferenceMinor, 500 * 100}},
         QString(RuleSubject::Change),
         Department::Management},
        {QString(RuleKey::ShippedTellFinance), true, {}, QString(RuleSubject::Order), Department::Finance},
        // The settlement setting's own range and default (SettlementSettingsService keeps the values).
        {QString(RuleKey::CreditHoldOverdue),
         CreditPolicy().holdWhenOverdue,
         {{kDays, RuleParameterKind::Days, 0, CreditPolicy::MaxOverdueDays, CreditPolicy().overdueDays}},
         QString(RuleSubject::Customer),
         Department::Management},
        {QString(RuleKey::LateDeliveryReview), true, {}, QString(RuleSubject::Order), std::nullopt},
    };
    return rules;
}

const RuleSpec* RuleCatalog::find(const QString& key)
{
    for (const RuleSpec& rule : all())
        if (rule.key == key)
            return &rule;
    return nullptr;
}

const RuleParameterSpec* RuleCatalog::parameter(const RuleSpec& rule, const QString& name)
{
    for (const RuleParameterSpec& p : rule.parameters)
        if (p.name == name)
            return &p;
    return nullptr;
}

QString RuleCatalog::keys()
{
    QStringList out;
    for (const RuleSpec& rule : all())
        out << rule.key;
    return out.join(QStringLiteral(", "));
}

QString RuleCatalog::displayName(const QString& key)
{
    if (key == RuleKey::ConfirmationReminder)
        return tr("Remind about unconfirmed orders");
    if (key == RuleKey::SmallChangeApproval)
        return tr("Small changes skip approval");
    if (key == RuleKey::ShippedTellFinance)
        return tr("Tell finance when an order ships");
    if (key == RuleKey::CreditHoldOverdue)
        return tr("Credit hold when overdue");
    if (key == RuleKey::LateDeliveryReview)
        return tr("Post-analysis of late deliveries");
    return key;
}

QString RuleCatalog::description(const QString& key)
{
    if (key == RuleKey::ConfirmationReminder)
        return tr("Reminds the salesperson in My work when a customer has not confirmed an order sent more "
                  "than the given number of days ago.");
    if (key == RuleKey::SmallChangeApproval)
        return tr("Approves a change request without a manager when it changes the order's total by less "
                  "than the amount, pushes no other order later and the customer is in good standing (no "
                  "credit hold, nothing overdue); managers see each one in My work.");
    if (key == RuleKey::ShippedTellFinance)
        return tr("Tells finance in My work when an order has shipped, until it is invoiced or dismissed.");
    if (key == RuleKey::CreditHoldOverdue)
        return tr(
            "Puts a customer on credit hold when an invoice is overdue by more than the given number of "
            "days, and tells the managers, who may release it; the same setting as in finance's "
            "credit rules.");
    if (key == RuleKey::LateDeliveryReview)
        return tr("Asks the salesperson in My work for the post-analysis (事后分析) of an order delivered "
                  "late or with an exception, until it is written.");
    return {};
}

QString RuleCatalog::parameterLabel(const QString& key, const QString& name)
{
    if (name == kDays && key == RuleKey::ConfirmationReminder)
        return tr("Days waiting");
    if (name == kDays && key == RuleKey::CreditHoldOverdue)
        return tr("Days overdue");
    if (name == kMaxDifference)
        return tr("Largest difference");
    return name;
}

QString RuleCatalog::parameterHint(const RuleParameterSpec& parameter)
{
    if (parameter.kind == RuleParameterKind::Days)
        return tr("%1 to %2 days").arg(parameter.minimum).arg(parameter.maximum);
    return tr("an amount from %1 to %2")
        .arg(format(parameter, parameter.minimum), format(parameter, parameter.maximum));
}

Result<qint64> RuleCatalog::parse(const RuleParameterSpec& parameter, const QString& text)
{
    const QString typed = text.trimmed();
    if (parameter.kind == RuleParameterKind::Days) {
        bool ok = false;
        const qint64 days = typed.toLongLong(&ok);
        if (!ok || days < parameter.minimum || days > parameter.maximum)
            return std::unexpected(Error::invalid(tr("Enter a whole number of days from %1 to %2.")
                                                      .arg(parameter.minimum)
                                                      .arg(parameter.maximum),
                                                  parameter.name));
        return days;
    }
    const auto amount = Money::parse(typed);
    if (!amount || amount->minor() < parameter.minimum || amount->minor() > parameter.maximum)
        return std::unexpected(Error::invalid(
            tr("Enter an amount from %1 to %2 with at most two decimals, "
               "e.g. 500.00.")
                .arg(format(parameter, parameter.minimum), format(parameter, parameter.maximum)),
            parameter.name));
    return amount->minor();
}

QString RuleCatalog::format(const RuleParameterSpec& parameter, qint64 value)
{
    if (parameter.kind == RuleParameterKind::Days)
        return QString::number(value);
    return Money::fromMinor(value).toDecimalString();
}

} // namespace od
