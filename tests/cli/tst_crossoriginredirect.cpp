// `esi call` as a user runs it, with a signed-in character in the real keychain: when the ESI server answers
// an authed call with a redirect to another server (a second loopback address, 127.0.0.2), that server never
// receives the request, let alone `Authorization`, and the error names both servers and the status; a
// redirect within the same server is still followed, with the token.
#include "core/auth/keychainsecretstore.h"
#include "tests/cli/redirectingarea.h"
#include "tests/http/scriptedserver.h"
#include "tests/ui/tokenmanagerfixture.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Esi;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString esiProgram = QStringLiteral(ESI_BINARY_DIR "/cli/esi");
constexpr qint64 pilot = TokenManagerFixture::pilot;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

} // namespace

class TestCrossOriginRedirect : public QObject
{
    Q_OBJECT

private:
    // Runs `esi` without blocking: the in-process sandbox answers it from this thread's event loop.
    Run esi(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"ESI_STUDIO_DATA_DIR"_s, m_fixture->folder.path());
        env.insert(u"ESI_STUDIO_CACHE_DIR"_s, m_state.filePath(u"cache"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_state.filePath(u"config"_s));
        env.insert(u"ESI_SSO_URL"_s, m_fixture->sandbox.server->baseUrl().toString());
        env.insert(u"ESI_CLIENT_ID"_s, SsoSandbox::clientId);
        env.remove(u"QT_LOGGING_RULES"_s);
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(esiProgram, arguments);
        Run run;
        if (!finished.wait(60000)) {
            process.kill();
            process.waitForFinished();
            run.err = u"esi did not finish"_s;
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QTemporaryDir m_state;
    Core::KeychainSecretStore m_keychain;
    std::unique_ptr<TokenManagerFixture> m_fixture;
    RedirectingArea *m_area = nullptr;
    ScriptedServer m_elsewhere; // 127.0.0.2: must never hear from us

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(esiProgram), qPrintable(esiProgram));
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "no D-Bus session: run this test through ctest (KEYRING), which starts one with a keyring");
        QVERIFY(m_state.isValid());
        QVERIFY2(m_elsewhere.start(QHostAddress(u"127.0.0.2"_s)) != 0, "cannot listen on 127.0.0.2");
        m_fixture = std::make_unique<TokenManagerFixture>(&m_keychain);
        QVERIFY2(m_fixture->isReady(), qPrintable(m_fixture->problem));
        auto area = std::make_unique<RedirectingArea>();
        m_area = area.get();
        m_fixture->sandbox.server->addArea(std::move(area));
        const Core::SignInStoreResult signedIn =
            m_fixture->signIn(pilot, {SsoSandbox::assetsScope, SsoSandbox::skillsScope});
        QVERIFY2(signedIn.isOk(), qPrintable(signedIn.error));
    }

    void authedCall_redirectedToAnotherServer_sendsNothingThereAndSaysWhere()
    {
        const QString path = u"/characters/%1/assets"_s.arg(pilot);
        const QUrl target = m_elsewhere.baseUrl().resolved(QUrl(path));
        m_area->redirect(path, 302, target);
        const Run run = esi({u"call"_s, u"GetCharactersCharacterIdAssets"_s, u"character_id=%1"_s.arg(pilot),
                             u"--character"_s, QString::number(pilot), u"--base-url"_s,
                             m_fixture->sandbox.server->baseUrl().toString(), u"--no-cache"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(target.toString()), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"302"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"127.0.0.1"_s), qPrintable(run.err));
        QVERIFY2(m_elsewhere.requests.isEmpty(), "127.0.0.2 received a request");
        // The call did go to the server it was meant for, with the character's token.
        const auto asked = std::find_if(m_area->seen.cbegin(), m_area->seen.cend(),
                                        [&](const RedirectingArea::Seen &seen) { return seen.path == path; });
        QVERIFY(asked != m_area->seen.cend());
        QVERIFY(asked->authorization.startsWith("Bearer "));
    }

    void authedCall_redirectedWithinTheServer_isFollowedWithTheToken()
    {
        const QString path = u"/characters/%1/skills"_s.arg(pilot);
        m_area->redirectOnceToItself(path);
        const qsizetype before = m_area->seen.size();
        const Run run = esi({u"call"_s, u"GetCharactersCharacterIdSkills"_s, u"character_id=%1"_s.arg(pilot),
                             u"--character"_s, QString::number(pilot), u"--base-url"_s,
                             m_fixture->sandbox.server->baseUrl().toString(), u"--no-cache"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!QJsonDocument::fromJson(run.out).isNull());
        QList<QByteArray> authorizations;
        for (qsizetype i = before; i < m_area->seen.size(); ++i) {
            if (m_area->seen.at(i).path == path) {
                authorizations.append(m_area->seen.at(i).authorization);
            }
        }
        // The redirect, then the followed request (more only when a loaded machine made esi retry it).
        QVERIFY2(authorizations.size() >= 2, "the redirect within the server was not followed");
        for (qsizetype i = 1; i < authorizations.size(); ++i) {
            QVERIFY(authorizations.at(i).startsWith("Bearer "));
        }
        QVERIFY(m_elsewhere.requests.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCrossOriginRedirect)
#include "tst_crossoriginredirect.moc"
