#pragma once

#include "ChangeImpact.h"
#include "ChangeRequest.h"
#include "CliContext.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace od::cli {

// Customers' change requests: `change request|approve|reject` and the list, `changes`.
class ChangeCommands
{
    Q_DECLARE_TR_FUNCTIONS(ChangeCommands)

public:
    static bool handles(const QString& command);
    // `change pdf` draws a document, which needs a GUI application object.
    static bool needsGui(const QStringList& arguments);
    explicit ChangeCommands(CliContext& context) : m_ctx(context) {}
    int run(const QString& command);

private:
    int request(Session& session);
    int decide(Session& session, bool approve);
    int pdf(Session& session);
    int list();
    // The request as the options describe it, refused with the option at fault.
    Result<ChangeRequest> draftFromOptions(qint64 orderId);
    static QJsonObject impactJson(const ChangeRequest& request, const ChangeImpact& impact);

    CliContext& m_ctx;
};

} // namespace od::cli
