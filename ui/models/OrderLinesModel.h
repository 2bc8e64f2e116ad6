#pragma once

#include "OrderLine.h"
#include "Product.h"
#include "ValidationReport.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <optional>

namespace od {

// The editable lines of the order being entered. Each number cell keeps the text exactly as the
// user typed it; the parsed value (Quantity, UnitPrice, BasisPoints, QDate — never a double)
// is used for totals only when the text parses. A cell that does not parse is tinted and says
// why (not a number, too many decimals, too large) in its tooltip and in problemsOfRow(); so is
// every cell the validator reported on.
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
    // The first cell whose text does not parse (invalid index when none), and all of them.
    QModelIndex firstInputError() const;
    QModelIndexList inputErrors() const;
    // The first cell, line by line and left to right, with an error (or a warning too).
    QModelIndex firstProblem(bool errorsOnly) const;
    // What is wrong with one line, in words, errors first; each message names its line.
    QList<ValidationIssue> problemsOfRow(int row) const;

    // Line amounts as computed by the order arithmetic (nullopt: too large to be money); does
    // not count as an edit.
    void setAmounts(const QList<std::optional<Money>>& amounts);
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
        bool amountKnown = true; // false when quantity × price is too large to be money
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
    // Whether the amount cell shows a figure (and the line counts in the totals).
    static bool hasAmount(const Row& row);
    static Row rowFromLine(const OrderLine& line);
    void chooseProduct(Row& row, const Product& product);
    QVariant displayText(const Row& row, int column) const;

    QList<Row> m_rows;
    bool m_readOnly = false;
};

} // namespace od
