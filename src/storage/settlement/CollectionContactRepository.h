#pragma once

#include "CollectionContact.h"
#include "Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace od {

// A customer's latest promise that is broken, with what came in since the contact.
struct BrokenPromise
{
    CollectionContact contact;
    Money paidSince;
};

class CollectionContactRepository
{
    Q_DECLARE_TR_FUNCTIONS(CollectionContactRepository)

public:
    explicit CollectionContactRepository(Database& db) : m_db(db) {}

    Status insert(CollectionContact& contact);
    // Newest first.
    Result<QList<CollectionContact>> forCustomer(qint64 customerId, int limit);
    // Each customer's latest contact whose promised day is before `today` and whose promise the
    // payments since the contact's day did not keep: the reminders to follow up. Only the latest
    // contact counts, so logging a new contact settles the reminder.
    Result<QList<BrokenPromise>> brokenPromises(const QDate& today);

private:
    Database& m_db;
};

} // namespace od
