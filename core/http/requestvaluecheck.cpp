#include "core/http/requestvaluecheck.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

QString RequestValueCheck::problem(const Parameter &parameter, const QString &text)
{
    if (parameter.location == ParameterLocation::Header) {
        if (text.contains(u'\r') || text.contains(u'\n') || text.contains(QChar(0))) {
            return QCoreApplication::translate("Esi::Core::RequestValueCheck",
                                               "header parameter '%1' contains a line break or NUL character, which "
                                               "would add headers of its own; enter the value on one line")
                .arg(parameter.name);
        }
        return {};
    }
    if (parameter.location != ParameterLocation::Path) {
        return {};
    }
    if (text.isEmpty()) {
        return QCoreApplication::translate("Esi::Core::RequestValueCheck",
                                           "path parameter '%1' is empty, which would change the path of the "
                                           "request; enter a value")
            .arg(parameter.name);
    }
    // Decoded repeatedly: "%252e" survives one decoding as "%2e".
    QString decoded = text;
    for (int round = 0; round < 3 && decoded.contains(u'%'); ++round) {
        decoded = QUrl::fromPercentEncoding(decoded.toUtf8());
    }
    if (decoded.trimmed() == u"." || decoded.trimmed() == u"..") {
        return QCoreApplication::translate("Esi::Core::RequestValueCheck",
                                           "path parameter '%1' is '%2', which would send the request to another "
                                           "path; enter the value itself (an ID or a name)")
            .arg(parameter.name, text.left(40));
    }
    return {};
}

} // namespace Esi::Core
