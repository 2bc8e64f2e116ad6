#pragma once

#include "Confirmation.h"
#include "Money.h"
#include "Session.h"

#include <QCoreApplication>
#include <QList>

namespace od {

// (What waits for an answer, and the answers recorded, are read through OrderQueryService.)
// Recording the customer's answer to a sent order: confirmed (who, how, when, remarks, an
// optional file) or returned to draft with a reason.
class ConfirmationService
{
    Q_DECLARE_TR_FUNCTIONS(ConfirmationService)

public:
    explicit ConfirmationService(Session& session) : m_session(session) {}

    // Records that the customer confirmed revision `revision` of the order; refused when the
    // order has moved on to another revision or is not awaiting confirmation. A non-empty
    // attachmentSource is copied into the attachments folder beside the database and hashed.
    Status record(qint64 orderId, int revision, Confirmation confirmation,
                  const QString& attachmentSource = {});

    // The customer did not accept it: back to draft, with the reason on the timeline.
    Status returnToDraft(qint64 orderId, const QString& reason);

    // Folder where confirmation attachments of this database are kept.
    QString attachmentsDir() const;

private:
    Session& m_session;
};

} // namespace od
