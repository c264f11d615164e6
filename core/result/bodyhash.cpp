#include "core/result/bodyhash.h"

#include <openssl/evp.h>

namespace Esi::Core {

void BodyHash::Free::operator()(evp_md_ctx_st *context) const
{
    EVP_MD_CTX_free(context);
}

BodyHash::BodyHash()
    : m_context(EVP_MD_CTX_new())
{
    reset();
}

BodyHash::~BodyHash() = default;

void BodyHash::reset()
{
    if (m_context) {
        EVP_DigestInit_ex(m_context.get(), EVP_sha256(), nullptr);
    }
}

void BodyHash::addPage(const QString &language, QByteArrayView body)
{
    if (!m_context) {
        return;
    }
    const QByteArray languageBytes = language.toUtf8();
    EVP_DigestUpdate(m_context.get(), languageBytes.constData(), size_t(languageBytes.size()));
    EVP_DigestUpdate(m_context.get(), body.data(), size_t(body.size()));
}

QByteArray BodyHash::result() const
{
    std::unique_ptr<evp_md_ctx_st, Free> copy(EVP_MD_CTX_new());
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!m_context || !copy || EVP_MD_CTX_copy_ex(copy.get(), m_context.get()) != 1 ||
        EVP_DigestFinal_ex(copy.get(), digest, &length) != 1) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char *>(digest), qsizetype(length));
}

QByteArray BodyHash::of(const QList<PageResult> &pages)
{
    BodyHash hash;
    for (const PageResult &page : pages) {
        hash.addPage(page.language, page.bytes());
    }
    return hash.result();
}

} // namespace Esi::Core
