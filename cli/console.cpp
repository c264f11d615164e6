#include "cli/console.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Cli {

Console::Console(std::FILE *out, std::FILE *err)
    : m_out(out)
    , m_err(err)
{}

void Console::write(const QByteArray &utf8)
{
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), m_out);
    std::fflush(m_out);
}

void Console::write(const QString &text)
{
    write(text.toUtf8());
}

void Console::writeLine(const QString &text)
{
    write(text.toUtf8() + '\n');
}

void Console::writeJson(const QJsonObject &object)
{
    write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
}

void Console::writeError(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), m_err);
    std::fflush(m_err);
}

ExitCode Console::fail(ExitCode code, const QString &message)
{
    writeError(u"esi: "_s + message + u'\n');
    return code;
}

} // namespace Esi::Cli
