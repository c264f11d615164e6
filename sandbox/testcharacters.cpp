#include "sandbox/testcharacters.h"

#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Sandbox {

namespace {

TestCharacter character(qint64 id, const QString &name, qint64 corporationId)
{
    // Derived, not random: the same character has the same owner hash in every run.
    const QByteArray hash =
        QCryptographicHash::hash(QByteArray("esi-sandbox owner " + QByteArray::number(id)), QCryptographicHash::Sha1);
    return {id, name, QString::fromLatin1(hash.toBase64()), corporationId, TestCharacters::alliance};
}

} // namespace

const QList<TestCharacter> &TestCharacters::all()
{
    static const QList<TestCharacter> characters{
        character(2112000001, u"Sandbox Pilot"_s, firstCorporation),
        character(2112000002, u"Sandbox Trader"_s, firstCorporation),
        character(2112000003, u"Sandbox Director"_s, secondCorporation),
    };
    return characters;
}

std::optional<TestCharacter> TestCharacters::find(qint64 id)
{
    for (const TestCharacter &candidate : all()) {
        if (candidate.id == id) {
            return candidate;
        }
    }
    return std::nullopt;
}

} // namespace Esi::Sandbox
