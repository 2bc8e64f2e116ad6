#include "OrderTotalsPanel.h"

#include "ChineseAmount.h"
#include "widgets/Formatting.h"

#include <QGridLayout>
#include <QLabel>

namespace od {

OrderTotalsPanel::OrderTotalsPanel(QWidget* parent) : QWidget(parent)
{
    auto value = [this](const char* name) {
        auto* label = new QLabel(this);
        label->setObjectName(QLatin1String(name));
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("¥000,000,000.00")));
        return label;
    };
    m_subtotal = value("subtotalValue");
    m_tax = value("taxValue");
    m_total = value("totalValue");
    QFont bold = m_total->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.25);
    m_total->setFont(bold);
    m_taxCaption = new QLabel(tr("Tax"), this);
    auto* totalCaption = new QLabel(tr("Total"), this);
    totalCaption->setFont(bold);
    m_inWords = new QLabel(this);
    m_inWords->setObjectName(QStringLiteral("totalInWords"));
    m_inWords->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_inWords->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_inWords->setStyleSheet(QStringLiteral("color: palette(dark);"));

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(2);
    grid->addWidget(new QLabel(tr("Subtotal"), this), 0, 0, Qt::AlignRight);
    grid->addWidget(m_subtotal, 0, 1);
    grid->addWidget(m_taxCaption, 1, 0, Qt::AlignRight);
    grid->addWidget(m_tax, 1, 1);
    grid->addWidget(totalCaption, 2, 0, Qt::AlignRight);
    grid->addWidget(m_total, 2, 1);
    grid->addWidget(m_inWords, 3, 0, 1, 2);
    setIncomplete();
}

void OrderTotalsPanel::setTotals(Money subtotal, Money tax, BasisPoints taxRate, Money total,
                                 const QString& currency)
{
    m_subtotal->setText(Formatting::money(subtotal, currency));
    m_taxCaption->setText(tr("Tax (%1%)").arg(taxRate.toPercentString()));
    m_tax->setText(Formatting::money(tax, currency));
    m_total->setText(Formatting::money(total, currency));
    // Capital numerals name the yuan; they would be wrong for another currency.
    const bool yuan =
        currency.isEmpty() || currency == QLatin1String("CNY") || currency == QLatin1String("RMB");
    m_inWords->setText(yuan ? tr("In words: %1").arg(ChineseAmount::inWords(total)) : QString());
    m_inWords->setVisible(yuan);
}

void OrderTotalsPanel::setIncomplete()
{
    const QString dash = QStringLiteral("—");
    m_subtotal->setText(dash);
    m_tax->setText(dash);
    m_total->setText(dash);
    m_inWords->clear();
}

QString OrderTotalsPanel::totalText() const
{
    return m_total->text();
}

QString OrderTotalsPanel::totalInWordsText() const
{
    return m_inWords->text();
}

} // namespace od
