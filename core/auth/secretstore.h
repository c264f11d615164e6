#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <functional>

namespace Esi::Core {

struct SecretResult
{
    enum class Status { Ok, NotFound, Unavailable };

    Status status = Status::Ok;
    QByteArray data; // read(): the secret
    QString error;   // Unavailable: what went wrong and how to fix it

    bool isOk() const { return status == Status::Ok; }
};

// Where token secrets live. The real one is the OS keychain; tests of the token store use an in-memory
// one. There is deliberately no plaintext implementation: no keychain means no stored tokens.
// Every call is asynchronous; `done` runs later (never inside the call) unless `context` died first.
class SecretStore
{
public:
    using Done = std::function<void(const SecretResult &)>;

    virtual ~SecretStore() = default;

    virtual void read(const QString &key, QObject *context, Done done) = 0;
    virtual void write(const QString &key, const QByteArray &secret, QObject *context, Done done) = 0;
    virtual void remove(const QString &key, QObject *context, Done done) = 0; // NotFound counts as done

    // For messages: "the system keychain", "memory".
    virtual QString description() const = 0;
};

} // namespace Esi::Core
