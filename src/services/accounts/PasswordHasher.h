#pragma once

#include <QString>

namespace od {

// Argon2id through libsodium's crypto_pwhash_str, at libsodium's "interactive" cost (2 passes,
// 64 MiB), which is above the OWASP minimum for Argon2id (19 MiB, 2 passes). The stored string
// carries algorithm, cost and salt. Passwords never leave this class in any other form.
class PasswordHasher
{
public:
    // Empty on failure (out of memory).
    static QString hash(const QString& password);
    static bool verify(const QString& storedHash, const QString& password);
    // True when a stored hash was made with a lower cost than today's and should be redone.
    static bool needsRehash(const QString& storedHash);
    // A SHA-256 of the stored hash, recorded in the audit trail whenever a password is set, so that a
    // hash swapped in behind the app's back (in a copy of the database) can be told from one the app
    // stored. It reveals nothing that would help guess the password.
    static QString fingerprint(const QString& storedHash);
};

} // namespace od
