#include "ui/widgets/copyasmenu.h"

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

CopyAsMenu::CopyAsMenu(const QString &prefix, QWidget *parent)
    : QMenu(parent)
{
    setObjectName(prefix + u"CurlMenu"_s);
    addCopy(prefix, "CurlRedactedAction", tr("Copy as curl (token redacted)"), CopyFormat::Curl, false);
    addCopy(prefix, "CurlWithTokenAction", tr("Copy as curl with the access token\u2026"), CopyFormat::Curl, true);
    // Copy as code (core/snippets): the same request with its paging loop; the token a placeholder unless asked for.
    addSeparator();
    addCopy(prefix, "EsiCommandAction", tr("Copy as esi command"), CopyFormat::EsiCommand, false);
    addCopy(prefix, "PythonAction", tr("Copy as Python (requests)"), CopyFormat::Python, false);
    addCopy(prefix, "PythonWithTokenAction", tr("Copy as Python with the access token\u2026"), CopyFormat::Python,
            true);
    addCopy(prefix, "JavaScriptAction", tr("Copy as JavaScript (fetch)"), CopyFormat::JavaScript, false);
    addCopy(prefix, "JavaScriptWithTokenAction", tr("Copy as JavaScript with the access token\u2026"),
            CopyFormat::JavaScript, true);
}

void CopyAsMenu::addCopy(const QString &prefix, const char *name, const QString &text, CopyFormat format,
                         bool includeToken)
{
    QAction *action = addAction(text);
    action->setObjectName(prefix + QString::fromLatin1(name));
    connect(action, &QAction::triggered, this,
            [this, format, includeToken] { Q_EMIT copyRequested(format, includeToken); });
}

} // namespace Esi::Ui
