#pragma once

#include <QByteArrayView>

namespace Esi::Core {

// A quick answer to "is this JSON?" for large bodies, without building a document (QJsonDocument::fromJson of a
// 250 KB page of market orders costs as much as everything else esi does with it). It is conservative: true
// only for text QJsonDocument certainly accepts (ASCII, simple escapes, no exponents, nesting up to 64);
// false means "invalid or not sure", and the caller asks QJsonDocument, whose verdict and message count.
class JsonSyntax
{
public:
    static bool isCertainlyValid(QByteArrayView text);
};

} // namespace Esi::Core
