#include "ui/run/parametermemory.h"

#include "core/privatefiles.h"
#include "core/result/parametervaluesjson.h"

#include <QFileInfo>
#include <QSettings>

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

Core::ParameterValues ParameterMemory::recall(const QString &operationId) const
{
    QSettings settings(m_filePath, QSettings::IniFormat);
    settings.beginGroup(groupName);
    const QByteArray text = settings.value(operationId).toString().toUtf8();
    return Core::ParameterValuesJson::fromText(QString::fromUtf8(text));
}

void ParameterMemory::remember(const QString &operationId, const Core::ParameterValues &values)
{
    prepareFile(m_filePath);
    QSettings settings(m_filePath, QSettings::IniFormat);
    settings.beginGroup(groupName);
    settings.setValue(operationId, Core::ParameterValuesJson::toText(values));
}

void ParameterMemory::forget(const QString &operationId)
{
    QSettings settings(m_filePath, QSettings::IniFormat);
    settings.beginGroup(groupName);
    settings.remove(operationId);
}

} // namespace Esi::Ui
