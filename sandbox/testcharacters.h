#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace Esi::Sandbox {

struct TestCharacter
{
    qint64 id = 0;
    QString name;
    QString ownerHash; // EVE's `owner` claim: base64 of 20 bytes, stable per character and account
};

// The characters the sandbox's login page offers. Always the same ids, names and owner hashes, so tests
// and scripts can name them; ids lie in the range EVE gives to player characters.
class TestCharacters
{
public:
    static const QList<TestCharacter> &all();

    static std::optional<TestCharacter> find(qint64 id);
};

} // namespace Esi::Sandbox
