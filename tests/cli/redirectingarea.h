#pragma once

// Test helper: a part of an in-process esi-sandbox that answers chosen ESI paths with a redirect (to another
// server, or once to the same address), before the sandbox's own routes see them.
#include "sandbox/sandboxarea.h"

#include <QHash>
#include <QUrl>

class RedirectingArea : public Esi::Sandbox::SandboxArea
{
public:
    struct Seen
    {
        QString path;
        QByteArray authorization;
    };

    // `path` answers `status` with Location `target`, every time.
    void redirect(const QString &path, int status, const QUrl &target) { m_always.insert(path, {status, target}); }

    // `path` answers 302 to itself once; the repeated request goes on to the sandbox's ESI routes.
    void redirectOnceToItself(const QString &path) { m_once.insert(path, false); }

    std::optional<Esi::Sandbox::SandboxResponse> respond(const Esi::Sandbox::SandboxRequest &request) override
    {
        seen.append({request.path, request.header("authorization")});
        if (const auto always = m_always.constFind(request.path); always != m_always.cend()) {
            return redirectResponse(always->first, always->second.toEncoded());
        }
        if (const auto once = m_once.find(request.path); once != m_once.end() && !once.value()) {
            once.value() = true;
            QByteArray location = request.path.toUtf8();
            if (!request.query.isEmpty()) {
                location += '?' + request.query.toString(QUrl::FullyEncoded).toUtf8();
            }
            return redirectResponse(302, location);
        }
        return std::nullopt;
    }

    QList<Seen> seen;

private:
    static Esi::Sandbox::SandboxResponse redirectResponse(int status, const QByteArray &location)
    {
        Esi::Sandbox::SandboxResponse response;
        response.status = status;
        response.setHeader("Location", location);
        response.setHeader("Content-Type", "application/json");
        response.body = "{}";
        return response;
    }

    QHash<QString, QPair<int, QUrl>> m_always;
    QHash<QString, bool> m_once; // path -> already redirected
};
