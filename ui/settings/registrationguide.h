#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class QLabel;
class QWidget;

namespace Esi::Ui {

// The exact steps to register an application for ESI Studio at developers.eveonline.com, shown in the
// settings dialog and in the first-run assistant.
class RegistrationGuide
{
    Q_DECLARE_TR_FUNCTIONS(Esi::Ui::RegistrationGuide)

public:
    static QUrl developersSite(); // https://developers.eveonline.com

    // Rich text: a numbered list naming `callbackUrl` as the URL to enter and how to choose scopes.
    static QString stepsHtml(const QUrl &callbackUrl);

    // The label showing stepsHtml(callbackUrl) (object name registrationSteps), its link opening the browser;
    // setText(stepsHtml(...)) updates it when the callback URL changes.
    static QLabel *createStepsLabel(const QUrl &callbackUrl, QWidget *parent);
};

} // namespace Esi::Ui
