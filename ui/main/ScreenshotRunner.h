#pragma once

#include "Error.h"
#include "Session.h"

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace od {

class MainWindow;

// `orderdesk --screenshots DIR`: every page of the main window at 1280×800 and the main
// dialogs, filled with the database's data, saved as PNG files for review and documentation.
class ScreenshotRunner
{
    Q_DECLARE_TR_FUNCTIONS(ScreenshotRunner)

public:
    // Confirmed orders planned before the pictures are taken.
    static constexpr int ScreenshotPlans = 25;

    ScreenshotRunner(Session& session, QString outputDir);

    // The files written, or what went wrong.
    Result<QStringList> run();
    // Lets layouts, lazy pages and background reads finish before a picture is taken.
    static void settle(int milliseconds = 150);

private:
    Status save(QWidget* widget, const QString& name);
    qint64 pickDetailOrder();
    qint64 pickDraftOrder();
    // A planned order promised later than asked whose customer has not accepted yet (0 = none).
    qint64 pickOrderAwaitingAcceptance();
    void captureDialogs(MainWindow& window);
    // Payments and Receivables with a customer chosen that has paid something, if any has.
    void showPayingCustomer(MainWindow& window, const QString& page);

    Session& m_session;
    QString m_outputDir;
    QStringList m_written;
};

} // namespace od
