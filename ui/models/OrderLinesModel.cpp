#include "OrderLinesModel.h"

#include "widgets/DateField.h"
#include "widgets/Formatting.h"

#include <QColor>
#include <QStringList>

namespace od {

namespace {

QString withoutPercentSign(const QString& text)
{
    QString t = text.trimmed();
    if (t.endsWith(u'%') || t.endsWith(u'％'))
        t.chop(1);
    return t.trimmed();
}

bool isBlank(const QString& text)
{
    return text.trimmed().isEmpty();
}

} // namespace

OrderLinesModel::OrderLinesModel(QObject* parent) : QAbstractTableModel(parent) {}

int OrderLinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderLinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrderLinesModel::fieldForColumn(int column)
{
    switch (column) {
    case ProductColumn:
        return QStringLiteral("product");
    case DescriptionColumn:
        return QStringLiteral("description");
    case QuantityColumn:
        return QStringLiteral("quantity");
    case UnitColumn:
        return QStringLiteral("unit");
    case UnitPriceColumn:
        return QStringLiteral("unit_price");
    case DiscountColumn:
        return QStringLiteral("discount");
    case LineDateColumn:
        return QStringLiteral("line_date");
    case AmountColumn:
        return QStringLiteral("amount");
    default:
        return {};
    }
}

int OrderLinesModel::columnForField(const QString& field)
{
    for (int column = 0; column < ColumnCount; ++column)
        if (fieldForColumn(column) == field)
            return column;
    return -1;
}

QString OrderLinesModel::inputError(const Row& row, int column)
{
    using fixed::DecimalProblem;
    switch (column) {
    case ProductColumn:
        if (row.line.productId == 0 && !isBlank(row.productText))
            return tr("“%1” is not a product. Choose one from the list.").arg(row.productText.trimmed());
        return {};
    case QuantityColumn:
        if (isBlank(row.quantityText))
            return {};
        switch (Quantity::check(row.quantityText)) {
        case DecimalProblem::None:
            return {};
        case DecimalProblem::TooManyDecimals:
            return tr("Too many decimals: a quantity has at most 3, e.g. 2.125.");
        case DecimalProblem::TooLarge:
            return tr("Too large: a quantity can be at most %1.")
                .arg(Formatting::quantity(Quantity::fromRaw(Quantity::MaxRaw)));
        case DecimalProblem::Malformed:
            break;
        }
        return tr("Not a quantity: use digits, e.g. 12 or 2.5.");
    case UnitPriceColumn:
        if (isBlank(row.unitPriceText))
            return {};
        switch (UnitPrice::check(row.unitPriceText)) {
        case DecimalProblem::None:
            return {};
        case DecimalProblem::TooManyDecimals:
            return tr("Too many decimals: a unit price has at most 4, e.g. 0.0125.");
        case DecimalProblem::TooLarge:
            return tr("Too large: a unit price can be at most %1.")
                .arg(Formatting::unitPrice(UnitPrice::fromRaw(UnitPrice::MaxRaw)));
        case DecimalProblem::Malformed:
            break;
        }
        return tr("Not a price: use digits, e.g. 12.5 or 0.0125.");
    case DiscountColumn: {
        if (isBlank(row.discountText))
            return {};
        const QString percent = withoutPercentSign(row.discountText);
        switch (BasisPoints::check(percent)) {
        case DecimalProblem::None:
            return {};
        case DecimalProblem::TooManyDecimals:
            return tr("Too many decimals: a percentage has at most 2, e.g. 2.25.");
        case DecimalProblem::TooLarge:
            return tr("Too large: a discount is at most 100%.");
        case DecimalProblem::Malformed:
            break;
        }
        return tr("Not a percentage: e.g. 5 or 2.5.");
    }
    case LineDateColumn:
        if (!isBlank(row.lineDateText) && !DateField::parse(row.lineDateText))
            return tr("Not a date: type it as 2026-07-15, or leave it empty for the order's date.");
        return {};
    default:
        return {};
    }
}

bool OrderLinesModel::hasAmount(const Row& row)
{
    if (!row.amountKnown)
        return false;
    for (const int column : {QuantityColumn, UnitPriceColumn, DiscountColumn})
        if (!inputError(row, column).isEmpty())
            return false;
    return true;
}

QVariant OrderLinesModel::displayText(const Row& row, int column) const
{
    switch (column) {
    case ProductColumn:
        if (row.line.productId == 0)
            return row.productText;
        return row.line.productName.isEmpty() ? row.line.productSku
                                              : row.line.productSku + u' ' + row.line.productName;
    case DescriptionColumn:
        return row.line.description;
    case QuantityColumn:
        return row.quantityText;
    case UnitColumn:
        return row.line.unit;
    case UnitPriceColumn:
        return row.unitPriceText;
    case DiscountColumn:
        return row.discountText;
    case LineDateColumn:
        return row.lineDateText;
    case AmountColumn:
        // "—" exactly when the line has no amount (a number that does not parse, or a product
        // too large to be money); the totals then show "—" too.
        return hasAmount(row) ? Formatting::moneyAmount(row.line.amount) : QStringLiteral("—");
    default:
        return {};
    }
}

QList<ValidationIssue> OrderLinesModel::issuesAt(int row, int column) const
{
    QList<ValidationIssue> out;
    if (row < 0 || row >= m_rows.size())
        return out;
    const QString field = fieldForColumn(column);
    for (const auto& issue : m_rows.at(row).issues)
        if (issue.field == field)
            out << issue;
    return out;
}

QVariant OrderLinesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return displayText(row, column);
    case Qt::TextAlignmentRole:
        if (column == QuantityColumn || column == UnitPriceColumn || column == DiscountColumn ||
            column == AmountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case ProductIdRole:
        return row.line.productId;
    case HasErrorRole:
    case HasWarningRole:
    case Qt::BackgroundRole:
    case Qt::ToolTipRole: {
        const QString parseError = inputError(row, column);
        QStringList errors;
        QStringList warnings;
        if (!parseError.isEmpty()) {
            errors << parseError; // the validator's view of an unparsed cell would only confuse
        } else {
            for (const auto& issue : issuesAt(index.row(), column))
                (issue.severity == ValidationIssue::Severity::Error ? errors : warnings) << issue.message;
        }
        if (role == HasErrorRole)
            return !errors.isEmpty();
        if (role == HasWarningRole)
            return !warnings.isEmpty();
        if (role == Qt::ToolTipRole) {
            if (errors.isEmpty() && warnings.isEmpty())
                return column == LineDateColumn
                           ? tr("Only when this line is wanted on another date than the order.")
                           : QVariant();
            return (errors + warnings).join(u'\n');
        }
        if (!errors.isEmpty())
            return QColor(0xfd, 0xe0, 0xe0);
        if (!warnings.isEmpty())
            return QColor(0xff, 0xef, 0xd5);
        if (column == AmountColumn)
            return QColor(0xf4, 0xf5, 0xf7); // computed, not typed
        return {};
    }
    case Qt::ForegroundRole:
        if (column == AmountColumn)
            return QColor(0x20, 0x20, 0x20);
        return {};
    default:
        return {};
    }
}

void OrderLinesModel::chooseProduct(Row& row, const Product& product)
{
    row.line.productId = product.id;
    row.line.productSku = product.sku;
    row.line.productName = product.name;
    row.productText.clear();
    // A new product brings its own unit and list price; the user may still change both.
    row.line.unit = product.unit;
    row.line.unitPrice = product.unitPrice;
    row.unitPriceText = product.unitPrice.toDecimalString();
}

bool OrderLinesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size() || m_readOnly)
        return false;
    Row& row = m_rows[index.row()];
    const int column = index.column();

    if (role == ProductRole && column == ProductColumn) {
        if (!value.canConvert<Product>())
            return false;
        chooseProduct(row, value.value<Product>());
        Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
        Q_EMIT linesEdited();
        return true;
    }
    if (role != Qt::EditRole)
        return false;

    const QString text = value.toString();
    if (text == displayText(row, column).toString())
        return true; // leaving a cell unchanged is not an edit
    switch (column) {
    case ProductColumn:
        // Typed text that was not chosen from the list: keep it, flag it.
        row.line.productId = 0;
        row.line.productSku.clear();
        row.line.productName.clear();
        row.productText = text;
        break;
    case DescriptionColumn:
        row.line.description = text;
        break;
    case UnitColumn:
        row.line.unit = text.trimmed();
        break;
    case QuantityColumn:
        row.quantityText = text.trimmed();
        row.line.quantity = Quantity::parse(row.quantityText).value_or(Quantity());
        break;
    case UnitPriceColumn:
        row.unitPriceText = text.trimmed();
        row.line.unitPrice = UnitPrice::parse(row.unitPriceText).value_or(UnitPrice());
        break;
    case DiscountColumn:
        row.discountText = text.trimmed();
        row.line.discount =
            BasisPoints::parsePercent(withoutPercentSign(row.discountText)).value_or(BasisPoints());
        break;
    case LineDateColumn:
        row.lineDateText = text.trimmed();
        row.line.requestedDate = DateField::parse(row.lineDateText).value_or(QDate());
        break;
    default:
        return false;
    }
    Q_EMIT dataChanged(this->index(index.row(), column), this->index(index.row(), AmountColumn));
    Q_EMIT linesEdited();
    return true;
}

Qt::ItemFlags OrderLinesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_readOnly && index.column() != AmountColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant OrderLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case ProductColumn:
        return tr("Product");
    case DescriptionColumn:
        return tr("Specification (customer's words)");
    case QuantityColumn:
        return tr("Quantity");
    case UnitColumn:
        return tr("Unit");
    case UnitPriceColumn:
        return tr("Unit price");
    case DiscountColumn:
        return tr("Discount %");
    case LineDateColumn:
        return tr("Wanted by");
    case AmountColumn:
        return tr("Amount");
    default:
        return {};
    }
}

OrderLinesModel::Row OrderLinesModel::rowFromLine(const OrderLine& line)
{
    Row row;
    row.line = line;
    row.quantityText = line.quantity.raw() == 0 ? QString() : line.quantity.toDecimalString();
    row.unitPriceText = line.unitPrice.toDecimalString();
    row.discountText = line.discount.raw() == 0 ? QString() : line.discount.toPercentString();
    row.lineDateText = line.requestedDate.isValid() ? line.requestedDate.toString(Qt::ISODate) : QString();
    return row;
}

void OrderLinesModel::setLines(const QList<OrderLine>& lines)
{
    beginResetModel();
    m_rows.clear();
    for (const auto& line : lines)
        m_rows << rowFromLine(line);
    endResetModel();
}

QList<OrderLine> OrderLinesModel::lines() const
{
    QList<OrderLine> out;
    out.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        OrderLine line = m_rows.at(i).line;
        line.lineNo = i + 1;
        out << line;
    }
    return out;
}

bool OrderLinesModel::hasInputErrors() const
{
    return firstInputError().isValid();
}

bool OrderLinesModel::hasUnparsedNumbers() const
{
    for (const Row& row : m_rows)
        for (const int column : {QuantityColumn, UnitPriceColumn, DiscountColumn})
            if (!inputError(row, column).isEmpty())
                return true;
    return false;
}

QList<ValidationIssue> OrderLinesModel::problemsOfRow(int row) const
{
    QList<ValidationIssue> errors;
    QList<ValidationIssue> warnings;
    if (row < 0 || row >= m_rows.size())
        return errors;
    for (int column = 0; column < ColumnCount; ++column) {
        if (const QString parse = inputError(m_rows.at(row), column); !parse.isEmpty()) {
            ValidationIssue issue;
            issue.field = fieldForColumn(column);
            issue.line = row;
            issue.message =
                tr("Line %1, %2: %3")
                    .arg(QString::number(row + 1), headerData(column, Qt::Horizontal).toString(), parse);
            errors << issue;
            continue;
        }
        for (const auto& issue : issuesAt(row, column))
            (issue.severity == ValidationIssue::Severity::Error ? errors : warnings) << issue;
    }
    return errors + warnings;
}

QModelIndex OrderLinesModel::firstProblem(bool errorsOnly) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        for (int c = 0; c < ColumnCount; ++c) {
            const QModelIndex cell = index(r, c);
            if (cell.data(HasErrorRole).toBool() || (!errorsOnly && cell.data(HasWarningRole).toBool()))
                return cell;
        }
    return {};
}

QModelIndexList OrderLinesModel::inputErrors() const
{
    QModelIndexList out;
    for (int r = 0; r < m_rows.size(); ++r)
        for (int c = 0; c < ColumnCount; ++c)
            if (!inputError(m_rows.at(r), c).isEmpty())
                out << index(r, c);
    return out;
}

QModelIndex OrderLinesModel::firstInputError() const
{
    for (int r = 0; r < m_rows.size(); ++r)
        for (int c = 0; c < ColumnCount; ++c)
            if (!inputError(m_rows.at(r), c).isEmpty())
                return index(r, c);
    return {};
}

void OrderLinesModel::setAmounts(const QList<std::optional<Money>>& amounts)
{
    const int n = int(qMin(amounts.size(), m_rows.size()));
    for (int i = 0; i < n; ++i) {
        m_rows[i].amountKnown = amounts.at(i).has_value();
        m_rows[i].line.amount = amounts.at(i).value_or(Money());
    }
    if (n > 0)
        Q_EMIT dataChanged(index(0, AmountColumn), index(n - 1, AmountColumn));
}

void OrderLinesModel::setIssues(const ValidationReport& report)
{
    for (auto& row : m_rows)
        row.issues.clear();
    for (const auto& issue : report.issues)
        if (issue.line >= 0 && issue.line < m_rows.size())
            m_rows[issue.line].issues << issue;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void OrderLinesModel::insertLine(int row)
{
    row = qBound(0, row, int(m_rows.size()));
    beginInsertRows({}, row, row);
    m_rows.insert(row, Row());
    endInsertRows();
    Q_EMIT linesEdited();
}

void OrderLinesModel::removeLine(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    Q_EMIT linesEdited();
}

void OrderLinesModel::restoreRow(int row, const Row& saved)
{
    if (row < 0 || row >= m_rows.size() || m_readOnly)
        return;
    const QList<ValidationIssue> issues = m_rows.at(row).issues; // the findings shown now stay
    m_rows[row] = saved;
    m_rows[row].issues = issues;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT linesEdited();
}

void OrderLinesModel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace od
