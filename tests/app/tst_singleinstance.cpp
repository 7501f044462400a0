// SPDX-License-Identifier: GPL-3.0-or-later
// One window per catalog: a later launch hands its arguments to the running one.
#include "desktop/singleinstance.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace redletter;

namespace {

//! What a second launch does, in another thread: the first one's event loop must run meanwhile.
struct SecondLaunch
{
    std::thread thread;
    std::atomic<int> result{-1}; // -1 running, 0 nobody took the arguments, 1 taken

    SecondLaunch(const QString &key, const QStringList &arguments)
    {
        thread = std::thread([this, key, arguments] {
            SingleInstance second(key);
            result = second.sendToRunningInstance(arguments, 5000) ? 1 : 0;
        });
    }
    ~SecondLaunch() { thread.join(); }
};

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void serverName_perCatalog_inTheRuntimeDirectory();
    void noInstanceRunning_sendReturnsFalse();
    void secondLaunch_handsItsArgumentsToTheFirst();
    void staleSocketFromACrash_isReplaced();
    void garbageRequest_isDropped_andTheServerStillListens();
    void busyInstanceThatDoesNotAnswer_stillCountsAsRunning();

private:
    QTemporaryDir m_runtime;
};

void TestSingleInstance::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QFile::setPermissions(m_runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
}

void TestSingleInstance::serverName_perCatalog_inTheRuntimeDirectory()
{
    const QString a = SingleInstance::serverName(QStringLiteral("/home/u/.local/share/redletter/catalog.sqlite"));
    const QString b = SingleInstance::serverName(QStringLiteral("/tmp/other/catalog.sqlite"));
    QVERIFY(a != b);
    QCOMPARE(a, SingleInstance::serverName(QStringLiteral("/home/u/.local/share/redletter/catalog.sqlite")));
    QCOMPARE(QFileInfo(a).absolutePath(), QFileInfo(m_runtime.path()).absoluteFilePath());
    QVERIFY(QFileInfo(a).fileName().startsWith(QLatin1String("redletter-")));
}

void TestSingleInstance::noInstanceRunning_sendReturnsFalse()
{
    SingleInstance instance(QStringLiteral("nobody-listens"));
    QVERIFY(!instance.sendToRunningInstance({QStringLiteral("redletter")}, 500));
}

void TestSingleInstance::secondLaunch_handsItsArgumentsToTheFirst()
{
    const QString key = QStringLiteral("first-and-second");
    SingleInstance first(key);
    QString error;
    QVERIFY2(first.listen(&error), qPrintable(error));
    QVERIFY(first.isListening());
    QSignalSpy received(&first, &SingleInstance::argumentsReceived);

    const QStringList arguments{QStringLiteral("redletter"), QStringLiteral("--date"), QStringLiteral("2026-11-24"),
                                QStringLiteral("naïve «quotes» \"and\" \n newlines")};
    SecondLaunch second(key, arguments);
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 5000);
    QCOMPARE(received.at(0).at(0).toStringList(), arguments);
    QTRY_COMPARE_WITH_TIMEOUT(second.result.load(), 1, 5000);
}

void TestSingleInstance::staleSocketFromACrash_isReplaced()
{
    const QString key = QStringLiteral("crashed");
    const QString path = SingleInstance::serverName(key);
    // A socket file nobody listens on, as a killed instance leaves it.
    {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray encoded = QFile::encodeName(path);
        QVERIFY(size_t(encoded.size()) < sizeof address.sun_path);
        std::copy(encoded.cbegin(), encoded.cend(), address.sun_path);
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        ::close(fd);
    }
    QVERIFY(QFileInfo::exists(path));

    SingleInstance restarted(key);
    QVERIFY(!restarted.sendToRunningInstance({QStringLiteral("redletter")}, 500));
    QString error;
    QVERIFY2(restarted.listen(&error), qPrintable(error));
    QSignalSpy received(&restarted, &SingleInstance::argumentsReceived);
    SecondLaunch second(key, {QStringLiteral("redletter")});
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 5000);
}

void TestSingleInstance::garbageRequest_isDropped_andTheServerStillListens()
{
    const QString key = QStringLiteral("garbage");
    SingleInstance first(key);
    QString error;
    QVERIFY2(first.listen(&error), qPrintable(error));
    QSignalSpy received(&first, &SingleInstance::argumentsReceived);

    QLocalSocket intruder;
    intruder.connectToServer(first.serverName());
    QVERIFY(intruder.waitForConnected(2000));
    intruder.write("this is not json\n");
    QTRY_COMPARE_WITH_TIMEOUT(intruder.state(), QLocalSocket::UnconnectedState, 5000);
    QCOMPARE(received.count(), 0);

    SecondLaunch second(key, {QStringLiteral("redletter")});
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 5000);
}

void TestSingleInstance::busyInstanceThatDoesNotAnswer_stillCountsAsRunning()
{
    // A first instance stuck in a long operation: its socket must not be taken over.
    const QString key = QStringLiteral("busy");
    QLocalServer stuck;
    QVERIFY(stuck.listen(SingleInstance::serverName(key)));
    SingleInstance second(key);
    QVERIFY(second.sendToRunningInstance({QStringLiteral("redletter")}, 300));
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
