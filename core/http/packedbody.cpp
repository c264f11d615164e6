#include "core/http/packedbody.h"

#include "core/http/callresult.h"

namespace Esi::Core {

std::optional<QByteArray> PackedBody::packedFor(const QByteArray &body)
{
    if (body.size() != m_body.size() || body.constData() != m_body.constData()) {
        return std::nullopt;
    }
    std::call_once(m_once, [this] { m_packed = packBody(m_body); });
    return m_packed;
}

} // namespace Esi::Core
