#pragma once

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QStringList>
#include <QtGlobal>

// What the secret-leak tests share: everything logged while they run, and a scan of folders for files
// that contain any of the secrets.
namespace SecretScan {

inline QStringList &capturedLog()
{
    static QStringList log;
    return log;
}

inline QtMessageHandler &previousHandler()
{
    static QtMessageHandler handler = nullptr;
    return handler;
}

inline void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedLog().append(qFormatLogMessage(type, context, message));
    if (previousHandler()) {
        previousHandler()(type, context, message);
    }
}

inline void startCapturingLog()
{
    previousHandler() = qInstallMessageHandler(captureMessage);
}

inline void stopCapturingLog()
{
    qInstallMessageHandler(previousHandler());
}

// Every file under `folders` that contains one of `needles`; `scanned` counts the files read.
inline QStringList filesContaining(const QStringList &folders, const QList<QByteArray> &needles, int *scanned)
{
    QStringList hits;
    for (const QString &folder : folders) {
        QDirIterator files(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly)) {
                continue;
            }
            ++*scanned;
            const QByteArray content = file.readAll();
            for (const QByteArray &needle : needles) {
                if (content.contains(needle)) {
                    hits.append(file.fileName());
                    break;
                }
            }
        }
    }
    return hits;
}

} // namespace SecretScan
