#include "core/http/useragent.h"

#include "esiversion.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

// RFC 9110 `tchar`: what a product name or version may hold.
bool isTokenChar(QChar c)
{
    if (c.unicode() > 0x7e) {
        return false;
    }
    const char latin = c.toLatin1();
    return (latin >= 'a' && latin <= 'z') || (latin >= 'A' && latin <= 'Z') || (latin >= '0' && latin <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(latin);
}

QString partName(UserAgent::Part part)
{
    switch (part) {
    case UserAgent::Part::AppName:
        return QCoreApplication::translate("Esi::Core::UserAgent", "app name");
    case UserAgent::Part::AppVersion:
        return QCoreApplication::translate("Esi::Core::UserAgent", "app version");
    case UserAgent::Part::ContactEmail:
        return QCoreApplication::translate("Esi::Core::UserAgent", "contact email");
    case UserAgent::Part::SourceUrl:
        return QCoreApplication::translate("Esi::Core::UserAgent", "source URL");
    case UserAgent::Part::None:
        break;
    }
    return {};
}

QString controlCharacterError(UserAgent::Part part, const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            return QCoreApplication::translate("Esi::Core::UserAgent",
                                               "%1 contains a control character (U+%2) at position %3; remove it")
                .arg(partName(part), QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'),
                     QString::number(i + 1));
        }
    }
    return {};
}

QString tokenError(UserAgent::Part part, const QString &text)
{
    for (const QChar c : text) {
        if (!isTokenChar(c)) {
            const QString shown =
                c == u' ' ? QCoreApplication::translate("Esi::Core::UserAgent", "a space") : u"'"_s + c + u"'"_s;
            return QCoreApplication::translate("Esi::Core::UserAgent",
                                               "%1 '%2' contains %3, which a User-Agent product token cannot hold; "
                                               "use letters, digits, '.', '_' or '+'")
                .arg(partName(part), text, shown);
        }
    }
    return {};
}

} // namespace

UserAgent::UserAgent() = default;

UserAgent::UserAgent(const QString &appName, const QString &appVersion, const QString &email, const QString &url)
{
    const QString name = appName.trimmed();
    const QString version = appVersion.trimmed();
    const QString contact = email.trimmed();
    const QString source = url.trimmed();

    const auto fail = [this](Part part, const QString &message) {
        m_invalidPart = part;
        m_error = message;
    };
    const QList<QPair<Part, QString>> parts = {
        {Part::AppName, name}, {Part::AppVersion, version}, {Part::ContactEmail, contact}, {Part::SourceUrl, source}};
    for (const auto &[part, text] : parts) {
        if (const QString problem = controlCharacterError(part, text); !problem.isEmpty()) {
            fail(part, problem);
            return;
        }
    }

    m_appName = pascalCaseAppName(name);
    if (const QString problem = tokenError(Part::AppName, m_appName); !problem.isEmpty()) {
        fail(Part::AppName, problem);
        return;
    }
    if (!version.isEmpty() && m_appName.isEmpty()) {
        fail(Part::AppVersion, tr("app version '%1' is given without an app name; set the app name too").arg(version));
        return;
    }
    if (const QString problem = tokenError(Part::AppVersion, version); !problem.isEmpty()) {
        fail(Part::AppVersion, problem);
        return;
    }
    m_appVersion = version;

    // The HTML living standard's address syntax, but with a dotted domain: CCP must be able to write to it.
    static const QRegularExpression emailPattern(
        uR"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$)"_s);
    if (!contact.isEmpty() && !emailPattern.match(contact).hasMatch()) {
        fail(Part::ContactEmail,
             tr("contact email '%1' is not an email address; expected something like you@example.com").arg(contact));
        return;
    }
    m_email = contact;

    if (!source.isEmpty()) {
        const QUrl parsed(source, QUrl::StrictMode);
        const QString scheme = parsed.scheme().toLower();
        if (!parsed.isValid() || (scheme != u"http" && scheme != u"https") || parsed.host().isEmpty() ||
            source.contains(u' ') || source.contains(u';') || source.contains(u'(') || source.contains(u')')) {
            fail(Part::SourceUrl, tr("source URL '%1' is not an absolute http(s) URL; expected something like "
                                     "https://github.com/you/your-app")
                                      .arg(source));
            return;
        }
        m_url = QString::fromLatin1(parsed.toEncoded());
    }
}

QString UserAgent::pascalCaseAppName(const QString &name)
{
    if (!name.contains(u' ') && !name.contains(u'-')) {
        return name;
    }
    static const QRegularExpression separators(u"[ -]+"_s);
    const QStringList words = name.split(separators, Qt::SkipEmptyParts);
    QString result;
    for (const QString &word : words) {
        result += word.left(1).toUpper() + word.mid(1);
    }
    return result;
}

QString UserAgent::studioProduct()
{
    return u"EsiStudio/"_s + QLatin1StringView(ESI_STUDIO_VERSION);
}

QString UserAgent::toString() const
{
    QStringList comment;
    if (!m_email.isEmpty()) {
        comment.append(m_email);
    }
    if (!m_url.isEmpty()) {
        comment.append(u'+' + m_url);
    }
    const QString details = comment.isEmpty() ? QString() : u" ("_s + comment.join(u"; "_s) + u')';
    if (m_appName.isEmpty()) {
        return studioProduct() + details;
    }
    const QString product = m_appVersion.isEmpty() ? m_appName : m_appName + u'/' + m_appVersion;
    return product + details + u' ' + studioProduct();
}

} // namespace Esi::Core
