#pragma once

#include "BasisPoints.h"
#include "Money.h"

#include <QWidget>

class QLabel;

namespace od {

// Subtotal, tax and total of the order being typed, and the total in Chinese capital numerals
// (大写) as it will be printed on the confirmation.
class OrderTotalsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OrderTotalsPanel(QWidget* parent = nullptr);

    void setTotals(Money subtotal, Money tax, BasisPoints taxRate, Money total, const QString& currency);
    // When the numbers cannot be computed (a cell that does not parse): dashes, not stale figures.
    void setIncomplete();

    QString totalText() const;
    QString totalInWordsText() const;

private:
    QLabel* m_subtotal = nullptr;
    QLabel* m_taxCaption = nullptr;
    QLabel* m_tax = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_inWords = nullptr;
};

} // namespace od
