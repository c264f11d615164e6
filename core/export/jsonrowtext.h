#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QList>
#include <optional>

namespace Esi::Core {

// The items of a JSON array body as the compact text JsonText would write for each, made straight from the
// text without building QJsonValues (parsing and re-encoding 76 MB of market orders costs seconds). What is
// already in that form (ASCII strings without escapes, keys in sorted order, short integers) is copied; other
// numbers are rewritten the way JsonText writes them. An item holding anything else (escapes, non-ASCII text,
// unsorted or repeated keys, integers beyond 15 digits, deep nesting) is handed back as nullopt so the caller
// encodes it through QJsonDocument, which keeps the output byte for byte what the DOM path gives.
class JsonRowText
{
public:
    struct Rows
    {
        QByteArray text;              // every item's compact text, one after another
        QList<qsizetype> ends;        // item i is text[ends[i-1] (or 0) .. ends[i])
        QList<QByteArrayView> others; // per item: empty when in `text`, else the raw item to encode the slow way
    };

    // nullopt when `arrayText` is not one well-formed JSON array (then nothing may be trusted: use the DOM).
    static std::optional<Rows> items(QByteArrayView arrayText);

    // One item the slow way (an entry of Rows::others), as QJsonDocument reads it.
    static QJsonValue parse(QByteArrayView item);
};

} // namespace Esi::Core
