#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Esi::Core {

// The User-Agent every ESI request carries, following CCP's guideline (narrow to broad):
//   AppName/1.2.3 (contact@example.com; +https://source.url) EsiStudio/0.1.0
// Parts the user did not give are left out; without an app name ESI Studio itself is the product
// that carries the contact details.
class UserAgent
{
    Q_DECLARE_TR_FUNCTIONS(Esi::Core::UserAgent)

public:
    enum class Part { None, AppName, AppVersion, ContactEmail, SourceUrl };

    // ESI Studio's own product token only: "EsiStudio/0.1.0".
    UserAgent();

    // Validates and normalises the parts; check isValid()/error() afterwards.
    UserAgent(const QString &appName, const QString &appVersion, const QString &email, const QString &url);

    bool isValid() const { return m_error.isEmpty(); }

    QString error() const { return m_error; } // what is wrong and how to fix it, translated

    Part invalidPart() const { return m_invalidPart; } // which part error() is about; None when valid

    QString appName() const { return m_appName; } // after the PascalCase rule

    QString toString() const;

    QByteArray toHeaderValue() const { return toString().toLatin1(); }

    // django-esi's rule: a name with spaces or hyphens becomes PascalCase ("my cool-app" -> "MyCoolApp");
    // a name without them is returned unchanged ("app_name", "appName").
    static QString pascalCaseAppName(const QString &name);

    static QString studioProduct(); // "EsiStudio/<version>"

private:
    QString m_appName;
    QString m_appVersion;
    QString m_email;
    QString m_url;
    QString m_error;
    Part m_invalidPart = Part::None;
};

} // namespace Esi::Core
