#include "FirstRunDialog.h"

#include "AccountService.h"
#include "DemoDataGenerator.h"
#include "SettingsService.h"
#include "widgets/BackgroundTask.h"
#include "widgets/Formatting.h"
#include "widgets/ValidatedForm.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace od {

namespace {

QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #5f6368;"));
    return label;
}

// A login name suggested from the system account: letters, digits, dots, dashes, underscores.
QString suggestedLoginName()
{
    QString name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    name.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")));
    return name.isEmpty() || name == QLatin1String("root") ? QStringLiteral("admin") : name.left(32);
}

} // namespace

FirstRunDialog::FirstRunDialog(Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to OrderDesk"));
    setMinimumWidth(560);

    auto* title = new QLabel(tr("Welcome to OrderDesk"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* intro = hint(tr("This database is new: %1\nHow would you like to start?")
                           .arg(QDir::toNativeSeparators(session.databasePath())),
                       this);

    m_emptyChoice = new QRadioButton(tr("Set up &my company (empty)"), this);
    m_emptyChoice->setObjectName(QStringLiteral("emptyChoice"));
    m_demoChoice = new QRadioButton(tr("Explore a &demo company"), this);
    m_demoChoice->setObjectName(QStringLiteral("demoChoice"));
    m_emptyChoice->setChecked(true);

    m_emptyPage = new QWidget(this);
    m_form = new ValidatedForm(m_emptyPage);
    m_companyName = new QLineEdit(m_emptyPage);
    m_companyName->setObjectName(QStringLiteral("companyName"));
    m_form->addField(QStringLiteral("company_name"), tr("Company &name:"), m_companyName);
    m_displayName = new QLineEdit(m_emptyPage);
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_displayName->setPlaceholderText(tr("e.g. 王芳"));
    m_form->addField(QStringLiteral("display_name"), tr("&Your name:"), m_displayName);
    m_loginName = new QLineEdit(suggestedLoginName(), m_emptyPage);
    m_loginName->setObjectName(QStringLiteral("loginName"));
    m_form->addField(QStringLiteral("name"), tr("&Login name:"), m_loginName);
    m_password = new QLineEdit(m_emptyPage);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("At least %1 characters").arg(AccountService::MinPasswordLength));
    m_form->addField(QStringLiteral("password"), tr("&Password:"), m_password);
    m_passwordRepeat = new QLineEdit(m_emptyPage);
    m_passwordRepeat->setObjectName(QStringLiteral("passwordRepeat"));
    m_passwordRepeat->setEchoMode(QLineEdit::Password);
    m_form->addField(QStringLiteral("password_repeat"), tr("&Repeat password:"), m_passwordRepeat);
    m_form->addRow(
        hint(tr("You become the administrator. Customers, products and colleagues can be added later."),
             m_emptyPage));
    auto* emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->setContentsMargins(24, 0, 0, 0);
    emptyLayout->addWidget(m_form);

    m_demoPage = new QWidget(this);
    m_demoOrders = new QSpinBox(m_demoPage);
    m_demoOrders->setObjectName(QStringLiteral("demoOrders"));
    m_demoOrders->setRange(10, 100'000);
    m_demoOrders->setSingleStep(500);
    m_demoOrders->setValue(2'000);
    m_demoOrders->setGroupSeparatorShown(true);
    m_demoOrders->setSuffix(tr(" orders"));
    m_progress = new QProgressBar(m_demoPage);
    m_progress->setObjectName(QStringLiteral("demoProgress"));
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_demoStatus = new QLabel(m_demoPage);
    m_demoStatus->setWordWrap(true);
    auto* demoLayout = new QVBoxLayout(m_demoPage);
    demoLayout->setContentsMargins(24, 0, 0, 0);
    demoLayout->addWidget(
        hint(tr("A valve and pump maker with its staff, customers, catalogue and a year of orders "
                "in every stage, to try OrderDesk out. Use a separate database for real work."),
             m_demoPage));
    demoLayout->addWidget(m_demoOrders, 0, Qt::AlignLeft);
    demoLayout->addWidget(m_progress);
    demoLayout->addWidget(m_demoStatus);

    m_buttons = new QDialogButtonBox(this);
    m_startButton = m_buttons->addButton(tr("&Start"), QDialogButtonBox::AcceptRole);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(m_emptyChoice);
    layout->addWidget(m_emptyPage);
    layout->addWidget(m_demoChoice);
    layout->addWidget(m_demoPage);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_emptyChoice, &QRadioButton::toggled, this, &FirstRunDialog::updateMode);
    updateMode();
    m_companyName->setFocus();
}

FirstRunDialog::~FirstRunDialog() = default;

bool FirstRunDialog::demoChosen() const
{
    return m_demoChoice->isChecked();
}

bool FirstRunDialog::isGenerating() const
{
    return m_demoTask && m_demoTask->isRunning();
}

void FirstRunDialog::updateMode()
{
    m_emptyPage->setEnabled(!demoChosen() && !isGenerating());
    m_demoPage->setEnabled(demoChosen() || isGenerating());
}

void FirstRunDialog::accept()
{
    if (isGenerating())
        return;
    if (demoChosen()) {
        startDemo();
        return;
    }
    if (createEmptyCompany())
        QDialog::accept();
}

void FirstRunDialog::reject()
{
    // Cancel while generating stops the generator (nothing is saved); a second Cancel leaves.
    if (isGenerating()) {
        m_demoTask->cancel();
        m_demoStatus->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

bool FirstRunDialog::createEmptyCompany()
{
    m_form->clearErrors();
    const QString companyName = m_companyName->text().trimmed();
    if (companyName.isEmpty()) {
        m_form->showFieldError(QStringLiteral("company_name"), tr("Enter your company's name."));
        return false;
    }
    if (m_displayName->text().trimmed().isEmpty()) {
        m_form->showFieldError(QStringLiteral("display_name"),
                               tr("Enter your name as it should appear on orders."));
        return false;
    }
    if (auto ok = AccountService::checkPasswordPolicy(m_password->text()); !ok) {
        m_form->showError(ok.error());
        return false;
    }
    if (m_password->text() != m_passwordRepeat->text()) {
        m_form->showFieldError(QStringLiteral("password_repeat"), tr("The two passwords differ."));
        return false;
    }
    // The company first: saving it again is harmless, while a second first administrator is refused.
    SettingsService settings(m_session);
    auto profile = settings.company();
    if (!profile) {
        m_form->showError(profile.error());
        return false;
    }
    profile->name = companyName;
    if (auto ok = settings.setCompany(*profile); !ok) {
        m_form->showError(ok.error());
        return false;
    }
    auto admin = AccountService(m_session).createFirstAdministrator(
        m_loginName->text(), m_displayName->text(), m_password->text());
    if (!admin) {
        m_form->showError(admin.error());
        return false;
    }
    m_administrator = *admin;
    return true;
}

void FirstRunDialog::startDemo()
{
    DemoOptions options;
    options.orders = m_demoOrders->value();
    m_demoOrdersMade = std::make_shared<qint64>(0);
    auto made = m_demoOrdersMade;
    m_demoTask = std::make_unique<BackgroundTask>(
        m_session.factory(), [options, made](Session& session, TaskProgress& progress) -> Status {
            progress.setMaximum(options.orders);
            auto outcome =
                DemoDataGenerator(session).generate(options, [&progress](qint64 done, qint64 total) {
                    progress.setMaximum(total);
                    progress.setValue(done);
                    return !progress.isCancelled();
                });
            if (!outcome)
                return std::unexpected(outcome.error());
            *made = outcome->cancelled ? -1 : outcome->orders;
            return {};
        });
    connect(
        m_demoTask.get(), &BackgroundTask::progressChanged, this,
        [this](qint64 value, qint64 maximum, const QString&) {
            m_progress->setValue(maximum > 0 ? int(value * 1000 / maximum) : 0);
            m_demoStatus->setText(
                tr("Generating orders: %1 of %2").arg(Formatting::count(value), Formatting::count(maximum)));
        });
    connect(m_demoTask.get(), &BackgroundTask::finished, this, &FirstRunDialog::onDemoFinished);
    m_progress->setValue(0);
    m_progress->show();
    m_demoStatus->setText(tr("Generating the demo company…"));
    m_startButton->setEnabled(false);
    m_emptyChoice->setEnabled(false);
    m_demoChoice->setEnabled(false);
    m_demoOrders->setEnabled(false);
    m_demoTask->start();
    updateMode();
}

void FirstRunDialog::onDemoFinished()
{
    const Status result = m_demoTask->result();
    const bool cancelled = m_demoTask->wasCancelled() || *m_demoOrdersMade < 0;
    m_demoTask.reset();
    m_startButton->setEnabled(true);
    m_emptyChoice->setEnabled(true);
    m_demoChoice->setEnabled(true);
    m_demoOrders->setEnabled(true);
    m_progress->hide();
    updateMode();
    if (!result) {
        m_demoStatus->setText(result.error().message);
        m_demoStatus->setStyleSheet(QStringLiteral("color: #c62828;"));
        return;
    }
    if (cancelled) {
        m_demoStatus->setText(tr("Cancelled. Nothing was saved."));
        return;
    }
    m_administrator = User();
    QDialog::accept();
}

} // namespace od
