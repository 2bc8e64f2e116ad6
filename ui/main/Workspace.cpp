#include "Workspace.h"

#include "BackupService.h"
#include "main/DailyBackup.h"
#include "main/MainWindow.h"
#include "main/RiskWatch.h"
#include "main/RuleWatch.h"
#include "main/SignInDialog.h"

#include <QApplication>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace od {

Workspace::Workspace(Session& session, QObject* parent) : QObject(parent), m_session(session)
{
    m_signIn = [this](Session& s) {
        SignInDialog dialog(s);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        s.setUser(dialog.user());
        setNotice(dialog.notice());
        return true;
    };
}

Workspace::~Workspace() = default;

void Workspace::start()
{
    openWindow();
    if (m_riskWatch) {
        // Every open order's risk, at start and each morning, behind whichever window is up; the
        // window then tells its user what became at risk since they last looked.
        auto* watch = new RiskWatch(m_session.factory(), this);
        // The automation rules' morning work follows the early warning's, once a day.
        auto* rules = new RuleWatch(m_session.factory(), this);
        connect(watch, &RiskWatch::finished, this, [this, rules](bool ok, const QString& message) {
            rules->runIfDue();
            if (!m_window)
                return;
            if (!ok)
                m_window->statusBar()->showMessage(message, 10000);
            m_window->showRiskNotice();
        });
        connect(rules, &RuleWatch::finished, this, [this](bool ok, bool changed, const QString& message) {
            if (!m_window)
                return;
            if (!ok)
                m_window->statusBar()->showMessage(message, 10000);
            if (changed)
                m_window->refreshPages(); // My work shows what the rules fired
        });
        watch->start();
    }
    if (!m_dailyBackup)
        return;
    // Today's backup is made behind the window, for whoever signs in first.
    auto* backup = new DailyBackup(m_session.factory(), BackupService::defaultBackupDir(), this);
    connect(backup, &DailyBackup::finished, this, [this](bool, const QString& message) {
        if (!message.isEmpty() && m_window)
            m_window->statusBar()->showMessage(message, 10000);
    });
    backup->start();
}

void Workspace::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_session);
    connect(m_window.get(), &MainWindow::switchUserRequested, this, &Workspace::switchUser,
            Qt::QueuedConnection);
    m_window->show();
    if (!m_notice.isEmpty())
        m_window->statusBar()->showMessage(m_notice, 60000);
    m_notice.clear();
    Q_EMIT windowReplaced(m_window.get());
}

void Workspace::switchUser()
{
    if (!m_window)
        return;
    // The window is gone before anyone else signs in: nothing of the last user stays on screen.
    const bool quitOnClose = QApplication::quitOnLastWindowClosed();
    QApplication::setQuitOnLastWindowClosed(false);
    m_window->hide();
    m_window.reset();
    spdlog::info("{} signed out", m_session.user().name.toStdString());
    m_session.setUser(User{0, {}, {}, Role::Salesperson, false});
    const bool signedIn = m_signIn(m_session);
    QApplication::setQuitOnLastWindowClosed(quitOnClose);
    if (!signedIn) {
        QApplication::quit();
        return;
    }
    QSettings().setValue(QStringLiteral("lastUser"), m_session.user().name);
    spdlog::info("signed in as {}", m_session.user().name.toStdString());
    openWindow();
}

} // namespace od
