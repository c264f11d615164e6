#include "ui/desktop/versioninfo.h"

#include "esiversion.h"

#include <QGuiApplication>
#include <QSysInfo>
#include <openssl/crypto.h>
#include <openssl/opensslv.h>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

QList<VersionInfo::Component> VersionInfo::components()
{
    const QString qtRuntime = QString::fromLatin1(qVersion());
    const QString qtBuild = QStringLiteral(QT_VERSION_STR);
    const QString sslRuntime = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
    const QString sslBuild = QStringLiteral(OPENSSL_VERSION_TEXT);
    QString platform = QSysInfo::prettyProductName();
    if (const QString name = QGuiApplication::platformName(); !name.isEmpty()) {
        platform += u" ("_s + name + u')';
    }
    return {
        {u"ESI Studio"_s, QStringLiteral(ESI_STUDIO_VERSION)},
        {u"Qt"_s, qtRuntime == qtBuild ? qtRuntime : tr("%1 (built with %2)").arg(qtRuntime, qtBuild)},
        // The package version CMake found; QTKEYCHAIN_VERSION in keychain.h has not followed releases.
        {u"QtKeychain"_s, QStringLiteral(ESI_QTKEYCHAIN_VERSION)},
        {u"OpenSSL"_s, sslRuntime == sslBuild ? sslRuntime : tr("%1 (built with %2)").arg(sslRuntime, sslBuild)},
        {tr("System"), platform},
    };
}

QString VersionInfo::plainText()
{
    QString text;
    const QList<Component> all = components();
    for (const Component &component : all) {
        text += component.name + u": "_s + component.version + u'\n';
    }
    return text;
}

} // namespace Esi::Ui
