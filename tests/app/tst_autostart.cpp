// SPDX-License-Identifier: GPL-3.0-or-later
// "Start at login": the XDG autostart entry.
#include "desktop/autostart.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace redletter;

class TestAutostart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultLocation_isTheUsersConfigDirectory();
    void enable_writesAnEntryThatStartsMinimized();
    void disable_removesTheEntry();
    void hiddenEntry_countsAsDisabled();
    void execProgram_data();
    void execProgram();
    void entry_passesDesktopFileValidate();
};

void TestAutostart::defaultLocation_isTheUsersConfigDirectory()
{
    // QStandardPaths' config location is XDG_CONFIG_HOME (~/.config by default; a test directory here).
    QCOMPARE(Autostart().entryPath(), QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                                          + QStringLiteral("/autostart/org.redletter.redletter.desktop"));
}

void TestAutostart::enable_writesAnEntryThatStartsMinimized()
{
    QTemporaryDir config;
    Autostart autostart(config.path());
    QVERIFY(!autostart.isEnabled());
    QString error;
    QVERIFY2(autostart.setEnabled(true, QStringLiteral("/opt/red letter/bin/redletter"), &error), qPrintable(error));
    QVERIFY(autostart.isEnabled());
    QCOMPARE(autostart.entryPath(), config.filePath(QStringLiteral("autostart/org.redletter.redletter.desktop")));
    const QString text = QString::fromUtf8(test::readFile(autostart.entryPath()));
    QVERIFY2(text.startsWith(QLatin1String("[Desktop Entry]\n")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\nType=Application\n")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\nExec=\"/opt/red letter/bin/redletter\" --minimized\n")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\nIcon=org.redletter.redletter\n")), qPrintable(text));

    // Enabling again rewrites the same file in place.
    QVERIFY(autostart.setEnabled(true, QStringLiteral("/usr/bin/redletter"), &error));
    QVERIFY(test::readFile(autostart.entryPath()).contains("Exec="));
}

void TestAutostart::disable_removesTheEntry()
{
    QTemporaryDir config;
    Autostart autostart(config.path());
    QString error;
    QVERIFY(autostart.setEnabled(true, QStringLiteral("/usr/bin/redletter"), &error));
    QVERIFY2(autostart.setEnabled(false, QString(), &error), qPrintable(error));
    QVERIFY(!QFileInfo::exists(autostart.entryPath()));
    QVERIFY(!autostart.isEnabled());
    QVERIFY2(autostart.setEnabled(false, QString(), &error), "disabling twice is no error");
}

void TestAutostart::hiddenEntry_countsAsDisabled()
{
    QTemporaryDir config;
    Autostart autostart(config.path());
    QString error;
    QVERIFY(autostart.setEnabled(true, QStringLiteral("/usr/bin/redletter"), &error));
    QFile file(autostart.entryPath());
    QVERIFY(file.open(QIODevice::Append));
    file.write("Hidden=true\n");
    file.close();
    QVERIFY(!autostart.isEnabled());
}

void TestAutostart::execProgram_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain path") << QStringLiteral("/usr/local/bin/redletter") << QStringLiteral("/usr/local/bin/redletter");
    QTest::newRow("space: quoted") << QStringLiteral("/opt/my apps/redletter") << QStringLiteral("\"/opt/my apps/redletter\"");
    QTest::newRow("dollar: quoted and escaped")
        << QStringLiteral("/opt/$HOME/redletter") << QStringLiteral("\"/opt/\\\\$HOME/redletter\"");
    QTest::newRow("percent: doubled") << QStringLiteral("/opt/100%/redletter") << QStringLiteral("\"/opt/100%%/redletter\"");
}

void TestAutostart::execProgram()
{
    QFETCH(QString, program);
    QFETCH(QString, expected);
    QCOMPARE(Autostart::execProgram(program), expected);
}

void TestAutostart::entry_passesDesktopFileValidate()
{
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (validator.isEmpty())
        QSKIP("desktop-file-validate is not installed");
    QTemporaryDir config;
    Autostart autostart(config.path());
    QString error;
    QVERIFY(autostart.setEnabled(true, QStringLiteral("/opt/my apps/redletter"), &error));
    QProcess process;
    process.start(validator, {autostart.entryPath()});
    QVERIFY(process.waitForFinished(10000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    QVERIFY2(process.exitCode() == 0 && !output.contains(QLatin1String("error")), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
