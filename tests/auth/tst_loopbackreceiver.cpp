// The loopback receiver behind the system-browser sign-in: any local program or web page can send a request
// to it. One without this sign-in's `state` is answered 400 and ignored, and the receiver keeps waiting for the
// real answer, so a forged request cannot knock the sign-in over.
#include "core/auth/loopbackreceiver.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Esi;
using namespace Qt::Literals::StringLiterals;

namespace {

// A browser's GET, sent without blocking so the receiver in this thread can answer it.
struct BrowserRequest
{
    QTcpSocket socket;
    QByteArray answer;

    BrowserRequest(quint16 port, const QByteArray &target)
    {
        QObject::connect(&socket, &QTcpSocket::connected, &socket,
                         [this, target] { socket.write("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"); });
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] { answer += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }

    // "HTTP/1.1 400 Bad Request" once the status line arrived, else empty.
    QByteArray statusLine() const
    {
        return answer.contains("\r\n") ? answer.left(answer.indexOf("\r\n")) : QByteArray();
    }
};

} // namespace

class TestLoopbackReceiver : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void forgedState_gets400AndTheRealAnswerStillArrives()
    {
        Core::LoopbackReceiver receiver;
        QString error;
        QVERIFY2(receiver.listen(QUrl(u"http://127.0.0.1:0/callback"_s), &error), qPrintable(error));
        receiver.setExpectedState("real-state");
        QSignalSpy received(&receiver, &Core::LoopbackReceiver::callbackReceived);
        const quint16 port = quint16(receiver.callbackUrl().port());

        BrowserRequest forged(port, "/callback?code=attacker-code&state=forged");
        QTRY_COMPARE(forged.statusLine(), "HTTP/1.1 400 Bad Request");
        BrowserRequest missing(port, "/callback?code=attacker-code");
        QTRY_COMPARE(missing.statusLine(), "HTTP/1.1 400 Bad Request");
        QCOMPARE(received.size(), 0);
        QVERIFY(receiver.isListening());

        BrowserRequest real(port, "/callback?code=real-code&state=real-state");
        QTRY_COMPARE(real.statusLine(), "HTTP/1.1 200 OK");
        QCOMPARE(received.size(), 1);
        const QUrl url = received.first().first().toUrl();
        QVERIFY(url.query().contains(u"code=real-code"_s));
    }
};

QTEST_GUILESS_MAIN(TestLoopbackReceiver)
#include "tst_loopbackreceiver.moc"
