#pragma once

#include "Session.h"

#include <QObject>

#include <functional>
#include <memory>

namespace od {

class MainWindow;

// The signed-in part of the application: one main window for the session's user. Switching user
// (File → Switch user) closes that window — its editors asked to save first — signs the next
// person in and builds a new window for their role, so no page, menu or cached row of the
// previous user survives. Today's automatic backup starts once, behind the first window.
class Workspace : public QObject
{
    Q_OBJECT

public:
    // Asks who signs in next; returns false when nobody does (the application then ends).
    // The default shows SignInDialog; tests replace it.
    using SignIn = std::function<bool(Session& session)>;

    explicit Workspace(Session& session, QObject* parent = nullptr);
    ~Workspace() override;

    void start();
    MainWindow* window() const { return m_window.get(); }
    void setSignIn(SignIn signIn) { m_signIn = std::move(signIn); }
    // Shown in the status bar of the next window (e.g. that the database was moved to the shared
    // data folder, or that an import elsewhere holds changes back); empty for none.
    void setNotice(QString notice) { m_notice = std::move(notice); }
    // Whether start() also starts today's backup (tests turn it off).
    void setDailyBackup(bool enabled) { m_dailyBackup = enabled; }
    // Whether start() also keeps the early warning up to date in the background (tests turn it off).
    void setRiskWatch(bool enabled) { m_riskWatch = enabled; }

Q_SIGNALS:
    // A new window is up for the user now signed in.
    void windowReplaced(MainWindow* window);

private:
    void openWindow();
    void switchUser();

    Session& m_session;
    std::unique_ptr<MainWindow> m_window;
    SignIn m_signIn;
    bool m_dailyBackup = true;
    bool m_riskWatch = true;
    QString m_notice;
};

} // namespace od
