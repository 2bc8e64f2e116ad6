#pragma once

#include "OrderLine.h"
#include "Product.h"
#include "ValidationReport.h"

#include <QAbstractTableModel>
#include <QList>

namespace od {

// The editable lines of the order being entered. Each number cell keeps the text exactly as the
// user typed it; the parsed value (Quantity, UnitPrice, BasisPoints, QDate — never a double)
// is used for totals only when the text parses. A cell that does not parse is tinted and
// explains itself in its tooltip; so is every cell the validator reported on.
class OrderLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ProductColumn,
        DescriptionColumn,
        QuantityColumn,
        UnitColumn,
        UnitPriceColumn,
        DiscountColumn,
        LineDateColumn,
        AmountColumn,
        ColumnCount
    };
    enum Role
    {
        // setData with a QVariant holding an od::Product chooses that product for the line.
        ProductRole = Qt::UserRole + 1,
        ProductIdRole,
        // True when the cell has an error (input that does not parse, or a validation error).
        HasErrorRole,
        HasWarningRole,
    };

    explicit OrderLinesModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLines(const QList<OrderLine>& lines);
    // The lines with every parsed value; a cell that does not parse counts as zero / empty here
    // (and hasInputErrors() is true, which blocks saving).
    QList<OrderLine> lines() const;
    bool hasInputErrors() const;
    // A quantity, price or discount that does not parse: the totals cannot be computed.
    bool hasUnparsedNumbers() const;
    // The first cell whose text does not parse (invalid index when none).
    QModelIndex firstInputError() const;

    // Line amounts as computed by the order arithmetic; does not count as an edit.
    void setAmounts(const QList<Money>& amounts);
    // Shows the validator's findings on the cells; does not count as an edit.
    void setIssues(const ValidationReport& report);
    QList<ValidationIssue> issuesAt(int row, int column) const;

    void insertLine(int row);
    void removeLine(int row);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // Validation field names ("quantity", "line_date"…) and columns, both ways.
    static QString fieldForColumn(int column);
    static int columnForField(const QString& field);

    // Everything one line holds, typed text included.
    struct Row
    {
        OrderLine line;      // values that parsed, the id, product details
        QString productText; // what was typed when no product was chosen from the list
        QString quantityText;
        QString unitPriceText;
        QString discountText;
        QString lineDateText;
        QList<ValidationIssue> issues;
    };
    // Taken when a cell editor opens, so that Escape can put the whole line back (choosing a
    // product in the product cell also changes the line's unit and price).
    Row rowAt(int row) const { return m_rows.value(row); }
    void restoreRow(int row, const Row& saved);

Q_SIGNALS:
    // The user changed something that affects the order (not amounts or issues being shown).
    void linesEdited();

private:
    static QString inputError(const Row& row, int column);
    static Row rowFromLine(const OrderLine& line);
    void chooseProduct(Row& row, const Product& product);
    QVariant displayText(const Row& row, int column) const;

    QList<Row> m_rows;
    bool m_readOnly = false;
};

} // namespace od
