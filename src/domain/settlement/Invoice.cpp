#include "Invoice.h"

namespace od {

QString InvoiceKindInfo::key(InvoiceKind kind)
{
    switch (kind) {
    case InvoiceKind::Goods:
        return QStringLiteral("goods");
    case InvoiceKind::Deposit:
        return QStringLiteral("deposit");
    }
    return {};
}

std::optional<InvoiceKind> InvoiceKindInfo::fromKey(QStringView key)
{
    for (InvoiceKind kind : {InvoiceKind::Goods, InvoiceKind::Deposit})
        if (key == InvoiceKindInfo::key(kind))
            return kind;
    return std::nullopt;
}

QString InvoiceKindInfo::displayName(InvoiceKind kind)
{
    switch (kind) {
    case InvoiceKind::Goods:
        return tr("Invoice");
    case InvoiceKind::Deposit:
        return tr("Deposit invoice");
    }
    return {};
}

QString InvoiceKindInfo::lineKey(InvoiceLineKind kind)
{
    switch (kind) {
    case InvoiceLineKind::Goods:
        return QStringLiteral("goods");
    case InvoiceLineKind::Deposit:
        return QStringLiteral("deposit");
    case InvoiceLineKind::DepositDeduction:
        return QStringLiteral("deposit_deduction");
    }
    return {};
}

std::optional<InvoiceLineKind> InvoiceKindInfo::lineFromKey(QStringView key)
{
    for (InvoiceLineKind kind :
         {InvoiceLineKind::Goods, InvoiceLineKind::Deposit, InvoiceLineKind::DepositDeduction})
        if (key == lineKey(kind))
            return kind;
    return std::nullopt;
}

} // namespace od
