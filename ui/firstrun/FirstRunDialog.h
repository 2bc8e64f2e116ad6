#pragma once

#include "Session.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace od {

class BackgroundTask;
class ValidatedForm;

// Shown when OrderDesk opens a database that has no users yet: start an empty company (its
// name and a first administrator with a password) or fill it with the demo company, generated in the
// background with a progress bar and a Cancel button.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    // `session` is on the new database; nobody is signed in yet.
    explicit FirstRunDialog(Session& session, QWidget* parent = nullptr);
    ~FirstRunDialog() override;

    // The administrator just created, signed in, after accept() of an empty company; none (id 0)
    // after the demo company, whose users sign in with their demo passwords.
    const User& administrator() const { return m_administrator; }
    bool demoChosen() const;
    bool isGenerating() const;

    void accept() override;
    void reject() override;

private:
    void updateMode();
    bool createEmptyCompany();
    void startDemo();
    void onDemoFinished();

    Session& m_session;
    User m_administrator;
    QRadioButton* m_emptyChoice = nullptr;
    QRadioButton* m_demoChoice = nullptr;
    QWidget* m_emptyPage = nullptr;
    QWidget* m_demoPage = nullptr;
    ValidatedForm* m_form = nullptr;
    QLineEdit* m_companyName = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_loginName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_passwordRepeat = nullptr;
    QSpinBox* m_demoOrders = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_demoStatus = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_startButton = nullptr;
    std::unique_ptr<BackgroundTask> m_demoTask;
    std::shared_ptr<qint64> m_demoOrdersMade;
};

} // namespace od
