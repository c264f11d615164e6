#include "ui/run/parametermemory.h"

#include "core/privatefiles.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

const QString groupName = u"values"_s;

// QSettings keeps the mode of the file it rewrites: create it 0600 (in a 0700 folder) before the first write.
void prepareFile(const QString &path)
{
    Core::PrivateFiles::makePrivateDir(QFileInfo(path).absolutePath());
    Core::PrivateFiles::createPrivateFile(path);
}

} // namespace

ParameterMemory::ParameterMemory(QString filePath)
    : m_filePath(std::move(filePath))
{}

QString ParameterMemory::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/remembered-values.ini"_s;
}

Core::ParameterValues ParameterMemory::recall(const QString &operationId) const
{
    QSettings settings(m_filePath, QSettings::IniFormat);
    settings.beginGroup(groupName);
    const QByteArray text = settings.value(operationId).toString().toUtf8();
    Core::ParameterValues values;
    const QJsonObject object = QJsonDocument::fromJson(text).object();
    const QJsonArray parameters = object.value(u"parameters"_s).toArray();
    for (const QJsonValue &pair : parameters) {
        const QJsonArray entry = pair.toArray();
        if (entry.size() == 2 && entry.at(0).isString() && entry.at(1).isString()) {
            values.set(entry.at(0).toString(), entry.at(1).toString());
        }
    }
    if (object.value(u"body"_s).isString()) {
        values.setBody(object.value(u"body"_s).toString());
    }
    return values;
}

void ParameterMemory::remember(const QString &operationId, const Core::ParameterValues &values)
{
    QJsonArray parameters;
    const QStringList names = values.names();
    for (const QString &name : names) {
        parameters.append(QJsonArray{name, values.value(name)});
    }
    QJsonObject object{{u"parameters"_s, parameters}};
    if (values.hasBody()) {
        object.insert(u"body"_s, values.body());
    }
    prepareFile(m_filePath);
    QSettings settings(m_filePath, QSettings::IniFormat);
    settings.beginGroup(groupName);
    settings.setValue(operationId, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

void ParameterMemory::forget(const QString &operationId)
{
    QSettings settings(m_filePath, QSettings::IniFormat);
    settings.beginGroup(groupName);
    settings.remove(operationId);
}

} // namespace Esi::Ui
