#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Esi::Ui {

// The versions a bug report needs: ESI Studio, Qt (running and built against), QtKeychain, OpenSSL (running
// and built against) and the system.
class VersionInfo
{
    Q_DECLARE_TR_FUNCTIONS(VersionInfo)

public:
    struct Component
    {
        QString name;
        QString version;
    };

    static QList<Component> components();

    // "Name: version" lines, for the clipboard.
    static QString plainText();
};

} // namespace Esi::Ui
