#pragma once

#include "core/http/callresult.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>

struct evp_md_ctx_st;

namespace Esi::Core {

// HistoryEntry::bodyHash: SHA-256 over every page in order, each page's language (UTF-8) then its body. The
// digest the history has always stored, taken with OpenSSL (SHA extensions where the CPU has them; several
// times QCryptographicHash's speed), so 75 MB of bodies hash in tens of milliseconds.
class BodyHash
{
public:
    BodyHash();
    ~BodyHash();
    BodyHash(const BodyHash &) = delete;
    BodyHash &operator=(const BodyHash &) = delete;

    void addPage(const QString &language, QByteArrayView body);
    void reset();
    QByteArray result() const; // the digest of the pages so far (32 bytes); the hash can go on

    static QByteArray of(const QList<PageResult> &pages); // packed bodies are inflated one at a time

private:
    struct Free
    {
        void operator()(evp_md_ctx_st *context) const;
    };

    std::unique_ptr<evp_md_ctx_st, Free> m_context;
};

} // namespace Esi::Core
