#pragma once

#include "core/auth/tokenrecord.h"

#include <QList>
#include <QString>
#include <memory>
#include <optional>

class QSqlQuery;

namespace Esi::Core {

class SqliteFile;

// Token metadata (never secrets) in SQLite, shared by the GUI and every `esi` run. The schema is versioned
// (table `schema_version`) and migrated forward in one transaction. A damaged file, a file of another
// program, or one written by a newer ESI Studio is refused with a clear error and left byte-for-byte as it was.
class TokenDatabase
{
public:
    static constexpr int currentSchemaVersion = 3;

    explicit TokenDatabase(QString path);
    ~TokenDatabase();

    TokenDatabase(const TokenDatabase &) = delete;
    TokenDatabase &operator=(const TokenDatabase &) = delete;

    bool open(QString *error);

    bool isOpen() const;

    QString path() const { return m_path; }

    // The version found on disk before open() migrated it (0 for a new file).
    int foundSchemaVersion() const { return m_foundVersion; }

    // Every read goes to the file, so changes by another process are seen at once.
    QList<TokenRecord> tokens() const;
    std::optional<TokenRecord> token(qint64 characterId) const;

    // Writes everything but `issuer` and `secretsVersion`, which only recordSecretsWritten() changes (so a
    // process writing a record it read earlier can never turn them back).
    bool upsert(const TokenRecord &record, QString *error);

    // After the character's secrets were written to the keychain (under its CharacterLock): bumps its
    // secrets version and, for a sign-in, stores the SSO it signed in with. A refresh that read the keychain
    // at version N writes its result only while the version is still N (compare-and-swap).
    bool recordSecretsWritten(qint64 characterId, const QUrl &issuer, QString *error);
    bool remove(qint64 characterId, QString *error);

private:
    bool inspect(QString *error);
    bool migrate(QString *error);
    static TokenRecord recordFrom(const QSqlQuery &query);

    QString m_path;
    std::unique_ptr<SqliteFile> m_file;
    int m_foundVersion = 0;
};

} // namespace Esi::Core
