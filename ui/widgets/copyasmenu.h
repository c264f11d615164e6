#pragma once

#include <QMenu>

namespace Esi::Ui {

// What a request can be copied as (RequestCopier makes the code; core/snippets).
enum class CopyFormat { Curl, EsiCommand, Python, JavaScript };

// The "Copy as" choices of one request: curl with the token redacted or with it, the esi command, Python and
// JavaScript (the token a placeholder, or the token itself after a confirmation). The Run panel and the history
// share it, so both offer the same formats under the same words.
class CopyAsMenu : public QMenu
{
    Q_OBJECT

public:
    // Object names start with `prefix`: "copy" gives copyCurlMenu, copyCurlRedactedAction,
    // copyCurlWithTokenAction, copyEsiCommandAction, copyPythonAction, copyPythonWithTokenAction,
    // copyJavaScriptAction and copyJavaScriptWithTokenAction.
    explicit CopyAsMenu(const QString &prefix, QWidget *parent = nullptr);

Q_SIGNALS:
    void copyRequested(Esi::Ui::CopyFormat format, bool includeToken);

private:
    void addCopy(const QString &prefix, const char *name, const QString &text, CopyFormat format, bool includeToken);
};

} // namespace Esi::Ui
