#include "core/auth/pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <vector>

namespace Esi::Core {

namespace {

constexpr auto base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

Pkce Pkce::generate()
{
    return fromVerifier(randomUrlSafe(32));
}

Pkce Pkce::fromVerifier(QByteArray verifier)
{
    Pkce pkce;
    pkce.m_challenge = challengeFor(verifier);
    pkce.m_verifier = std::move(verifier);
    return pkce;
}

QByteArray Pkce::challengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(base64Url);
}

QByteArray Pkce::randomUrlSafe(int bytes)
{
    // QRandomGenerator::system() reads the operating system's CSPRNG (getrandom on Linux).
    std::vector<quint32> words(static_cast<size_t>(bytes + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), static_cast<qsizetype>(words.size()));
    const QByteArray raw(reinterpret_cast<const char *>(words.data()), bytes);
    return raw.toBase64(base64Url);
}

} // namespace Esi::Core
