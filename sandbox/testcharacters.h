#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace Esi::Sandbox {

struct TestCharacter
{
    qint64 id = 0;
    QString name;
    QString ownerHash;        // EVE's `owner` claim: base64 of 20 bytes, stable per character and account
    qint64 corporationId = 0; // what /characters/{id} answers; corporation routes accept members only
    qint64 allianceId = 0;
};

// The characters the sandbox's login page offers. Always the same ids, names, owner hashes and
// memberships, so tests and scripts can name them; ids lie in the range EVE gives to player characters.
// Pilot and Trader are in corporation 98000001, Director in 98000002; all three in alliance 99000001.
class TestCharacters
{
public:
    static const QList<TestCharacter> &all();

    static constexpr qint64 firstCorporation = 98000001;
    static constexpr qint64 secondCorporation = 98000002;
    static constexpr qint64 alliance = 99000001;

    static std::optional<TestCharacter> find(qint64 id);
};

} // namespace Esi::Sandbox
