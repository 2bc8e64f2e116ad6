#pragma once

#include "ChangeImpact.h"
#include "ChangeRequest.h"
#include "CompanyProfile.h"
#include "OrderPlan.h"
#include "Session.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

namespace od {

class OrderChange;

// Customers' changes to orders that are confirmed or later (变更): the salesperson records what
// the customer asked and why; before anyone decides, the request shows its impact (totals with
// tax, the earliest delivery from the capacity plan and the orders pushed later, the credit limit);
// a manager approves it, which in one transaction makes a new revision, plans it and sends it back
// to the customer for confirmation, or rejects it back to the salesperson. A request never changes
// the order until it is approved; one undecided request per order at a time.
class ChangeRequestService
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRequestService)

public:
    struct Outcome
    {
        ChangeRequest request;
        ChangeImpact impact;
    };

    // What the change confirmation document prints: the order as it was and as it is (the
    // request's two revisions once approved; before that, the order now and as the change would
    // make it) and the company's letterhead.
    struct DocumentSource
    {
        ChangeRequest request;
        Order before;
        Order after;
        CompanyProfile company;
    };

    explicit ChangeRequestService(Session& session) : m_session(session) {}

    // The impact of `draft` on its order as it is now, saving nothing (the form's live preview).
    Result<ChangeImpact> impact(ChangeRequest draft);
    // Records the request (waiting for approval, or a draft when !submit) with its impact.
    Result<Outcome> request(ChangeRequest draft, bool submit = true);
    // A draft goes to the managers for approval.
    Status submit(qint64 changeId);
    // A manager approves: the order's new revision, its plan, back to the customer, in one
    // transaction. Refused when the order changed since the request was made.
    Result<ChangeRequest> approve(qint64 changeId, const QString& note);
    // The small-change automation rule approves a request waiting for approval, instead of a
    // manager and in the same transaction as theirs (new revision, plan, back to the customer,
    // audited), the rule's reasons as the decision note, its firing recorded in it. Refused
    // (Conflict, saying why) when the rule is off or the request does not qualify
    // (SmallChangeApproval); RuleEngine asks it when a request starts waiting.
    Result<ChangeRequest> approveByRule(qint64 changeId);
    // A manager rejects, saying why; the request goes back to the salesperson's My work.
    Status reject(qint64 changeId, const QString& note);
    // The planner enters what the production already done costs to scrap or rework.
    Status setScrapCost(qint64 changeId, Money cost, const QString& note);

    Result<QList<ChangeRequest>> list(const ChangeRequestFilter& filter, int limit = 5000);
    Result<ChangeRequest> change(qint64 changeId);
    Result<ChangeRequest> byNumber(const QString& changeNo);
    // The impact of a stored request on its order as it is now.
    Result<ChangeImpact> impactOf(qint64 changeId);

    Result<DocumentSource> documentSource(qint64 changeId);

    // Whether the user may approve this request (not one they asked themselves, without the right).
    bool mayDecide(const ChangeRequest& request) const;
    // Whether the user may reject requests.
    bool mayReject() const;

    // Inside a confirmation's transaction: the requests waiting for the customer's confirmation
    // of that revision are done, each with its timeline entry.
    static Status customerConfirmed(OrderChange& change, int revision);

private:
    Result<ChangeRequest> visible(qint64 changeId);
    // The added lines' products from their SKUs (at their list prices).
    Status resolveProducts(ChangeRequest& draft);
    Result<QMap<int, Quantity>> shipped(qint64 orderId);
    Result<ChangeImpact> compute(const Order& order, const ChangeRequest& request);
    Status requireDecision(const ChangeRequest& request, bool approving);
    // Approves `request` (already checked as decidable) with `comment`; by the rule when `byRule`.
    Result<ChangeRequest> decide(ChangeRequest request, QString comment, bool byRule);
    // The new plan of an approved change keeps what was done on the old one: each step's owner,
    // and the quantity done and actual dates of a step started or finished (matched by line, step,
    // kind and work centre).
    static void carryProgress(OrderPlan& plan, const OrderPlan& before, const Order& after,
                              const QDate& today);

    Session& m_session;
};

} // namespace od
