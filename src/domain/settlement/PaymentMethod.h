#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace od {

// How a customer paid. The keys are stored and accepted in the payments CSV; they never change.
enum class PaymentMethod
{
    BankTransfer,
    AcceptanceBill,
    Cash,
    WeChat,
    Alipay
};

class PaymentMethodInfo
{
    Q_DECLARE_TR_FUNCTIONS(PaymentMethod)

public:
    static QList<PaymentMethod> all();
    // "bank_transfer", "acceptance_bill", "cash", "wechat", "alipay".
    static QString key(PaymentMethod method);
    static std::optional<PaymentMethod> fromKey(QStringView key);
    // Translated: "银行转账", "承兑汇票" …
    static QString displayName(PaymentMethod method);
    // An acceptance bill (承兑汇票) is money only on its maturity date, which is recorded with it.
    static bool needsMaturityDate(PaymentMethod method);
};

} // namespace od
