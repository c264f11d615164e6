#include "core/auth/keychainsecretstore.h"

#include "core/auth/authlogging.h"

#include <QCoreApplication>
#include <QPointer>
#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

QString KeychainSecretStore::description() const
{
    return u"the system keychain"_s;
}

void KeychainSecretStore::run(QKeychain::Job *job, const QString &action, QObject *context, Done done,
                              bool notFoundIsOk)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this,
            [action, notFoundIsOk, alive = QPointer<QObject>(context), hadContext = context != nullptr,
             done = std::move(done)](QKeychain::Job *finished) {
                if (hadContext && !alive) {
                    return;
                }
                SecretResult result;
                switch (finished->error()) {
                case QKeychain::NoError:
                    if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished)) {
                        result.data = read->binaryData();
                    }
                    break;
                case QKeychain::EntryNotFound:
                    result.status = notFoundIsOk ? SecretResult::Status::Ok : SecretResult::Status::NotFound;
                    break;
                case QKeychain::AccessDeniedByUser:
                    result.status = SecretResult::Status::Unavailable;
                    result.error = QCoreApplication::translate(
                                       "Esi::Core::KeychainSecretStore",
                                       "Access to the system keychain was denied while %1. Allow ESI Studio to use "
                                       "the keychain and try again.")
                                       .arg(action);
                    break;
                default:
                    result.status = SecretResult::Status::Unavailable;
                    result.error = QCoreApplication::translate(
                                       "Esi::Core::KeychainSecretStore",
                                       "The system keychain is not available while %1 (%2). ESI Studio keeps tokens "
                                       "only in the keychain, never in plain files: start and unlock your keyring "
                                       "(GNOME Keyring, KWallet or another Secret Service) and try again.")
                                       .arg(action, finished->errorString());
                    break;
                }
                if (result.status == SecretResult::Status::Unavailable) {
                    qCWarning(lcEsiAuth).noquote() << result.error;
                }
                done(result);
            });
    job->start();
}

void KeychainSecretStore::confirmWritable(const SecretResult &result, const QString &action, QObject *context,
                                          Done done)
{
    auto *probe = new QKeychain::WritePasswordJob(m_service, this);
    probe->setKey(QLatin1StringView(probeKey));
    probe->setBinaryData("ESI Studio checks here that the keychain is unlocked; no secret is stored."_ba);
    run(
        probe, action, context,
        [result, action, done = std::move(done)](const SecretResult &written) {
            if (written.isOk()) {
                done(result);
                return;
            }
            SecretResult locked;
            locked.status = SecretResult::Status::Unavailable;
            locked.error = written.status == SecretResult::Status::Unavailable && !written.error.isEmpty()
                               ? written.error
                               : QCoreApplication::translate(
                                     "Esi::Core::KeychainSecretStore",
                                     "The system keychain did not answer clearly while %1: it may be locked. Unlock "
                                     "your keyring and try again.")
                                     .arg(action);
            done(locked);
        },
        false);
}

void KeychainSecretStore::read(const QString &key, QObject *context, Done done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    const QString action = QCoreApplication::translate("Esi::Core::KeychainSecretStore", "reading '%1'").arg(key);
    run(
        job, action, context,
        [this, action, alive = QPointer<QObject>(context), hadContext = context != nullptr,
         done = std::move(done)](const SecretResult &result) {
            if (result.status != SecretResult::Status::NotFound) {
                done(result);
                return;
            }
            if (hadContext && !alive) {
                return;
            }
            confirmWritable(result, action, alive.data(), done);
        },
        false);
}

void KeychainSecretStore::write(const QString &key, const QByteArray &secret, QObject *context, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setBinaryData(secret);
    run(job, QCoreApplication::translate("Esi::Core::KeychainSecretStore", "storing '%1'").arg(key), context,
        std::move(done), false);
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    const QString action = QCoreApplication::translate("Esi::Core::KeychainSecretStore", "deleting '%1'").arg(key);
    run(
        job, action, context,
        [this, action, alive = QPointer<QObject>(context), hadContext = context != nullptr,
         done = std::move(done)](const SecretResult &result) {
            if (!result.isOk()) {
                done(result);
                return;
            }
            if (hadContext && !alive) {
                return;
            }
            confirmWritable(result, action, alive.data(), done);
        },
        true);
}

} // namespace Esi::Core
