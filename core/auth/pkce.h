#pragma once

#include <QByteArray>

namespace Esi::Core {

// RFC 7636 proof key for code exchange, method S256: the verifier stays in the app, only its SHA-256
// challenge travels in the authorize URL, so an intercepted code is useless without the verifier.
class Pkce
{
public:
    // 32 bytes from the system's cryptographic random source, base64url without padding (43 characters).
    static Pkce generate();

    // A known verifier (RFC test vectors, tests); the challenge is derived from it.
    static Pkce fromVerifier(QByteArray verifier);

    static QByteArray challengeFor(const QByteArray &verifier);

    // `bytes` cryptographically random bytes as base64url without padding (used for the `state` value too).
    static QByteArray randomUrlSafe(int bytes);

    static QByteArray method() { return QByteArrayLiteral("S256"); }

    QByteArray verifier() const { return m_verifier; }

    QByteArray challenge() const { return m_challenge; }

private:
    QByteArray m_verifier;
    QByteArray m_challenge;
};

} // namespace Esi::Core
