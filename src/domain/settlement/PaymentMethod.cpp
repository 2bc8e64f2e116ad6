#include "PaymentMethod.h"

namespace od {

namespace {

struct MethodRow
{
    PaymentMethod method;
    const char* key;
};

constexpr MethodRow kRows[] = {
    {PaymentMethod::BankTransfer, "bank_transfer"},
    {PaymentMethod::AcceptanceBill, "acceptance_bill"},
    {PaymentMethod::Cash, "cash"},
    {PaymentMethod::WeChat, "wechat"},
    {PaymentMethod::Alipay, "alipay"},
};

} // namespace

QList<PaymentMethod> PaymentMethodInfo::all()
{
    QList<PaymentMethod> out;
    for (const auto& row : kRows)
        out << row.method;
    return out;
}

QString PaymentMethodInfo::key(PaymentMethod method)
{
    for (const auto& row : kRows)
        if (row.method == method)
            return QString::fromLatin1(row.key);
    return {};
}

std::optional<PaymentMethod> PaymentMethodInfo::fromKey(QStringView key)
{
    for (const auto& row : kRows)
        if (key == QLatin1StringView(row.key))
            return row.method;
    return std::nullopt;
}

QString PaymentMethodInfo::displayName(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::BankTransfer:
        return tr("Bank transfer");
    case PaymentMethod::AcceptanceBill:
        return tr("Acceptance bill");
    case PaymentMethod::Cash:
        return tr("Cash");
    case PaymentMethod::WeChat:
        return tr("WeChat Pay");
    case PaymentMethod::Alipay:
        return tr("Alipay");
    }
    return {};
}

bool PaymentMethodInfo::needsMaturityDate(PaymentMethod method)
{
    return method == PaymentMethod::AcceptanceBill;
}

} // namespace od
