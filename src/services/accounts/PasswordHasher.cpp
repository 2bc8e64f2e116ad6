#include "PasswordHasher.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace od {

namespace {

bool initialised()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

} // namespace

QString PasswordHasher::hash(const QString& password)
{
    if (!initialised())
        return {};
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                                     kOpsLimit, kMemLimit);
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    return rc == 0 ? QString::fromLatin1(out) : QString();
}

bool PasswordHasher::verify(const QString& storedHash, const QString& password)
{
    if (!initialised() || storedHash.isEmpty())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    QByteArray utf8 = password.toUtf8();
    const bool ok = crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                             static_cast<unsigned long long>(utf8.size())) == 0;
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    return ok;
}

QString PasswordHasher::fingerprint(const QString& storedHash)
{
    if (storedHash.isEmpty())
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(storedHash.toLatin1(), QCryptographicHash::Sha256).toHex());
}

bool PasswordHasher::needsRehash(const QString& storedHash)
{
    if (!initialised())
        return false;
    return crypto_pwhash_str_needs_rehash(storedHash.toLatin1().constData(), kOpsLimit, kMemLimit) != 0;
}

} // namespace od
