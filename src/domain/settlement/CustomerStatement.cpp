#include "CustomerStatement.h"

#include <algorithm>

namespace od {

Result<CustomerStatement> CustomerStatement::build(const QDate& from, const QDate& to, Money opening,
                                                   QList<StatementEntry> entries)
{
    if (!from.isValid() || !to.isValid())
        return std::unexpected(Error::invalid(tr("Enter the first and last day of the statement.")));
    if (to < from)
        return std::unexpected(Error::invalid(tr("The statement ends (%1) before it starts (%2).")
                                                  .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)),
                                              QStringLiteral("to")));
    // Within a day: what was billed first, then what reduced it, so the running balance reads
    // the way the customer's own books do.
    std::stable_sort(entries.begin(), entries.end(), [](const StatementEntry& a, const StatementEntry& b) {
        if (a.date != b.date)
            return a.date < b.date;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.documentNo < b.documentNo;
    });
    CustomerStatement s;
    s.m_from = from;
    s.m_to = to;
    s.m_opening = opening;
    Money balance = opening;
    for (StatementEntry& e : entries) {
        if (e.date < from || e.date > to)
            return std::unexpected(Error::invalid(tr("%1 is dated %2, outside the statement's period.")
                                                      .arg(e.documentNo, e.date.toString(Qt::ISODate))));
        balance = balance + e.debit - e.credit;
        e.balance = balance;
        switch (e.kind) {
        case StatementEntryKind::Invoice:
            s.m_invoiced = s.m_invoiced + e.debit - e.credit;
            break;
        case StatementEntryKind::CreditNote:
            s.m_credited = s.m_credited + e.credit - e.debit;
            break;
        case StatementEntryKind::WriteOff:
            s.m_writtenOff = s.m_writtenOff + e.credit - e.debit;
            break;
        case StatementEntryKind::Payment:
            s.m_paid = s.m_paid + e.credit - e.debit;
            break;
        }
    }
    s.m_closing = balance;
    s.m_entries = std::move(entries);
    return s;
}

QString CustomerStatement::kindName(StatementEntryKind kind)
{
    switch (kind) {
    case StatementEntryKind::Invoice:
        return tr("Invoice");
    case StatementEntryKind::CreditNote:
        return tr("Credit note");
    case StatementEntryKind::WriteOff:
        return tr("Written off");
    case StatementEntryKind::Payment:
        return tr("Payment");
    }
    return {};
}

} // namespace od
