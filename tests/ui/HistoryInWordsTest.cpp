// History in words: the order's History tab, its timeline and the Audit view name fields,
// statuses, channels and people as the rest of the UI does, in the user's language and local
// time, while the trail itself keeps its raw keys for export and verification.
#include "UiOrderFactory.h"

#include "AuditService.h"
#include "ConfirmationService.h"
#include "OrderStatusService.h"
#include "audit/AuditView.h"
#include "detail/OrderDetailDialog.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QTranslator>

#include <gtest/gtest.h>

namespace od::test {

namespace {

QStringList rowTexts(const QTableWidget& table, int row)
{
    QStringList out;
    for (int column = 0; column < table.columnCount(); ++column)
        out << (table.item(row, column) ? table.item(row, column)->text() : QString());
    return out;
}

// The row whose `column` reads `text`, as "when | who | … "; empty when there is none.
QStringList findRow(const QTableWidget& table, int column, const QString& text)
{
    for (int row = 0; row < table.rowCount(); ++row)
        if (table.item(row, column) && table.item(row, column)->text() == text)
            return rowTexts(table, row);
    return {};
}

} // namespace

class HistoryInWordsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // Entered and sent by the salesperson 王芳, confirmed by WeChat, planned by the manager.
        m_id = m_orders.addDraft(m_orders.customerEast, 4);
        m_orders.submit(m_id);
        Confirmation confirmation;
        confirmation.contactName = QStringLiteral("刘经理");
        confirmation.channel = ConfirmationChannel::WeChat;
        confirmation.confirmedAt = QDateTime(QDate(2026, 5, 30), QTime(14, 5), Qt::LocalTime).toUTC();
        ASSERT_TRUE(ConfirmationService(m_db.session())
                        .record(m_id, m_orders.load(m_id).revision, confirmation)
                        .has_value());
        m_orders.moveTo(m_id, OrderStatus::Planned);
    }
    void TearDown() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    TestDatabase m_db;
    UiOrderFactory m_orders{m_db};
    qint64 m_id = 0;
};

TEST_F(HistoryInWordsTest, TheHistoryTabNamesFieldsStatusesChannelsAndPeople)
{
    OrderDetailDialog dialog(m_db.session(), m_id);
    dialog.show();
    auto* history = dialog.findChild<QTableWidget*>(QStringLiteral("historyTable"));
    ASSERT_NE(history, nullptr);
    QStringList all;
    for (int row = 0; row < history->rowCount(); ++row)
        all << rowTexts(*history, row).join(QStringLiteral(" | "));
    const QString text = all.join(u'\n');

    const QStringList sent = findRow(*history, 2, QStringLiteral("Sent for confirmation"));
    ASSERT_FALSE(sent.isEmpty()) << text.toStdString();
    EXPECT_EQ(sent.at(1), QStringLiteral("王芳"));
    EXPECT_EQ(sent.at(3), QStringLiteral("Status"));
    EXPECT_EQ(sent.at(4), QStringLiteral("Draft → Awaiting confirmation"));

    const QStringList confirmed = findRow(*history, 3, QStringLiteral("Confirmation"));
    ASSERT_FALSE(confirmed.isEmpty()) << text.toStdString();
    EXPECT_TRUE(confirmed.at(4).contains(QStringLiteral("刘经理 by WeChat at May 30, 2026 2:05")))
        << confirmed.at(4).toStdString();
    EXPECT_TRUE(confirmed.at(4).contains(QStringLiteral("(revision 1)")));

    const QStringList created = findRow(*history, 3, QStringLiteral("Salesperson"));
    ASSERT_FALSE(created.isEmpty()) << text.toStdString();
    EXPECT_EQ(created.at(4), QStringLiteral("(empty) → 王芳"));
    EXPECT_FALSE(findRow(*history, 3, QStringLiteral("Line 1 · Quantity")).isEmpty()) << text.toStdString();

    // No internal keys, logins, raw channels or UTC stamps anywhere.
    for (const char* raw : {"awaiting_confirmation", "wechat", "rev 1", "salesperson", "| wang |", "Z |"})
        EXPECT_FALSE(text.contains(QLatin1String(raw))) << raw << "\n" << text.toStdString();
    // Local time in a form nobody misreads: "May 30, 2026 2:05 PM".
    static const QRegularExpression medium(QStringLiteral("^[A-Z][a-z]{2} \\d{1,2}, \\d{4} \\d{1,2}:\\d{2}"));
    for (int row = 0; row < history->rowCount(); ++row)
        EXPECT_TRUE(medium.match(history->item(row, 0)->text()).hasMatch())
            << history->item(row, 0)->text().toStdString();
}

TEST_F(HistoryInWordsTest, TheAuditViewReadsInWordsAndTheTrailKeepsItsKeys)
{
    m_db.actAs(m_db.adminId);
    AuditView view(m_db.session());
    view.show();
    auto* table = view.findChild<QTableWidget*>(QStringLiteral("auditTable"));
    ASSERT_NE(table, nullptr);
    QStringList all;
    for (int row = 0; row < table->rowCount(); ++row)
        all << rowTexts(*table, row).join(QStringLiteral(" | "));
    const QString text = all.join(u'\n');
    EXPECT_TRUE(text.contains(QStringLiteral("王芳 | Order: Sent for confirmation")));
    EXPECT_TRUE(text.contains(QStringLiteral("Status: Draft → Awaiting confirmation"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("李强 | Order: Plan committed"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Status: Confirmed → Planned"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("by WeChat at May 30, 2026"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("awaiting_confirmation"))) << text.toStdString();
    // An order's entries show who by name, never by login (a user's own entries are about the
    // login, which they then name).
    const QString orderEntries = all.filter(QStringLiteral("| Order: ")).join(u'\n');
    EXPECT_FALSE(orderEntries.isEmpty());
    EXPECT_FALSE(orderEntries.contains(QStringLiteral(" wang "))) << text.toStdString();

    // The trail itself is unchanged: raw keys, logins and UTC, and its chain verifies.
    AuditFilter filter;
    filter.entity = QStringLiteral("order");
    filter.entityId = m_id;
    auto entries = AuditService(m_db.session()).list(filter, 100);
    ASSERT_TRUE(entries.has_value());
    bool rawStatus = false;
    for (const AuditEntry& entry : *entries)
        for (const FieldChange& change : entry.changes)
            rawStatus = rawStatus || (change.field == QLatin1String("status") &&
                                      change.after == QLatin1String("awaiting_confirmation"));
    EXPECT_TRUE(rawStatus);
    auto verified = AuditService(m_db.session()).verify();
    ASSERT_TRUE(verified.has_value());
    EXPECT_FALSE(verified->firstBrokenId.has_value());
}

TEST_F(HistoryInWordsTest, TheTimelineIsWordedInTheReadersLanguageWhateverItWasWrittenIn)
{
    // The events above were written with no translation loaded: their stored sentences are
    // English. A Chinese reader reads them in Chinese.
    QTranslator chinese;
    ASSERT_TRUE(chinese.load(QStringLiteral(":/i18n/orderdesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    OrderDetailDialog dialog(m_db.session(), m_id);
    dialog.show();
    auto* timeline = dialog.findChild<QTableWidget*>(QStringLiteral("timelineTable"));
    ASSERT_NE(timeline, nullptr);
    QStringList all;
    for (int row = 0; row < timeline->rowCount(); ++row)
        all << rowTexts(*timeline, row).join(QStringLiteral(" | "));
    QCoreApplication::removeTranslator(&chinese);
    const QString text = all.join(u'\n');
    ASSERT_EQ(timeline->rowCount(), 4) << text.toStdString();
    for (const char* english : {"Order entered", "Sent to the customer", "Confirmed by", "Confirmed →",
                                "WeChat", "Created", "Status changed"})
        EXPECT_FALSE(text.contains(QLatin1String(english))) << english << "\n" << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("微信"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2026-05-30 14:05"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("¥"))) << text.toStdString();
}

} // namespace od::test

namespace od::test {

TEST(DatesInEnglishTest, DatesReadTheSameUnambiguousWayInEveryView)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    TestDatabase db;
    UiOrderFactory orders(db);
    const qint64 id = orders.addDraft(orders.customerEast, 2, 0); // dated 2026-06-01, wanted 2026-07-16
    OrderDetailDialog dialog(db.session(), id);
    dialog.show();
    QStringList header;
    for (QLabel* label : dialog.findChildren<QLabel*>())
        if (label->objectName().startsWith(QLatin1String("header_")))
            header << label->text();
    EXPECT_TRUE(header.contains(QStringLiteral("Jun 1, 2026"))) << header.join(u'|').toStdString();
    EXPECT_TRUE(header.contains(QStringLiteral("Jul 16, 2026"))) << header.join(u'|').toStdString();
    for (const QString& text : header)
        EXPECT_FALSE(text.contains(QStringLiteral("6/1/26"))) << text.toStdString();
}

} // namespace od::test
