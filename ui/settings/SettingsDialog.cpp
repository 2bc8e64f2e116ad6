#include "SettingsDialog.h"

#include "RiskService.h"

#include "Permissions.h"
#include "SettingsService.h"
#include "main/Translation.h"
#include "widgets/DialogKeys.h"
#include "widgets/ValidatedForm.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace od {

namespace {

QPlainTextEdit* makeTextBox(QWidget* parent, const QString& name, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QLineEdit* makeLine(QWidget* parent, const QString& name)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    return edit;
}

} // namespace

SettingsDialog::SettingsDialog(Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    resize(720, 640);

    auto* tabs = new QTabWidget(this);
    tabs->addTab(buildGeneralPage(), tr("General"));
    tabs->addTab(buildCompanyPage(), tr("Company and documents"));
    tabs->addTab(buildRiskPage(), tr("Early warning"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The address and terms take several lines: Enter is theirs, Ctrl+Enter saves.
    DialogKeys::confirmWithCtrlEnter(this, buttons->button(QDialogButtonBox::Save));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    load();
}

QWidget* SettingsDialog::buildGeneralPage()
{
    auto* page = new QWidget(this);
    m_generalForm = new ValidatedForm(page);

    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const QString& language : Translation::supportedLanguages())
        m_language->addItem(Translation::nativeName(language), language);
    m_languageNote = new QLabel(tr("A new language takes effect when OrderDesk is started again."), page);
    m_languageNote->setWordWrap(true);
    m_languageNote->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_generalForm->addField(QStringLiteral("language"), tr("&Language:"), m_language);
    m_generalForm->addRow(m_languageNote);

    m_user = new QLabel(page);
    m_user->setObjectName(QStringLiteral("signedInUser"));
    m_user->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_generalForm->addField(QStringLiteral("local_user"), tr("Signed in as:"), m_user);
    auto* userNote =
        new QLabel(tr("Orders you enter and status changes you make are recorded under this name. "
                      "Another person signs in with File → Switch user (Ctrl+Shift+L)."),
                   page);
    userNote->setWordWrap(true);
    userNote->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_generalForm->addRow(userNote);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_generalForm);
    layout->addStretch(1);
    return page;
}

QWidget* SettingsDialog::buildCompanyPage()
{
    auto* page = new QWidget(this);
    m_companyForm = new ValidatedForm(page);

    m_name = makeLine(page, QStringLiteral("companyName"));
    m_companyForm->addField(QStringLiteral("name"), tr("Company &name:"), m_name);
    m_address = makeTextBox(page, QStringLiteral("companyAddress"), 2);
    m_companyForm->addField(QStringLiteral("address"), tr("&Address:"), m_address);
    m_phone = makeLine(page, QStringLiteral("companyPhone"));
    m_companyForm->addField(QStringLiteral("phone"), tr("&Phone:"), m_phone);
    m_taxId = makeLine(page, QStringLiteral("companyTaxId"));
    m_taxId->setPlaceholderText(tr("Unified social credit code"));
    m_companyForm->addField(QStringLiteral("tax_id"), tr("&Tax ID:"), m_taxId);
    m_bankAccount = makeLine(page, QStringLiteral("companyBankAccount"));
    m_bankAccount->setPlaceholderText(tr("Bank name and account number"));
    m_companyForm->addField(QStringLiteral("bank_account"), tr("&Bank account:"), m_bankAccount);

    m_logo = makeLine(page, QStringLiteral("companyLogo"));
    m_logo->setPlaceholderText(tr("No logo"));
    m_logo->setClearButtonEnabled(true);
    auto* browse = new QPushButton(tr("Choose…"), page);
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseLogo);
    m_logoPreview = new QLabel(page);
    m_logoPreview->setFixedSize(96, 40);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    connect(m_logo, &QLineEdit::textChanged, this, &SettingsDialog::updateLogoPreview);
    auto* logoCell = new QWidget(page);
    auto* logoRow = new QHBoxLayout(logoCell);
    logoRow->setContentsMargins(0, 0, 0, 0);
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(browse);
    logoRow->addWidget(m_logoPreview);
    logoCell->setFocusProxy(m_logo); // Alt+L goes to the path
    m_companyForm->addField(QStringLiteral("logo"), tr("&Logo:"), logoCell);

    m_terms = makeTextBox(page, QStringLiteral("companyTerms"), 4);
    m_terms->setPlaceholderText(tr("Payment and delivery terms printed on the order confirmation"));
    m_companyForm->addField(QStringLiteral("terms"), tr("Te&rms:"), m_terms);

    m_prefix = makeLine(page, QStringLiteral("orderPrefix"));
    m_prefix->setMaxLength(8);
    m_prefix->setToolTip(tr("Order numbers look like %1-2026-000123.").arg(QStringLiteral("SO")));
    m_companyForm->addField(QStringLiteral("order_prefix"), tr("Order number pre&fix:"), m_prefix);
    m_taxRate = makeLine(page, QStringLiteral("taxRate"));
    m_taxRate->setPlaceholderText(QStringLiteral("13"));
    m_companyForm->addField(QStringLiteral("tax_rate"), tr("Default ta&x rate (%):"), m_taxRate);
    m_currency = makeLine(page, QStringLiteral("currency"));
    m_currency->setMaxLength(3);
    m_companyForm->addField(QStringLiteral("currency"), tr("&Currency:"), m_currency);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_companyForm);
    layout->addStretch(1);
    return page;
}

QWidget* SettingsDialog::buildRiskPage()
{
    auto* page = new QWidget(this);
    m_riskForm = new ValidatedForm(page);
    m_riskMargin = new QSpinBox(page);
    m_riskMargin->setObjectName(QStringLiteral("riskMargin"));
    m_riskMargin->setRange(0, RiskSettings::MaxDays);
    m_riskMargin->setSuffix(tr(" days"));
    m_riskMargin->setToolTip(
        tr("An order without a plan that is due within this many days and not ready to ship "
           "is at risk."));
    m_riskForm->addField(QStringLiteral("margin"), tr("At-risk &margin:"), m_riskMargin);
    m_confirmationDays = new QSpinBox(page);
    m_confirmationDays->setObjectName(QStringLiteral("confirmationPendingDays"));
    m_confirmationDays->setRange(0, RiskSettings::MaxDays);
    m_confirmationDays->setSuffix(tr(" days"));
    m_confirmationDays->setToolTip(
        tr("An order the customer has not confirmed after this many days is at risk."));
    m_riskForm->addField(QStringLiteral("confirmation_days"), tr("Confirmation &pending:"),
                         m_confirmationDays);
    m_transitDays = new QSpinBox(page);
    m_transitDays->setObjectName(QStringLiteral("transitDays"));
    m_transitDays->setRange(0, RiskSettings::MaxDays);
    m_transitDays->setSuffix(tr(" days"));
    m_transitDays->setToolTip(tr("A shipment the customer has not signed for after this many days is at "
                                 "risk, and late once the order's due date has passed."));
    m_riskForm->addField(QStringLiteral("transit_days"), tr("In &transit:"), m_transitDays);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_riskForm);
    layout->addStretch(1);
    return page;
}

void SettingsDialog::load()
{
    m_mayEditCompany = Permissions::allows(m_session, Permission::EditSettings);
    if (!m_mayEditCompany) {
        // Shown, not editable: the details printed on documents are the manager's to change.
        for (QLineEdit* edit :
             {m_name, m_phone, m_taxId, m_bankAccount, m_logo, m_prefix, m_taxRate, m_currency})
            edit->setReadOnly(true);
        for (QPlainTextEdit* edit : {m_address, m_terms})
            edit->setReadOnly(true);
        m_companyForm->showFieldError(
            QStringLiteral("name"), PermissionInfo::refusal(m_session.user().role, Permission::EditSettings));
    }
    const int languageIndex = m_language->findData(Translation::savedLanguage());
    m_language->setCurrentIndex(qMax(0, languageIndex));

    m_user->setText(QStringLiteral("%1 (%2, %3)")
                        .arg(m_session.user().displayName, m_session.user().name,
                             RoleInfo::displayName(m_session.user().role)));

    if (auto risk = RiskService(m_session).settings()) {
        m_riskMargin->setValue(risk->atRiskMarginDays);
        m_confirmationDays->setValue(risk->confirmationPendingDays);
        m_transitDays->setValue(risk->transitDays);
    } else {
        m_riskForm->showError(risk.error());
    }
    m_riskMargin->setReadOnly(!m_mayEditCompany);
    m_confirmationDays->setReadOnly(!m_mayEditCompany);
    m_transitDays->setReadOnly(!m_mayEditCompany);

    auto company = SettingsService(m_session).company();
    if (!company) {
        m_companyForm->showError(company.error());
        return;
    }
    m_loaded = *company;
    m_name->setText(m_loaded.name);
    m_address->setPlainText(m_loaded.address);
    m_phone->setText(m_loaded.phone);
    m_taxId->setText(m_loaded.taxId);
    m_bankAccount->setText(m_loaded.bankAccount);
    m_logo->setText(m_loaded.logoPath);
    m_terms->setPlainText(m_loaded.terms);
    m_prefix->setText(m_loaded.orderPrefix);
    m_taxRate->setText(m_loaded.defaultTaxRate.toPercentString());
    m_currency->setText(m_loaded.currency);
    updateLogoPreview();
}

void SettingsDialog::chooseLogo()
{
    const QString start = m_logo->text().isEmpty() ? QString() : QFileInfo(m_logo->text()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose the company logo"), start,
                                                      tr("Images (*.png *.jpg *.jpeg *.bmp *.svg)"));
    if (!file.isEmpty())
        m_logo->setText(QDir::toNativeSeparators(file));
}

void SettingsDialog::updateLogoPreview()
{
    const QString path = m_logo->text().trimmed();
    const QPixmap logo(path);
    if (path.isEmpty() || logo.isNull()) {
        m_logoPreview->clear();
        return;
    }
    m_logoPreview->setPixmap(
        logo.scaled(m_logoPreview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

bool SettingsDialog::checkLocally(CompanyProfile* profile)
{
    m_companyForm->clearErrors();
    m_generalForm->clearErrors();
    profile->name = m_name->text().trimmed();
    profile->address = m_address->toPlainText().trimmed();
    profile->phone = m_phone->text().trimmed();
    profile->taxId = m_taxId->text().trimmed();
    profile->bankAccount = m_bankAccount->text().trimmed();
    profile->logoPath = m_logo->text().trimmed();
    profile->terms = m_terms->toPlainText().trimmed();
    profile->orderPrefix = m_prefix->text().trimmed();
    profile->currency = m_currency->text().trimmed().toUpper();
    if (profile->name.isEmpty()) {
        m_companyForm->showFieldError(QStringLiteral("name"),
                                      tr("Enter the company name printed on documents."));
        return false;
    }
    if (!profile->logoPath.isEmpty() && QImageReader(profile->logoPath).format().isEmpty()) {
        m_companyForm->showFieldError(QStringLiteral("logo"),
                                      tr("This file is not an image OrderDesk can read."));
        return false;
    }
    const auto rate = BasisPoints::parsePercent(m_taxRate->text().trimmed());
    if (!rate) {
        m_companyForm->showFieldError(QStringLiteral("tax_rate"), tr("Not a percentage: e.g. 13 or 9.5."));
        return false;
    }
    profile->defaultTaxRate = *rate;
    return true;
}

bool SettingsDialog::save()
{
    SettingsService settings(m_session);
    if (m_mayEditCompany) {
        CompanyProfile profile = m_loaded;
        if (!checkLocally(&profile))
            return false;
        if (auto ok = settings.setCompany(profile); !ok) {
            m_companyForm->showError(ok.error());
            return false;
        }
        m_loaded = profile;
        RiskSettings risk;
        risk.atRiskMarginDays = m_riskMargin->value();
        risk.confirmationPendingDays = m_confirmationDays->value();
        risk.transitDays = m_transitDays->value();
        if (auto ok = RiskService(m_session).setSettings(risk); !ok) {
            m_riskForm->showError(ok.error());
            return false;
        }
    } else {
        m_generalForm->clearErrors();
    }

    const QString language = m_language->currentData().toString();
    m_languageChanged = language != Translation::savedLanguage();
    Translation::saveLanguage(language);
    return true;
}

void SettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace od
