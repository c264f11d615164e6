#pragma once

// Everything the explorer window is given by the application, built the way Application builds it but
// in a temporary folder and pointed at an in-process esi-sandbox on 127.0.0.1.
#include "core/http/errorlimittracker.h"
#include "core/http/esiclient.h"
#include "core/http/limitstatestore.h"
#include "core/http/ratelimittracker.h"
#include "core/http/responsecache.h"
#include "core/http/tokenprovider.h"
#include "core/result/callhistorystore.h"
#include "core/spec/specrepository.h"
#include "sandbox/sandboxserver.h"
#include "ui/run/explorerservices.h"
#include "ui/run/parametermemory.h"

#include <QApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>
#include <memory>

// Runs `action` once the next modal dialog is up (a QMessageBox or QDialog started with exec()).
inline void onNextModal(QObject *context, std::function<void(QWidget *)> action)
{
    auto *timer = new QTimer(context);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, context, [timer, action] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            action(modal);
        }
    });
    timer->start();
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Hands out a fixed token for one signed-in character; the sandbox accepts any bearer token.
class FixedTokens final : public Esi::Core::TokenProvider
{
public:
    explicit FixedTokens(qint64 characterId)
        : m_characterId(characterId)
    {}

    void requestAccessToken(qint64 character, const QStringList &, const QUrl &,
                            std::function<void(const Esi::Core::TokenResult &)> done) override
    {
        ++requests;
        done(character == m_characterId ? Esi::Core::TokenResult{QStringLiteral("token-for-ava"), {}}
                                        : Esi::Core::TokenResult{{}, QStringLiteral("not signed in")});
    }

    int requests = 0;

private:
    qint64 m_characterId;
};

struct ExplorerHarness
{
    explicit ExplorerHarness(qint64 signedInCharacter)
        : tokens(signedInCharacter)
    {}

    // Empty on success, else what failed.
    QString setUp(const Esi::Core::SpecPtr &served, const Esi::Sandbox::SandboxOptions &options)
    {
        if (!directory.isValid()) {
            return directory.errorString();
        }
        sandbox = std::make_unique<Esi::Sandbox::SandboxServer>(served, QByteArray(), options, clock);
        if (sandbox->start() == 0) {
            return sandbox->errorString();
        }
        QString error;
        repository = std::make_unique<Esi::Core::SpecRepository>(&network, directory.filePath(QStringLiteral("specs")),
                                                                 sandbox->baseUrl());
        cache =
            std::make_unique<Esi::Core::ResponseCache>(directory.filePath(QStringLiteral("responses.sqlite")), clock);
        limits = std::make_unique<Esi::Core::LimitStateStore>(directory.filePath(QStringLiteral("limits.sqlite")));
        history = std::make_unique<Esi::Core::CallHistoryStore>(directory.filePath(QStringLiteral("history.sqlite")));
        if (!cache->open(&error) || !limits->open(&error) || !history->open(&error)) {
            return error;
        }
        rateLimits = std::make_unique<Esi::Core::RateLimitTracker>(limits.get(), clock);
        errorLimits = std::make_unique<Esi::Core::ErrorLimitTracker>(limits.get(), clock);
        Esi::Core::FetchServices fetch;
        fetch.network = &network;
        fetch.clock = &clock;
        fetch.cache = cache.get();
        fetch.rateLimits = rateLimits.get();
        fetch.errorLimits = errorLimits.get();
        Esi::Core::EsiClientSettings settings;
        settings.baseUrl = sandbox->baseUrl();
        client = std::make_unique<Esi::Core::EsiClient>(fetch, settings);
        client->setTokenProvider(&tokens);
        memory = std::make_unique<Esi::Ui::ParameterMemory>(directory.filePath(QStringLiteral("remembered.ini")));
        return {};
    }

    Esi::Ui::ExplorerServices services()
    {
        Esi::Ui::ExplorerServices result;
        result.clock = &clock;
        result.specRepository = repository.get();
        result.client = client.get();
        result.rateLimits = rateLimits.get();
        result.errorLimits = errorLimits.get();
        result.tokens = &tokens;
        result.history = history.get();
        result.memory = memory.get();
        return result;
    }

    Esi::Core::SystemClock clock;
    QTemporaryDir directory;
    std::unique_ptr<Esi::Sandbox::SandboxServer> sandbox;
    QNetworkAccessManager network;
    std::unique_ptr<Esi::Core::SpecRepository> repository;
    std::unique_ptr<Esi::Core::ResponseCache> cache;
    std::unique_ptr<Esi::Core::LimitStateStore> limits;
    std::unique_ptr<Esi::Core::RateLimitTracker> rateLimits;
    std::unique_ptr<Esi::Core::ErrorLimitTracker> errorLimits;
    std::unique_ptr<Esi::Core::EsiClient> client;
    std::unique_ptr<Esi::Core::CallHistoryStore> history;
    std::unique_ptr<Esi::Ui::ParameterMemory> memory;
    FixedTokens tokens;
};
