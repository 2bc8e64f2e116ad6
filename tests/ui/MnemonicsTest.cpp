// Every page and dialog the main window leads to, walked in English and in Chinese: each
// Alt+letter is used once on its page (menu titles included) and a label's letter puts the
// cursor into its field. Help → Keyboard shortcuts lists the menus' shortcuts as they are set.
#include "UiOrderFactory.h"

#include "confirmation/RecordConfirmationDialog.h"
#include "confirmation/ReturnToDraftDialog.h"
#include "customers/CustomerDialog.h"
#include "detail/OrderDetailDialog.h"
#include "firstrun/FirstRunDialog.h"
#include "main/ChangePasswordDialog.h"
#include "main/MainWindow.h"
#include "main/ShortcutsDialog.h"
#include "main/SignInDialog.h"
#include "main/UserAccountDialog.h"
#include "main/UsersDialog.h"
#include "products/ProductDialog.h"
#include "settings/SettingsDialog.h"
#include "settlement/CreditNoteDialog.h"
#include "settlement/DepositInvoiceDialog.h"
#include "settlement/OfficialInvoiceDialog.h"
#include "settlement/ProvisionDialog.h"
#include "settlement/ReapplyPaymentDialog.h"
#include "widgets/CsvImportDialog.h"
#include "widgets/NoteDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCoreApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

namespace od::test {

namespace {

struct Mnemonic
{
    int key = 0;
    QString text;
    QWidget* owner = nullptr;
    QWidget* buddy = nullptr; // for a label
};

int mnemonicKey(const QString& text)
{
    const QKeySequence sequence = QKeySequence::mnemonic(text);
    return sequence.isEmpty() ? 0 : sequence[0].key();
}

QWidget* focusTarget(QWidget* widget)
{
    while (widget && widget->focusProxy())
        widget = widget->focusProxy();
    return widget;
}

// The mnemonics a user can reach in `window` right now: visible labels with a buddy, buttons,
// group boxes, and the titles of the window's menus.
QList<Mnemonic> reachableMnemonics(QWidget* window)
{
    QList<Mnemonic> out;
    for (QLabel* label : window->findChildren<QLabel*>()) {
        if (!label->isVisibleTo(window) || !label->buddy())
            continue;
        if (const int key = mnemonicKey(label->text()))
            out << Mnemonic{key, label->text(), label, label->buddy()};
    }
    for (QAbstractButton* button : window->findChildren<QAbstractButton*>())
        if (button->isVisibleTo(window))
            if (const int key = mnemonicKey(button->text()))
                out << Mnemonic{key, button->text(), button, nullptr};
    for (QGroupBox* box : window->findChildren<QGroupBox*>())
        if (box->isVisibleTo(window))
            if (const int key = mnemonicKey(box->title()))
                out << Mnemonic{key, box->title(), box, nullptr};
    if (auto* main = qobject_cast<QMainWindow*>(window))
        for (QAction* menu : main->menuBar()->actions())
            if (const int key = mnemonicKey(menu->text()))
                out << Mnemonic{key, menu->text(), main->menuBar(), nullptr};
    return out;
}

// Each letter once; each label's letter moves the cursor into its field.
void checkMnemonics(QWidget* window, const QString& place)
{
    SCOPED_TRACE(place.toStdString());
    const QList<Mnemonic> all = reachableMnemonics(window);
    QHash<int, QStringList> byKey;
    for (const Mnemonic& m : all)
        byKey[m.key] << m.text;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        EXPECT_EQ(it.value().size(), 1)
            << "Alt+" << QKeySequence(it.key()).toString().toStdString()
            << " is used by: " << it.value().join(QStringLiteral(" | ")).toStdString();
    for (const Mnemonic& m : all) {
        if (!m.buddy || !m.buddy->isEnabled() || byKey.value(m.key).size() != 1)
            continue;
        window->setFocus();
        QTest::keyClick(window, Qt::Key(m.key), Qt::AltModifier);
        EXPECT_EQ(QApplication::focusWidget(), focusTarget(m.buddy))
            << m.text.toStdString() << " (Alt+" << QKeySequence(m.key).toString().toStdString()
            << ") focused "
            << (QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className()
                                            : "nothing");
    }
}

void checkDialog(QDialog& dialog, const QString& name)
{
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog)) << name.toStdString();
    // A dialog with tabs is a page per tab: only the tab shown can be reached.
    if (auto* tabs = dialog.findChild<QTabWidget*>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            checkMnemonics(&dialog, name + QStringLiteral(" / ") + tabs->tabText(i));
        }
    } else {
        checkMnemonics(&dialog, name);
    }
    // Escape cancels, wherever the cursor is.
    QWidget* focused = QApplication::focusWidget();
    QTest::keyClick(focused ? focused : &dialog, Qt::Key_Escape);
    EXPECT_FALSE(dialog.isVisible()) << name.toStdString() << ": Escape did not close it";
    EXPECT_EQ(dialog.result(), QDialog::Rejected) << name.toStdString();
}

class LanguageScope
{
public:
    explicit LanguageScope(const QString& language)
    {
        if (language == QLatin1String("en")) {
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
            return;
        }
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        m_loaded = m_translator.load(QStringLiteral(":/i18n/orderdesk_%1.qm").arg(language));
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~LanguageScope()
    {
        if (m_loaded)
            QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

} // namespace

class MnemonicsTest : public ::testing::TestWithParam<const char*>
{
protected:
    void SetUp() override
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OrderDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("MnemonicsTest"));
        m_language = std::make_unique<LanguageScope>(QString::fromLatin1(GetParam()));
        if (QLatin1String(GetParam()) != QLatin1String("en")) {
            ASSERT_TRUE(m_language->loaded()) << "the Chinese translation is compiled in";
        }
        m_order = m_orders.addDraft(m_orders.customerEast, 3, 0, 2);
        m_orders.submit(m_order);
    }

    TestDatabase m_db{Role::Administrator};
    UiOrderFactory m_orders{m_db};
    qint64 m_order = 0;
    std::unique_ptr<LanguageScope> m_language;
};

TEST_P(MnemonicsTest, EveryPageUsesEachLetterOnceAndLabelsLeadToTheirFields)
{
    MainWindow window(m_db.session());
    window.resize(1280, 800);
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    for (const QString& page :
         {QString::fromLatin1(PageIds::Orders), QString::fromLatin1(PageIds::Intake),
          QString::fromLatin1(PageIds::Confirmation), QString::fromLatin1(PageIds::Customers),
          QString::fromLatin1(PageIds::Products), QString::fromLatin1(PageIds::Audit),
          QString::fromLatin1(PageIds::Invoicing), QString::fromLatin1(PageIds::Payments),
          QString::fromLatin1(PageIds::Receivables), QString::fromLatin1(PageIds::Shipments),
          QString::fromLatin1(PageIds::Dashboard), QString::fromLatin1(PageIds::Bottlenecks),
          QString::fromLatin1(PageIds::OnTime), QString::fromLatin1(PageIds::Suggestions),
          QString::fromLatin1(PageIds::Rules), QString::fromLatin1(PageIds::Exceptions),
          QString::fromLatin1(PageIds::Changes), QString::fromLatin1(PageIds::Planning),
          QString::fromLatin1(PageIds::Capacity), QString::fromLatin1(PageIds::Lessons)}) {
        ASSERT_TRUE(window.hasPage(page));
        window.showPage(page);
        checkMnemonics(&window,
                       window.findChild<QStackedWidget*>()->currentWidget()->metaObject()->className());
    }
}

TEST_P(MnemonicsTest, EveryDialogUsesEachLetterOnceLeadsToItsFieldsAndEscapeCancels)
{
    MainWindow window(m_db.session());
    Session& session = m_db.session();
    const Order order = m_orders.load(m_order);
    {
        OrderDetailDialog dialog(session, m_order, &window);
        checkDialog(dialog, QStringLiteral("order detail"));
    }
    {
        CustomerDialog dialog(session, Customer(), &window);
        checkDialog(dialog, QStringLiteral("customer"));
    }
    {
        ProductDialog dialog(session, Product(), &window);
        checkDialog(dialog, QStringLiteral("product"));
    }
    {
        SettingsDialog dialog(session, &window);
        checkDialog(dialog, QStringLiteral("settings"));
    }
    {
        UsersDialog dialog(session, &window);
        checkDialog(dialog, QStringLiteral("users"));
    }
    {
        UserAccountDialog dialog(session, UserAccountDialog::Mode::AddUser, {}, &window);
        checkDialog(dialog, QStringLiteral("add user"));
    }
    {
        ChangePasswordDialog dialog(session, &window);
        checkDialog(dialog, QStringLiteral("change password"));
    }
    {
        RecordConfirmationDialog dialog(session, m_order, order.revision, order.orderNo,
                                        QStringLiteral("刘经理"), &window);
        checkDialog(dialog, QStringLiteral("record confirmation"));
    }
    {
        ReturnToDraftDialog dialog(session, m_order, order.orderNo, &window);
        checkDialog(dialog, QStringLiteral("return to draft"));
    }
    {
        CsvImportDialog dialog(session, CsvImportReport::Kind::Customers, &window);
        checkDialog(dialog, QStringLiteral("CSV import"));
    }
    {
        NoteDialog dialog(QStringLiteral("Put on hold"), QStringLiteral("Note:"), &window);
        checkDialog(dialog, QStringLiteral("note"));
    }
    {
        InvoiceSummary invoice;
        invoice.invoiceNo = QStringLiteral("INV-2026-000001");
        OfficialInvoiceDialog official(session, invoice, &window);
        checkDialog(official, QStringLiteral("official 发票 number"));
        CreditNoteDialog credit(session, invoice, &window);
        checkDialog(credit, QStringLiteral("credit note"));
        DepositInvoiceDialog deposit(session, session.today(), &window);
        checkDialog(deposit, QStringLiteral("deposit invoice"));
        Payment payment;
        payment.customerId = m_orders.customerEast;
        payment.reference = QStringLiteral("BANK-1");
        ReapplyPaymentDialog reapply(session, payment, &window);
        checkDialog(reapply, QStringLiteral("re-apply payment"));
        CsvImportDialog payments(session, CsvImportReport::Kind::Payments, &window);
        checkDialog(payments, QStringLiteral("payments CSV import"));
        ProvisionDialog provision(session, &window);
        checkDialog(provision, QStringLiteral("doubtful receivables"));
    }
    {
        ShortcutsDialog dialog(window.menuBar(), &window);
        checkDialog(dialog, QStringLiteral("keyboard shortcuts"));
    }
    {
        SignInDialog dialog(m_db.session(), &window);
        checkDialog(dialog, QStringLiteral("sign in"));
    }
    {
        FirstRunDialog dialog(m_db.session(), &window);
        checkDialog(dialog, QStringLiteral("first run"));
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, MnemonicsTest, ::testing::Values("en", "zh_CN"));

TEST(KeyboardShortcutsTest, HelpKeyboardShortcutsListsTheMenusShortcutsAndTheGridKeys)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    TestDatabase db;
    MainWindow window(db.session());
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QStringList rows;
    window.setDialogHook([&](QDialog* dialog) {
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("shortcutsTable"));
        ASSERT_NE(table, nullptr);
        for (int row = 0; row < table->rowCount(); ++row)
            rows << table->item(row, 0)->text() + QStringLiteral(" = ") +
                        (table->item(row, 1) ? table->item(row, 1)->text() : QString());
    });
    QTest::keyClick(&window, Qt::Key_F1); // Help → Keyboard shortcuts
    const QString all = rows.join(u'\n');
    EXPECT_TRUE(all.contains(QStringLiteral("Ctrl+N = New order"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Ctrl+S = Save"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Ctrl+F = Find…"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("F2 = "))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Ctrl+Enter = "))) << all.toStdString();
    // Each shortcut of the menus is there, as it is set on its action.
    for (QAction* action : window.findChildren<QAction*>()) {
        if (!action->shortcut().isEmpty()) {
            EXPECT_TRUE(all.contains(action->shortcut().toString(QKeySequence::NativeText)))
                << action->text().toStdString();
        }
    }
}

} // namespace od::test
