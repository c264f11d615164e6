#include "ui/settings/registrationguide.h"

#include <QLabel>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

QUrl RegistrationGuide::developersSite()
{
    return QUrl(u"https://developers.eveonline.com"_s);
}

QString RegistrationGuide::stepsHtml(const QUrl &callbackUrl)
{
    const QString site = developersSite().toString();
    const QString callback = callbackUrl.toString().toHtmlEscaped();
    return u"<ol>"_s + u"<li>"_s + tr("Open <a href=\"%1\">%1</a> and log in with your EVE Online account.").arg(site) +
           u"</li><li>"_s +
           tr("Choose <b>Applications</b>, then <b>Create new application</b>, and give it a name and a short "
              "description.") +
           u"</li><li>"_s + tr("Under <b>Connection type</b> choose <b>Authentication &amp; API Access</b>.") +
           u"</li><li>"_s +
           tr("Under <b>Permissions</b> add the scopes of the operations you want to call (each operation's "
              "documentation in ESI Studio lists them, e.g. <code>esi-assets.read_assets.v1</code>). A sign-in can "
              "only ask for scopes the application has.") +
           u"</li><li>"_s +
           tr("As <b>Callback URL</b> enter exactly <code>%1</code> (the callback URL set here).").arg(callback) +
           u"</li><li>"_s +
           tr("Create the application and copy its <b>Client ID</b> into the field below. ESI Studio signs in "
              "with PKCE, so the secret key is not needed; keep it to yourself.") +
           u"</li></ol>"_s;
}

QLabel *RegistrationGuide::createStepsLabel(const QUrl &callbackUrl, QWidget *parent)
{
    auto *steps = new QLabel(parent);
    steps->setObjectName(u"registrationSteps"_s);
    steps->setAccessibleName(tr("How to register an application"));
    steps->setWordWrap(true);
    steps->setTextFormat(Qt::RichText);
    steps->setOpenExternalLinks(true);
    steps->setTextInteractionFlags(Qt::TextBrowserInteraction);
    steps->setText(stepsHtml(callbackUrl));
    return steps;
}

} // namespace Esi::Ui
