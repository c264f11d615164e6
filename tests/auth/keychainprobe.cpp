// Child process for tst_keychainsecretstore: one KeychainSecretStore operation, the outcome on stdout as
// JSON. Run with a dead D-Bus session to see how an unavailable keychain behaves.
//
//   keychainprobe write <key> <secret> | read <key> | remove <key>
#include "core/auth/keychainsecretstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <cstdio>

using namespace Esi::Core;
using namespace Qt::Literals::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // An insecure fallback would write QSettings under these names; the parent test looks for it.
    QCoreApplication::setOrganizationName(u"esi-studio"_s);
    QCoreApplication::setApplicationName(u"keychainprobe"_s);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fputs("usage: keychainprobe write <key> <secret> | read <key> | remove <key>\n", stderr);
        return 2;
    }
    KeychainSecretStore store(u"esi-studio-test"_s);
    const auto report = [](const SecretResult &result) {
        const char *status = result.status == SecretResult::Status::Ok         ? "ok"
                             : result.status == SecretResult::Status::NotFound ? "notfound"
                                                                               : "unavailable";
        const QJsonObject answer{{u"status"_s, QString::fromLatin1(status)}, {u"error"_s, result.error}};
        std::fputs(QJsonDocument(answer).toJson(QJsonDocument::Compact).constData(), stdout);
        std::fflush(stdout);
        QCoreApplication::quit();
    };
    const QString action = args.at(1);
    if (action == "write"_L1 && args.size() == 4) {
        store.write(args.at(2), args.at(3).toUtf8(), nullptr, report);
    } else if (action == "read"_L1) {
        store.read(args.at(2), nullptr, report);
    } else if (action == "remove"_L1) {
        store.remove(args.at(2), nullptr, report);
    } else {
        std::fputs("unknown action\n", stderr);
        return 2;
    }
    return app.exec();
}
