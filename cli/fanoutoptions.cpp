#include "cli/fanoutoptions.h"

#include "core/auth/tokenrecord.h"
#include "core/fanout/fanoutcharacters.h"
#include "core/http/parametervalues.h"
#include "core/spec/operation.h"

#include <QDir>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Cli {

using namespace Core;

bool FanOutOptions::readValueFile(const QString &path, QStringList *values, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the value file %1: %2"_s.arg(shown, file.errorString());
        return false;
    }
    if (file.size() > MaxFileBytes) {
        *error = u"the value file %1 is %2 bytes; at most %3 are read (one value a line, up to %4 values)"_s.arg(
            shown, QString::number(file.size()), QString::number(MaxFileBytes), QString::number(FanOutPlan::MaxValues));
        return false;
    }
    const QByteArray content = file.read(MaxFileBytes + 1);
    if (content.size() > MaxFileBytes) {
        *error = u"the value file %1 holds more than %2 bytes; split it"_s.arg(shown, QString::number(MaxFileBytes));
        return false;
    }
    values->clear();
    int lineNumber = 0;
    for (const QByteArray &line : content.split('\n')) {
        ++lineNumber;
        const QString text = QString::fromUtf8(line).trimmed();
        if (text.isEmpty() || text.startsWith(u'#')) {
            continue;
        }
        if (values->size() == FanOutPlan::MaxValues) {
            *error = u"the value file %1 has more than %2 values (line %3); split it into several runs"_s.arg(
                shown, QString::number(FanOutPlan::MaxValues), QString::number(lineNumber));
            return false;
        }
        values->append(text);
    }
    if (values->isEmpty()) {
        *error = u"the value file %1 holds no value; write one value a line"_s.arg(shown);
        return false;
    }
    return true;
}

bool FanOutOptions::read(const Spec &spec, const QString &operationId, const ParameterValues &values, QString *error)
{
    const Operation *operation = spec.operation(operationId);
    ParameterValues base = values;
    if (!operation) {
        m_plan.setBase(base);
        return true; // validation says the operation is unknown
    }
    for (const QString &name : values.names()) {
        const Parameter *parameter = operation->parameter(name);
        if (!parameter ||
            (parameter->location != ParameterLocation::Path && parameter->location != ParameterLocation::Query)) {
            continue;
        }
        const QString text = values.value(name).trimmed();
        const bool takesArray = FanOutPlan::takesArray(spec, *operation, name);
        QStringList list;
        if (text == u"@all"_s && name == u"character_id"_s) {
            m_allCharacters = true;
            base.remove(name);
            continue;
        }
        if (text == u"@all"_s) {
            *error = u"%1=@all: only character_id takes @all (every signed-in character with the scopes)"_s.arg(name);
            return false;
        }
        if (text.startsWith(u'@')) {
            if (!readValueFile(text.mid(1), &list, error)) {
                *error = name + u": "_s + *error;
                return false;
            }
        } else if (!takesArray && text.contains(u',')) {
            list = text.split(u',');
        } else {
            continue;
        }
        if (!m_plan.addList(name, list, error)) {
            return false;
        }
        base.remove(name);
    }
    m_plan.setBase(base);
    return true;
}

QList<ValidationIssue> FanOutOptions::validate(const Spec &spec, const QString &operationId) const
{
    if (m_allCharacters) {
        return {};
    }
    return m_plan.validate(spec, operationId);
}

bool FanOutOptions::resolveAllCharacters(const QList<TokenRecord> &tokens, const Operation &operation, QString *error)
{
    if (!m_allCharacters) {
        return true;
    }
    const QList<qint64> characters = FanOutCharacters::withScopes(tokens, operation);
    if (characters.isEmpty()) {
        *error = u"character_id=@all: "_s + FanOutCharacters::noneMessage(tokens, operation);
        return false;
    }
    QStringList ids;
    for (const qint64 id : characters) {
        ids.append(QString::number(id));
    }
    return m_plan.addList(u"character_id"_s, ids, error);
}

} // namespace Esi::Cli
