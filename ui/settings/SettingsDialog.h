#pragma once

#include "CompanyProfile.h"
#include "Session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QPlainTextEdit;

namespace od {

class SettingsService;
class ValidatedForm;

// Language, who is signed in, and the company details printed on documents (stored in the
// database, so every PC sharing it prints the same). Nothing is saved until every field passes.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(Session& session, QWidget* parent = nullptr);

    // Checks and saves; on a problem the message appears next to its field and the dialog stays.
    bool save();
    bool languageChanged() const { return m_languageChanged; }

    void accept() override;

private:
    QWidget* buildGeneralPage();
    QWidget* buildCompanyPage();
    QWidget* buildRiskPage();
    void load();
    void chooseLogo();
    void updateLogoPreview();
    // Checks what the service does not (logo file, company name); false with messages shown.
    bool checkLocally(CompanyProfile* profile);

    Session& m_session;
    CompanyProfile m_loaded;
    bool m_languageChanged = false;

    ValidatedForm* m_generalForm = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr;
    QLabel* m_user = nullptr;
    bool m_mayEditCompany = false;

    ValidatedForm* m_companyForm = nullptr;
    ValidatedForm* m_riskForm = nullptr;
    QSpinBox* m_riskMargin = nullptr;
    QSpinBox* m_confirmationDays = nullptr;
    QSpinBox* m_transitDays = nullptr;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_taxId = nullptr;
    QLineEdit* m_bankAccount = nullptr;
    QLineEdit* m_logo = nullptr;
    QLabel* m_logoPreview = nullptr;
    QPlainTextEdit* m_terms = nullptr;
    QLineEdit* m_prefix = nullptr;
    QLineEdit* m_taxRate = nullptr;
    QLineEdit* m_currency = nullptr;
};

} // namespace od
