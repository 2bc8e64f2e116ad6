#include "CsvFormulaGuard.h"

namespace od {

namespace {

bool isTrigger(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

bool CsvFormulaGuard::isPlainNumber(const QString& field)
{
    // [+-] digits, commas and at most one point, with at least one digit: what the export writes
    // for amounts and what a spreadsheet reads as a number, never as a formula.
    qsizetype i = 0;
    if (i < field.size() && (field[i] == u'+' || field[i] == u'-'))
        ++i;
    bool digit = false;
    bool point = false;
    for (; i < field.size(); ++i) {
        const QChar c = field[i];
        if (isDigit(c))
            digit = true;
        else if (c == u'.' && !point)
            point = true;
        else if (c != u',')
            return false;
    }
    return digit;
}

bool CsvFormulaGuard::startsFormula(const QString& field, qsizetype from)
{
    qsizetype i = from;
    while (i < field.size() && field[i] == u'\'')
        ++i;
    return i < field.size() && isTrigger(field[i]);
}

QString CsvFormulaGuard::defused(const QString& field)
{
    if (field.isEmpty() || isPlainNumber(field) || !startsFormula(field, 0))
        return field;
    return u'\'' + field;
}

QString CsvFormulaGuard::restored(const QString& field)
{
    if (field.size() < 2 || field[0] != u'\'' || !startsFormula(field, 1))
        return field;
    return field.mid(1);
}

} // namespace od
