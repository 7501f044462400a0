// SPDX-License-Identifier: GPL-3.0-or-later
// The hostile-input table: inputs made to hurt the importers (--import) and the annotation
// importer (--import-annotations), each run through the real binary on a real catalog. Each row
// either fails with a clear error that names the file (escaped) and, where a cap is hit, the
// cap — leaving the catalog exactly as it was — or imports. Nothing hangs: every run has a
// deadline. The inputs are made here, at run time, in a temporary folder; time and memory of
// the big ones are measured by bench_hostileinputs, not here (README, "Reliability").
#include "importing/importlimits.h"
#include "hostileinputs.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>


using namespace redletter;

namespace {

enum class Command { Import, ImportAnnotations };

} // namespace

Q_DECLARE_METATYPE(Command)
Q_DECLARE_METATYPE(redletter::test::HostileInput)

class TestHostileInputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hostileInput_data();
    void hostileInput();

private:
    //! Every row of the tables that hold my data, hashed: equal before and after a failed import.
    QByteArray catalogDigest();
    QProcessEnvironment environment() const;

    QTemporaryDir m_home;
    QTemporaryDir m_inputs;
    QString m_binary;
};

void TestHostileInputs::initTestCase()
{
    QVERIFY(m_home.isValid() && m_inputs.isValid());
    m_binary = QStringLiteral(REDLETTER_BINARY);
    QProcess first;
    first.setProcessEnvironment(environment());
    first.start(m_binary, {QStringLiteral("--list")});
    QVERIFY(first.waitForFinished(60000));
    QCOMPARE(first.exitCode(), 0);
    QVERIFY(!catalogDigest().isEmpty());
}

QProcessEnvironment TestHostileInputs::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    return env;
}

QByteArray TestHostileInputs::catalogDigest()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QString name = QStringLiteral("hostile-digest");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_home.filePath(QStringLiteral("data/redletter/catalog.sqlite")));
        if (!db.open())
            return {};
        for (const char *table : {"readings", "works", "annotations", "schedule"}) {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table))))
                return {};
            while (query.next()) {
                QByteArray row;
                for (int i = 0; i < query.record().count(); ++i)
                    row += query.value(i).toString().toUtf8() + '\x1F';
                row += '\x1E';
                hash.addData(row);
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return hash.result();
}

void TestHostileInputs::hostileInput_data()
{
    QTest::addColumn<Command>("command");
    QTest::addColumn<test::HostileInput>("input");
    QTest::addColumn<bool>("imports");
    //! What the error must say besides the file's name ("" when the row imports).
    QTest::addColumn<QString>("expected");

    const auto megabytes = [](qint64 bytes) { return QStringLiteral("the limit is %1 MB").arg(bytes / (1024 * 1024)); };
    QTest::newRow("YAML alias bomb, Markdown front matter")
        << Command::Import << test::HostileInput::YamlAliasBombForeignMarkdown << true << QString();
    QTest::newRow("YAML alias bomb, reading front matter")
        << Command::Import << test::HostileInput::YamlAliasBombReading << false
        << QStringLiteral("more than %1 values (a YAML alias bomb?)").arg(ImportLimits::MaximumFrontMatterNodes);
    QTest::newRow("40 MB single line") << Command::Import << test::HostileInput::FortyMegabyteLine << false
                                       << megabytes(ImportLimits::MaximumTextBytes);
    QTest::newRow("200,000 footnote references")
        << Command::Import << test::HostileInput::FootnoteReferences200k << false
        << QStringLiteral("the limit is %1").arg(ImportLimits::MaximumFootnoteReferences);
    QTest::newRow("100,000 paragraphs") << Command::Import << test::HostileInput::Paragraphs100k << true << QString();
    QTest::newRow("paragraphs over the cap")
        << Command::Import << test::HostileInput::ParagraphsOverCap << false
        << QStringLiteral("the limit for one reading is %1").arg(ImportLimits::MaximumBlocksPerReading);
    QTest::newRow("FIFO") << Command::Import << test::HostileInput::Fifo << false << QStringLiteral("cannot read: it is a named pipe (FIFO), not a file");
    QTest::newRow("/dev/zero") << Command::Import << test::HostileInput::DevZero << false << QStringLiteral("cannot read: it is a device, not a file");
    QTest::newRow("symlink to /dev/zero") << Command::Import << test::HostileInput::SymlinkToDevZero << false
                                          << QStringLiteral("cannot read: it is a device, not a file");
    QTest::newRow("symlink loop") << Command::Import << test::HostileInput::SymlinkLoop << false
                                  << QStringLiteral("cannot read: a loop of symbolic links");
    QTest::newRow("newline in the name") << Command::Import << test::HostileInput::NewlineInName << true << QString();
    QTest::newRow("U+202E in the name") << Command::Import << test::HostileInput::RightToLeftOverrideInName << true << QString();
    QTest::newRow("zip bomb EPUB") << Command::Import << test::HostileInput::ZipBombEpub << false
                                   << QStringLiteral("inflates more than %1 times").arg(ImportLimits::MaximumInflationRatio);
    QTest::newRow("HTML nested 100,000 deep") << Command::Import << test::HostileInput::DeeplyNestedHtml << false
                                              << QStringLiteral("nested too deeply");

    QTest::newRow("notes: FIFO") << Command::ImportAnnotations << test::HostileInput::Fifo << false
                                 << QStringLiteral("cannot read: it is a named pipe (FIFO), not a file");
    QTest::newRow("notes: /dev/zero") << Command::ImportAnnotations << test::HostileInput::DevZero << false
                                      << QStringLiteral("cannot read: it is a device, not a file");
    QTest::newRow("notes: symlink loop") << Command::ImportAnnotations << test::HostileInput::SymlinkLoop << false
                                         << QStringLiteral("cannot read: a loop of symbolic links");
    QTest::newRow("notes: over the size cap") << Command::ImportAnnotations << test::HostileInput::OversizedSparseFile << false
                                              << megabytes(ImportLimits::MaximumAnnotationFileBytes);
    QTest::newRow("notes: JSON nested 200,000 deep") << Command::ImportAnnotations << test::HostileInput::DeeplyNestedJson << false
                                                     << QStringLiteral("nested");
    QTest::newRow("notes: newline in the name") << Command::ImportAnnotations << test::HostileInput::NewlineInName << false
                                                << QStringLiteral("JSON");
}

void TestHostileInputs::hostileInput()
{
    QFETCH(Command, command);
    QFETCH(test::HostileInput, input);
    QFETCH(bool, imports);
    QFETCH(QString, expected);

    const QString path = test::makeHostileInput(input, m_inputs.path());
    QVERIFY2(!path.isEmpty(), "could not make the input");
    const QByteArray before = catalogDigest();
    QVERIFY(!before.isEmpty());

    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(m_binary, {command == Command::Import ? QStringLiteral("--import") : QStringLiteral("--import-annotations"), path});
    QVERIFY(process.waitForStarted());
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        QFAIL("still running after 60 s: the input was not refused or bounded");
    }
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    const QString both = out + err;
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);

    // The name, as every report line gives it: control and bidi characters escaped.
    QString shownName = path;
    shownName.replace(QLatin1Char('\n'), QLatin1String("\\n")).replace(QChar(0x202E), QLatin1String("\\u202E"));
    QVERIFY2(!both.contains(QChar(0x202E)), qPrintable(both));
    const QStringList lines = both.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(!lines.isEmpty() && lines.constFirst().startsWith(shownName + QLatin1Char(':')), qPrintable(both));
    for (const QString &line : lines) // every line belongs to the report of this one file
        QVERIFY2(line.startsWith(shownName) || line.startsWith(QLatin1String("  ")), qPrintable(line));

    if (imports) {
        QVERIFY2(process.exitCode() == 0, qPrintable(both));
        QVERIFY2(out.contains(QLatin1String(" as ")), qPrintable(out));
        QVERIFY(catalogDigest() != before);
    } else {
        QVERIFY2(process.exitCode() == 1, qPrintable(both));
        QVERIFY2(err.startsWith(shownName + QLatin1Char(':')), qPrintable(err));
        QVERIFY2(err.contains(expected), qPrintable(QStringLiteral("expected \"%1\" in: %2").arg(expected, err)));
        QCOMPARE(catalogDigest(), before);
    }
}

QTEST_GUILESS_MAIN(TestHostileInputs)
#include "tst_hostileinputs.moc"
