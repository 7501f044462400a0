// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/linkfetcher.h"

#include "loopbackhttpserver.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>

using namespace redletter;
using redletter::test::LoopbackHttpServer;

namespace {

const char ManifestoSite[] = "mia/sites/marx-engels-communist-manifesto";

struct Fetched
{
    bool ok = false;
    FetchedSource source;
    SourceError error;
};

Fetched fetch(const QUrl &url, const FetchLimits &limits = {})
{
    Fetched result;
    result.ok = fetchLink(url, limits, &result.source, &result.error);
    return result;
}

//! What an async fetch reported, in order.
struct Recorder
{
    QStringList events; // "progress", "finished", "failed", "cancelled"
    QList<qint64> received;
    QList<qint64> totals;
    FetchedSource source;
    SourceError error;
    bool inFetch = false;
    bool signalledFromInsideFetch = false;

    void attach(LinkFetcher *fetcher)
    {
        QObject::connect(fetcher, &LinkFetcher::progress, fetcher, [this](qint64 got, qint64 total) {
            note(QStringLiteral("progress"));
            received.append(got);
            totals.append(total);
        });
        QObject::connect(fetcher, &LinkFetcher::finished, fetcher, [this](const FetchedSource &s) {
            note(QStringLiteral("finished"));
            source = s;
        });
        QObject::connect(fetcher, &LinkFetcher::failed, fetcher, [this](const SourceError &e) {
            note(QStringLiteral("failed"));
            error = e;
        });
        QObject::connect(fetcher, &LinkFetcher::cancelled, fetcher, [this] { note(QStringLiteral("cancelled")); });
    }
    void note(const QString &event)
    {
        events.append(event);
        signalledFromInsideFetch = signalledFromInsideFetch || inFetch;
    }
    bool ended() const
    {
        return events.contains(QLatin1String("finished")) || events.contains(QLatin1String("failed"));
    }
    void start(LinkFetcher *fetcher, const QUrl &url)
    {
        inFetch = true;
        fetcher->fetch(url);
        inFetch = false;
    }
};

} // namespace

class TestLinkFetcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpusPage_byteIdentical();
    void contentTypeHeader_data();
    void contentTypeHeader();
    void httpStatus_data();
    void httpStatus();
    void redirectChain_followed();
    void redirectChain_limit();
    void redirectLoop_refused();
    void redirect_toOtherScheme_refused_data();
    void redirect_toOtherScheme_refused();
    void huge_announced_refusedBeforeBody();
    void huge_streamed_stoppedAtCap();
    void huge_errorPage_notRead();
    void compressed_refused();
    void timeout_data();
    void timeout();
    void schemes_refused_data();
    void schemes_refused();
    void connectionRefused();
    void async_progressThenFinished();
    void cancel_endsWithCancelledOnly();
    void fetch_whileRunning_cancelsFirst();
};

void TestLinkFetcher::corpusPage_byteIdentical()
{
    REDLETTER_REQUIRE_CORPUS();
    const QString site = test::corpusFile(QString::fromLatin1(ManifestoSite));
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.serveDirectory(site, "iso-8859-1");

    QUrl url = server.url(QStringLiteral("/ch01.htm"));
    url.setFragment(QStringLiteral("007"));
    const Fetched fetched = fetch(url);
    QVERIFY2(fetched.ok, qPrintable(fetched.error.toString()));
    const QByteArray original = test::readFile(site + QStringLiteral("/ch01.htm"));
    QCOMPARE(original.size(), 36527);
    QCOMPARE(fetched.source.bytes, original);
    QCOMPARE(fetched.source.contentType, QByteArray("text/html"));
    QCOMPARE(fetched.source.charset, QByteArray("iso-8859-1"));
    QCOMPARE(fetched.source.finalUrl, server.url(QStringLiteral("/ch01.htm"))); // no #fragment
    // The page links a stylesheet (and the index an icon): only the page itself was asked for.
    QVERIFY(original.contains("border-red.css"));
    QCOMPARE(server.requests(), QStringList{QStringLiteral("GET /ch01.htm")});
    QVERIFY(server.lastRequestHeader("user-agent").startsWith("RedLetter/"));
}

void TestLinkFetcher::contentTypeHeader_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("charset");

    QTest::newRow("MIA's Latin-1") << QByteArray("text/html; charset=ISO-8859-1") << QByteArray("text/html")
                                   << QByteArray("iso-8859-1");
    QTest::newRow("quoted, no space") << QByteArray("text/html;charset=\"utf-8\"") << QByteArray("text/html")
                                      << QByteArray("utf-8");
    QTest::newRow("capitals and another parameter")
        << QByteArray("Text/HTML; Charset=Windows-1252; foo=bar") << QByteArray("text/html")
        << QByteArray("windows-1252");
    QTest::newRow("no charset") << QByteArray("text/plain") << QByteArray("text/plain") << QByteArray();
    QTest::newRow("EPUB") << QByteArray("application/epub+zip") << QByteArray("application/epub+zip")
                          << QByteArray();
}

void TestLinkFetcher::contentTypeHeader()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, charset);
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    const QByteArray body = "caf\xe9 \xe0 la page";
    server.addContent(QStringLiteral("/page"), body, header);

    const Fetched fetched = fetch(server.url(QStringLiteral("/page")));
    QVERIFY2(fetched.ok, qPrintable(fetched.error.toString()));
    QCOMPARE(fetched.source.bytes, body); // bytes as served: decoding is the reader's job
    QCOMPARE(fetched.source.contentType, type);
    QCOMPARE(fetched.source.charset, charset);
}

void TestLinkFetcher::httpStatus_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    QTest::newRow("404 route") << QStringLiteral("/gone") << QStringLiteral("HTTP 404 Not Found");
    QTest::newRow("403") << QStringLiteral("/private") << QStringLiteral("HTTP 403 Forbidden");
    QTest::newRow("500") << QStringLiteral("/broken") << QStringLiteral("HTTP 500 Internal Server Error");
    QTest::newRow("a file not in the folder") << QStringLiteral("/ch09.htm") << QStringLiteral("HTTP 404 Not Found");
    QTest::newRow("outside the folder") << QStringLiteral("/../../../MANIFEST.tsv")
                                        << QStringLiteral("HTTP 404 Not Found");
}

void TestLinkFetcher::httpStatus()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    if (!test::corpusDir().isEmpty())
        server.serveDirectory(test::corpusFile(QString::fromLatin1(ManifestoSite)));
    server.addStatus(QStringLiteral("/gone"), 404, "Not Found");
    server.addStatus(QStringLiteral("/private"), 403, "Forbidden");
    server.addStatus(QStringLiteral("/broken"), 500, "Internal Server Error");

    QUrl url = server.url();
    url.setPath(path); // as typed, dots and all (QUrl keeps them; the server must refuse)
    const Fetched fetched = fetch(url);
    QVERIFY(!fetched.ok);
    QCOMPARE(fetched.error.toString(), url.toDisplayString() + QStringLiteral(": ") + message);
}

void TestLinkFetcher::redirectChain_followed()
{
    REDLETTER_REQUIRE_CORPUS();
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.serveDirectory(test::corpusFile(QString::fromLatin1(ManifestoSite)));
    // Three hops of three kinds: permanent, a relative target, a whole URL.
    server.addRedirect(QStringLiteral("/old/manifesto"), QStringLiteral("/old/moved"), 301);
    server.addRedirect(QStringLiteral("/old/moved"), QStringLiteral("../works/ch01"), 302);
    server.addRedirect(QStringLiteral("/works/ch01"), server.url(QStringLiteral("/ch01.htm")).toString(), 307);

    const Fetched fetched = fetch(server.url(QStringLiteral("/old/manifesto")));
    QVERIFY2(fetched.ok, qPrintable(fetched.error.toString()));
    QCOMPARE(fetched.source.finalUrl, server.url(QStringLiteral("/ch01.htm")));
    QCOMPARE(fetched.source.bytes.size(), 36527);
    QCOMPARE(server.requests(), (QStringList{QStringLiteral("GET /old/manifesto"), QStringLiteral("GET /old/moved"),
                                             QStringLiteral("GET /works/ch01"), QStringLiteral("GET /ch01.htm")}));
}

void TestLinkFetcher::redirectChain_limit()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.addRedirect(QStringLiteral("/1"), QStringLiteral("/2"));
    server.addRedirect(QStringLiteral("/2"), QStringLiteral("/3"));
    server.addRedirect(QStringLiteral("/3"), QStringLiteral("/end"));
    server.addContent(QStringLiteral("/end"), "the end", "text/plain");
    server.addRedirect(QStringLiteral("/to-gone"), QStringLiteral("/gone"));
    server.addStatus(QStringLiteral("/gone"), 404, "Not Found");

    FetchLimits limits;
    limits.maximumRedirects = 3;
    Fetched fetched = fetch(server.url(QStringLiteral("/1")), limits);
    QVERIFY2(fetched.ok, qPrintable(fetched.error.toString()));
    QCOMPARE(fetched.source.bytes, QByteArray("the end"));

    limits.maximumRedirects = 2;
    fetched = fetch(server.url(QStringLiteral("/1")), limits);
    QVERIFY(!fetched.ok);
    QCOMPARE(fetched.error.message, QStringLiteral("redirects more than 2 times"));

    // An error after a redirect says where it happened.
    fetched = fetch(server.url(QStringLiteral("/to-gone")));
    QVERIFY(!fetched.ok);
    QCOMPARE(fetched.error.file, server.url(QStringLiteral("/to-gone")).toDisplayString());
    QCOMPARE(fetched.error.message, QStringLiteral("HTTP 404 Not Found (redirected to %1)")
                                        .arg(server.url(QStringLiteral("/gone")).toDisplayString()));
}

void TestLinkFetcher::redirectLoop_refused()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.addRedirect(QStringLiteral("/loop"), QStringLiteral("/loop"));
    server.addRedirect(QStringLiteral("/ping"), QStringLiteral("/pong"), 303);
    server.addRedirect(QStringLiteral("/pong"), QStringLiteral("/ping"), 308);

    Fetched fetched = fetch(server.url(QStringLiteral("/loop")));
    QVERIFY(!fetched.ok);
    QCOMPARE(fetched.error.toString(),
             server.url(QStringLiteral("/loop")).toDisplayString() + QStringLiteral(": redirects more than 5 times"));
    QCOMPARE(server.requests().size(), 6); // the first request and five redirects followed

    fetched = fetch(server.url(QStringLiteral("/ping")));
    QVERIFY(!fetched.ok);
    QCOMPARE(fetched.error.message, QStringLiteral("redirects more than 5 times"));
    QCOMPARE(server.requests().size(), 12);
}

void TestLinkFetcher::redirect_toOtherScheme_refused_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd");
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/pub/manifesto.txt");
    QTest::newRow("data") << QStringLiteral("data:text/plain,hello");
}

void TestLinkFetcher::redirect_toOtherScheme_refused()
{
    QFETCH(QString, target);
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.addRedirect(QStringLiteral("/elsewhere"), target);

    const Fetched fetched = fetch(server.url(QStringLiteral("/elsewhere")));
    QVERIFY(!fetched.ok);
    QCOMPARE(fetched.error.message, QStringLiteral("redirects to %1, which is not an http or https link")
                                        .arg(QUrl(target).toDisplayString()));
    QCOMPARE(server.requests().size(), 1);
}

void TestLinkFetcher::huge_announced_refusedBeforeBody()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    const qint64 twoGigabytes = qint64(2) * 1024 * 1024 * 1024;
    server.addHugeBody(QStringLiteral("/huge"), twoGigabytes, true);

    LinkFetcher fetcher;
    Recorder recorder;
    recorder.attach(&fetcher);
    recorder.start(&fetcher, server.url(QStringLiteral("/huge")));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.ended(), 10000);
    QCOMPARE(recorder.events, QStringList{QStringLiteral("failed")}); // not one byte of body read
    QCOMPARE(recorder.error.message, QStringLiteral("announces 2.0 GB, more than the limit of 16.0 MB"));
    QTRY_COMPARE(server.hugeBodiesAbandoned(), 1);
    QVERIFY2(server.hugeBytesSent() < 16 * 1024 * 1024, qPrintable(QString::number(server.hugeBytesSent())));
}

void TestLinkFetcher::huge_streamed_stoppedAtCap()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    const qint64 twoGigabytes = qint64(2) * 1024 * 1024 * 1024;
    server.addHugeBody(QStringLiteral("/stream"), twoGigabytes, false); // chunked: no length

    FetchLimits limits;
    limits.maximumBytes = 1024 * 1024;
    LinkFetcher fetcher;
    fetcher.setLimits(limits);
    Recorder recorder;
    recorder.attach(&fetcher);
    recorder.start(&fetcher, server.url(QStringLiteral("/stream")));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.ended(), 10000);
    QCOMPARE(recorder.events.last(), QStringLiteral("failed"));
    QCOMPARE(recorder.error.message, QStringLiteral("larger than the limit of 1.0 MB"));
    QVERIFY(!recorder.received.isEmpty());
    QVERIFY(recorder.received.last() <= limits.maximumBytes);
    QVERIFY(recorder.totals.last() == -1);
    QTRY_COMPARE(server.hugeBodiesAbandoned(), 1);
    // What the server handed to its socket: the cap, Qt's read buffer, and what the loopback
    // socket buffers of both kernels hold (a few MB) — and not a byte more once we hung up.
    qInfo("2 GB stream, 1 MB cap: the server wrote %.1f MB before the fetcher hung up",
          server.hugeBytesSent() / 1048576.0);
    QVERIFY2(server.hugeBytesSent() < limits.maximumBytes + 16 * 1024 * 1024,
             qPrintable(QString::number(server.hugeBytesSent())));
}

void TestLinkFetcher::huge_errorPage_notRead()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.addHugeBody(QStringLiteral("/missing"), qint64(2) * 1024 * 1024 * 1024, false, 404);

    const Fetched fetched = fetch(server.url(QStringLiteral("/missing")));
    QVERIFY(!fetched.ok);
    QCOMPARE(fetched.error.message, QStringLiteral("HTTP 404 Not Found"));
    QTRY_COMPARE(server.hugeBodiesAbandoned(), 1); // the error page's body is not waited for
    QVERIFY2(server.hugeBytesSent() < 32 * 1024 * 1024, qPrintable(QString::number(server.hugeBytesSent())));
}

void TestLinkFetcher::compressed_refused()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    // 20 MB of zeros, deflated to a few KB, sent although the fetcher asks for no compression.
    const QByteArray deflated = qCompress(QByteArray(20 * 1024 * 1024, '\0'), 9).mid(4); // no length prefix
    QVERIFY(deflated.size() < 64 * 1024);
    server.addContent(QStringLiteral("/bomb"), deflated, "text/plain", "deflate");
    server.addContent(QStringLiteral("/plain"), "Ein Gespenst geht um in Europa.", "text/plain", "identity");

    LinkFetcher fetcher;
    Recorder recorder;
    recorder.attach(&fetcher);
    recorder.start(&fetcher, server.url(QStringLiteral("/bomb")));
    QTRY_VERIFY(recorder.ended());
    QCOMPARE(server.lastRequestHeader("accept-encoding"), QByteArray("identity"));
    QCOMPARE(recorder.events, QStringList{QStringLiteral("failed")}); // nothing read, nothing inflated
    QCOMPARE(recorder.error.message, QStringLiteral("sent compressed (deflate) although asked not to"));

    const Fetched fetched = fetch(server.url(QStringLiteral("/plain")));
    QVERIFY2(fetched.ok, qPrintable(fetched.error.toString()));
    QCOMPARE(fetched.source.bytes, QByteArray("Ein Gespenst geht um in Europa."));
}

void TestLinkFetcher::timeout_data()
{
    QTest::addColumn<bool>("sendHeaders");
    QTest::newRow("no answer at all") << false;
    QTest::newRow("headers, then no body") << true;
}

void TestLinkFetcher::timeout()
{
    QFETCH(bool, sendHeaders);
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.addSilence(QStringLiteral("/silent"), sendHeaders);

    FetchLimits limits;
    limits.timeoutMs = 300;
    QElapsedTimer timer;
    timer.start();
    const Fetched fetched = fetch(server.url(QStringLiteral("/silent")), limits);
    QVERIFY(!fetched.ok);
    QCOMPARE(fetched.error.message, QStringLiteral("no answer within 0.3 s"));
    QVERIFY(timer.elapsed() >= 300);
}

void TestLinkFetcher::schemes_refused_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/pub/manifesto.txt")
                         << QStringLiteral("only http and https links can be fetched (this is a ftp link)");
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd")
                          << QStringLiteral("only http and https links can be fetched (this is a file link)");
    QTest::newRow("relative") << QStringLiteral("marxists.org/archive/marx") << QStringLiteral("not a valid link");
    QTest::newRow("empty") << QString() << QStringLiteral("not a valid link");
}

void TestLinkFetcher::schemes_refused()
{
    QFETCH(QString, url);
    QFETCH(QString, message);
    LinkFetcher fetcher;
    Recorder recorder;
    recorder.attach(&fetcher);
    recorder.start(&fetcher, QUrl(url));
    QVERIFY(recorder.events.isEmpty()); // never from inside fetch()
    QTRY_VERIFY(recorder.ended());
    QCOMPARE(recorder.events, QStringList{QStringLiteral("failed")});
    QVERIFY(!recorder.signalledFromInsideFetch);
    QCOMPARE(recorder.error.file, url);
    QCOMPARE(recorder.error.message, message);

    const Fetched fetched = fetch(QUrl(url)); // the synchronous form does not wait forever
    QCOMPARE(fetched.error.message, message);
}

void TestLinkFetcher::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer closed; // a port that was free a moment ago and has nobody listening now
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        port = closed.serverPort();
    }
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/ch01.htm").arg(port));
    const Fetched fetched = fetch(url);
    QVERIFY(!fetched.ok);
    QCOMPARE(fetched.error.file, url.toDisplayString());
    QVERIFY2(fetched.error.message.contains(QLatin1String("refused"), Qt::CaseInsensitive),
             qPrintable(fetched.error.message));
}

void TestLinkFetcher::async_progressThenFinished()
{
    REDLETTER_REQUIRE_CORPUS();
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.serveDirectory(test::corpusFile(QString::fromLatin1(ManifestoSite)));

    LinkFetcher fetcher;
    Recorder recorder;
    recorder.attach(&fetcher);
    recorder.start(&fetcher, server.url(QStringLiteral("/index.htm")));
    QVERIFY(fetcher.isRunning());
    QTRY_VERIFY(recorder.ended());
    QVERIFY(!fetcher.isRunning());
    QVERIFY(!recorder.signalledFromInsideFetch);
    const qint64 size = test::readFile(test::corpusFile(QString::fromLatin1(ManifestoSite) + QStringLiteral("/index.htm"))).size();
    QVERIFY(size > 0);
    // One or more progress reports, growing, announcing the size; then finished, once, last.
    QVERIFY(recorder.events.size() >= 2);
    QCOMPARE(recorder.events.last(), QStringLiteral("finished"));
    QCOMPARE(recorder.events.count(QStringLiteral("finished")), 1);
    QCOMPARE(recorder.events.count(QStringLiteral("progress")), recorder.events.size() - 1);
    for (int i = 1; i < recorder.received.size(); ++i)
        QVERIFY(recorder.received.at(i) > recorder.received.at(i - 1));
    QCOMPARE(recorder.received.last(), size);
    QCOMPARE(recorder.totals.last(), size);
    QCOMPARE(qint64(recorder.source.bytes.size()), size);
}

void TestLinkFetcher::cancel_endsWithCancelledOnly()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.addSilence(QStringLiteral("/silent"), true);
    server.addContent(QStringLiteral("/page"), "a page", "text/plain");

    LinkFetcher fetcher;
    FetchLimits limits;
    limits.timeoutMs = 200;
    fetcher.setLimits(limits);
    Recorder recorder;
    recorder.attach(&fetcher);
    recorder.start(&fetcher, server.url(QStringLiteral("/silent")));
    QTRY_COMPARE(server.requests().size(), 1); // the request is out, its answer pending
    fetcher.cancel();
    QCOMPARE(recorder.events, QStringList{QStringLiteral("cancelled")});
    QVERIFY(!fetcher.isRunning());
    QTest::qWait(400); // past the 200 ms timeout: the cancelled fetch says nothing more
    QCOMPARE(recorder.events, QStringList{QStringLiteral("cancelled")});
    fetcher.cancel(); // nothing running: nothing happens
    QCOMPARE(recorder.events.size(), 1);

    // The same fetcher fetches again.
    recorder.start(&fetcher, server.url(QStringLiteral("/page")));
    QTRY_VERIFY(recorder.ended());
    QCOMPARE(recorder.events.last(), QStringLiteral("finished"));
    QCOMPARE(recorder.source.bytes, QByteArray("a page"));
}

void TestLinkFetcher::fetch_whileRunning_cancelsFirst()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.addSilence(QStringLiteral("/silent"), false);
    server.addContent(QStringLiteral("/page"), "a page", "text/plain");

    LinkFetcher fetcher;
    Recorder recorder;
    recorder.attach(&fetcher);
    recorder.start(&fetcher, server.url(QStringLiteral("/silent")));
    recorder.start(&fetcher, server.url(QStringLiteral("/page")));
    QTRY_VERIFY(recorder.ended());
    QCOMPARE(recorder.events.first(), QStringLiteral("cancelled"));
    QCOMPARE(recorder.events.last(), QStringLiteral("finished"));
    QCOMPARE(recorder.events.count(QStringLiteral("failed")), 0);
    QCOMPARE(recorder.source.finalUrl, server.url(QStringLiteral("/page")));
}

QTEST_GUILESS_MAIN(TestLinkFetcher)
#include "tst_linkfetcher.moc"
