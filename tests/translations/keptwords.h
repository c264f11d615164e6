#pragma once

#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <algorithm>

// Which English words a translation may keep, shared by the .ts file test and the window test.
namespace KeptWords {

using namespace Qt::Literals::StringLiterals;

// Words a translation may keep as they are: names and protocol tokens that stay English everywhere (ESI's
// own header names, JSON, the product name), and per language the words that are spelt the same there.
inline const QSet<QString> &keptEverywhere()
{
    static const QSet<QString> words{u"ESI"_s,     u"Studio"_s,     u"ETag"_s,           u"Last-Modified"_s,
                                     u"X-Pages"_s, u"from_id"_s,    u"operation_id"_s,   u"null"_s,
                                     u"JSON"_s,    u"User-Agent"_s, u"HTTP"_s,           u"url"_s,
                                     u"MiB"_s,     u"B"_s,          u"you@example.com"_s};
    return words;
}

inline QSet<QString> keptIn(const QString &language)
{
    // Units: de, fr and es write h, min, s and ms as English does.
    const QSet<QString> units{u"h"_s, u"min"_s, u"s"_s, u"ms"_s};
    if (language == u"de") {
        // German spells these the same (Cache, Server, Status...); Bucket, Scope, Claim and Tag are the
        // words German developer documentation uses for ESI's buckets, OAuth scopes and JWT claims.
        return units + QSet<QString>{u"Format"_s, u"Bucket"_s,  u"Buckets"_s,   u"Cache"_s,     u"Claim"_s,
                                     u"Claims"_s, u"Details"_s, u"Explorer"_s,  u"Header"_s,    u"In"_s,
                                     u"Limits"_s, u"Name"_s,    u"Operation"_s, u"Parameter"_s, u"Problem"_s,
                                     u"Route"_s,  u"Scope"_s,   u"Scopes"_s,    u"Server"_s,    u"Status"_s,
                                     u"System"_s, u"Tag"_s,     u"Tags"_s,      u"optional"_s,  u"ok"_s};
    }
    if (language == u"fr") {
        // EVE's French client says "corporation" and "alliance", capitalised or not; "minutes" is French too.
        return units + QSet<QString>{u"corporation"_s, u"alliance"_s, u"public"_s,      u"Action"_s, u"Cache"_s,
                                     u"Corporation"_s, u"Alliance"_s, u"Description"_s, u"Format"_s, u"Message"_s,
                                     u"Page"_s,        u"page"_s,     u"Pages"_s,       u"Route"_s,  u"Source"_s,
                                     u"Type"_s,        u"auth"_s,     u"ok"_s,          u"minutes"_s};
    }
    if (language == u"es") {
        // "auth" is the tree's short tag for authed routes; "array", "cursor", "roles" and "Error" are Spanish too.
        return units + QSet<QString>{u"Claim"_s, u"Claims"_s, u"array"_s, u"auth"_s, u"cursor"_s,
                                     u"no"_s,    u"roles"_s,  u"ok"_s,    u"Error"_s};
    }
    return {};
}

inline QStringList words(const QString &text)
{
    QString stripped = text;
    stripped.remove(QRegularExpression(u"%\\d{1,2}|%n"_s));
    stripped.remove(u'&');
    static const QRegularExpression separators(u"[\\s:·—()/]+"_s);
    return stripped.split(separators, Qt::SkipEmptyParts);
}

// True when every word of `text` is one the language keeps, or the text has no letters at all.
inline bool allKept(const QString &text, const QString &language)
{
    const QSet<QString> kept = keptEverywhere() + keptIn(language);
    const QStringList all = words(text);
    return std::all_of(all.cbegin(), all.cend(), [&](const QString &word) {
        return kept.contains(word) || !word.contains(QRegularExpression(u"[A-Za-z]"_s));
    });
}

} // namespace KeptWords
