#pragma once

#include "CreditNoteCalculator.h"
#include "Session.h"
#include "SettlementFigures.h"

#include <QDialog>

class QLineEdit;
class QRadioButton;
class QTableWidget;

namespace od {

class DateField;
class ValidatedForm;

// A credit note (红字) against an issued invoice: all that is left of it (a cancelled sale), an
// amount including tax (a price correction), or the quantities returned on its goods lines, with
// its date and reason. A refused entry
// is explained under its field and stays as typed.
class CreditNoteDialog : public QDialog
{
    Q_OBJECT

public:
    CreditNoteDialog(Session& session, const InvoiceSummary& invoice, QWidget* parent = nullptr);

    void accept() override;
    // The number of the credit note issued ("" until then).
    const QString& creditNo() const { return m_creditNo; }
    QRadioButton* wholeButton() const { return m_whole; }
    QRadioButton* amountButton() const { return m_partial; }
    QRadioButton* linesButton() const { return m_byLines; }
    // One row per goods line of the invoice; the last column takes the quantity given back.
    QTableWidget* linesTable() const { return m_lines; }
    QLineEdit* amountEdit() const { return m_amount; }
    QLineEdit* reasonEdit() const { return m_reason; }
    ValidatedForm* form() const { return m_form; }

private:
    void loadLines();
    // The quantities typed in, or an error naming the first that is not a quantity.
    Result<QList<CreditNoteCalculator::LineRequest>> typedLines() const;

    Session& m_session;
    QString m_invoiceNo;
    QString m_creditNo;
    QRadioButton* m_whole = nullptr;
    QRadioButton* m_partial = nullptr;
    QRadioButton* m_byLines = nullptr;
    QTableWidget* m_lines = nullptr;
    QLineEdit* m_amount = nullptr;
    DateField* m_date = nullptr;
    QLineEdit* m_reason = nullptr;
    ValidatedForm* m_form = nullptr;
};

} // namespace od
