#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Esi::Core {

// What went wrong while reading a spec, precise enough to fix the input.
struct SpecError
{
    enum class Kind {
        None,
        Io,            // file or resource could not be read
        Syntax,        // not well-formed JSON (line/column set)
        WrongDocument, // well-formed JSON, but not an OpenAPI 3.x / Swagger 2.0 document
        UnresolvedRef, // a $ref that points nowhere (pointer and operation set)
        Invalid,       // structurally wrong (pointer set)
        Network,       // fetching a spec or the list of dates failed
    };

    Kind kind = Kind::None;
    QString source;      // file name, resource or URL
    QString message;     // what is wrong and how to fix it, one sentence
    int line = 0;        // 1-based, Syntax only
    int column = 0;      // 1-based, Syntax only
    QString pointer;     // JSON pointer of the offending value (UnresolvedRef, Invalid)
    QString operationId; // operation the error was found in, if any

    bool isError() const { return kind != Kind::None; }

    // "source:line:column: message" or "source: message (at pointer, in operation X)".
    QString toString() const;

    static SpecError syntax(const QString &source, const QByteArray &json, int offset, const QString &what);
};

} // namespace Esi::Core

Q_DECLARE_METATYPE(Esi::Core::SpecError)
