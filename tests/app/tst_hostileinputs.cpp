// SPDX-License-Identifier: GPL-3.0-or-later
// The hostile-input table: inputs made to hurt the importers (--import) and the annotation
// importer (--import-annotations), each run through the real binary on a real catalog. Each row
// either fails with a clear error that names the file (escaped) and, where a cap is hit, the
// cap — leaving the catalog exactly as it was — or imports. Nothing hangs: every run has a
// deadline. The inputs are made here, at run time, in a temporary folder; time and memory of
// the big ones are measured by bench_hostileinputs, not here (README, "Reliability").
#include "importing/importlimits.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace redletter;

namespace {

enum class Command { Import, ImportAnnotations };

//! How a row's input is made (see TestHostileInputs::makeInput()).
enum class Input {
    YamlAliasBombForeignMarkdown,
    YamlAliasBombReading,
    FortyMegabyteLine,
    FootnoteReferences200k,
    Paragraphs100k,
    Fifo,
    DevZero,
    SymlinkToDevZero,
    SymlinkLoop,
    NewlineInName,
    RightToLeftOverrideInName,
    ZipBombEpub,
    DeeplyNestedHtml,
    OversizedSparseFile,
    DeeplyNestedJson,
};

//! A zip archive of deflated entries, written the way the format asks (local headers, central
//! directory, end record), so that libzip's consistency check passes and only the sizes hurt.
class ZipWriter
{
public:
    void add(const QByteArray &name, const QByteArray &content, bool deflate)
    {
        QByteArray data = content;
        quint16 method = 0;
        if (deflate) {
            // qCompress: a 4-byte length, then a zlib stream (2-byte header, raw deflate, Adler-32).
            const QByteArray zlib = qCompress(content, 9);
            data = zlib.mid(6, zlib.size() - 10);
            method = 8;
        }
        const quint32 crc = crc32(content);
        const quint32 offset = quint32(m_body.size());
        QByteArray local;
        u32(&local, 0x04034b50);
        u16(&local, 20);
        u16(&local, 0);
        u16(&local, method);
        u16(&local, 0);
        u16(&local, 0x21);
        u32(&local, crc);
        u32(&local, quint32(data.size()));
        u32(&local, quint32(content.size()));
        u16(&local, quint16(name.size()));
        u16(&local, 0);
        m_body += local + name + data;

        QByteArray central;
        u32(&central, 0x02014b50);
        u16(&central, 20);
        u16(&central, 20);
        u16(&central, 0);
        u16(&central, method);
        u16(&central, 0);
        u16(&central, 0x21);
        u32(&central, crc);
        u32(&central, quint32(data.size()));
        u32(&central, quint32(content.size()));
        u16(&central, quint16(name.size()));
        u16(&central, 0);
        u16(&central, 0);
        u16(&central, 0);
        u16(&central, 0);
        u32(&central, 0);
        u32(&central, offset);
        m_directory += central + name;
        ++m_entries;
    }

    QByteArray bytes() const
    {
        QByteArray end;
        u32(&end, 0x06054b50);
        u16(&end, 0);
        u16(&end, 0);
        u16(&end, m_entries);
        u16(&end, m_entries);
        u32(&end, quint32(m_directory.size()));
        u32(&end, quint32(m_body.size()));
        u16(&end, 0);
        return m_body + m_directory + end;
    }

private:
    static void u16(QByteArray *out, quint16 value)
    {
        out->append(char(value & 0xFF)).append(char(value >> 8));
    }
    static void u32(QByteArray *out, quint32 value)
    {
        u16(out, quint16(value & 0xFFFF));
        u16(out, quint16(value >> 16));
    }
    static quint32 crc32(const QByteArray &bytes)
    {
        quint32 crc = 0xFFFFFFFFu;
        for (const char byte : bytes) {
            crc ^= quint8(byte);
            for (int bit = 0; bit < 8; ++bit)
                crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
        return ~crc;
    }

    QByteArray m_body;
    QByteArray m_directory;
    quint16 m_entries = 0;
};

QByteArray aliasBomb()
{
    // Nine levels of nine aliases each: 9^9 = 387 million strings when written out.
    QByteArray yaml = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    for (char level = 'b'; level <= 'i'; ++level) {
        const char previous = char(level - 1);
        yaml += QByteArray(1, level) + ": &" + level + " [";
        for (int i = 0; i < 9; ++i)
            yaml += QByteArray(i ? ",*" : "*") + previous;
        yaml += "]\n";
    }
    return yaml;
}

} // namespace

Q_DECLARE_METATYPE(Command)
Q_DECLARE_METATYPE(Input)

class TestHostileInputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hostileInput_data();
    void hostileInput();

private:
    QString makeInput(Input input);
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

QString TestHostileInputs::makeInput(Input input)
{
    const auto write = [this](const QString &name, const QByteArray &bytes) {
        const QString path = m_inputs.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            return QString();
        return path;
    };
    const QByteArray paragraph = "The state is the product and the manifestation of the irreconcilability of class antagonisms.\n\n";
    switch (input) {
    case Input::YamlAliasBombForeignMarkdown:
        return write(QStringLiteral("bomb-blog.md"),
                     "---\ntitle: Laughs\nlayout: post\n" + aliasBomb() + "---\n\n# Laughs\n\n" + paragraph.repeated(20));
    case Input::YamlAliasBombReading:
        return write(QStringLiteral("bomb-reading.md"),
                     "---\nid: bomb\ntitle: Laughs\nlang: en\n" + aliasBomb() + "---\n\n" + paragraph.repeated(20));
    case Input::FortyMegabyteLine:
        return write(QStringLiteral("line.txt"), QByteArray(40 * 1024 * 1024, 'a'));
    case Input::FootnoteReferences200k: {
        QByteArray text = "# Notes\n\n";
        for (int i = 0; i < 200000; ++i)
            text += "Word[^n] ";
        return write(QStringLiteral("footnotes.md"), text + "\n\n[^n]: The one note.\n");
    }
    case Input::Paragraphs100k: {
        QByteArray text;
        text.reserve(100000 * 40);
        for (int i = 0; i < 100000; ++i)
            text += "Paragraph " + QByteArray::number(i) + " of the long text.\n\n";
        return write(QStringLiteral("paragraphs.txt"), text);
    }
    case Input::Fifo: {
        const QString path = m_inputs.filePath(QStringLiteral("pipe-%1").arg(int(QRandomGenerator::global()->bounded(1 << 30))));
        return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0 ? path : QString();
    }
    case Input::DevZero:
        return QStringLiteral("/dev/zero");
    case Input::SymlinkToDevZero: {
        const QString path = m_inputs.filePath(QStringLiteral("zero-%1.txt").arg(int(QRandomGenerator::global()->bounded(1 << 30))));
        return QFile::link(QStringLiteral("/dev/zero"), path) ? path : QString();
    }
    case Input::SymlinkLoop: {
        const QString a = m_inputs.filePath(QStringLiteral("loop-a-%1").arg(int(QRandomGenerator::global()->bounded(1 << 30))));
        const QString b = a + QStringLiteral("-b");
        return QFile::link(b, a) && QFile::link(a, b) ? a : QString();
    }
    case Input::NewlineInName:
        return write(QStringLiteral("first line\nsecond line.txt"), paragraph.repeated(30));
    case Input::RightToLeftOverrideInName:
        return write(QStringLiteral("evil\u202Etxt.md"), "# Evil\n\n" + paragraph.repeated(30));
    case Input::ZipBombEpub: {
        ZipWriter zip;
        zip.add("mimetype", "application/epub+zip", false);
        zip.add("META-INF/container.xml",
                "<?xml version=\"1.0\"?><container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
                "<rootfiles><rootfile full-path=\"book.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>",
                true);
        zip.add("book.opf",
                "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"id\">"
                "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:identifier id=\"id\">bomb</dc:identifier>"
                "<dc:title>Bomb</dc:title><dc:language>en</dc:language></metadata>"
                "<manifest><item id=\"c\" href=\"c.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
                "<spine><itemref idref=\"c\"/></spine></package>",
                true);
        // 12 MB of one byte, under the 16 MB cap for an entry: only the ratio gives it away.
        zip.add("c.xhtml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>" + QByteArray(12 * 1024 * 1024, ' ') + "</p></body></html>", true);
        return write(QStringLiteral("bomb.epub"), zip.bytes());
    }
    case Input::DeeplyNestedHtml:
        return write(QStringLiteral("nested.html"),
                     "<!DOCTYPE html><html><head><title>Deep</title></head><body>" + QByteArray("<div>").repeated(100000)
                         + paragraph + QByteArray("</div>").repeated(100000) + "</body></html>");
    case Input::OversizedSparseFile: {
        const QString path = m_inputs.filePath(QStringLiteral("huge.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !file.resize(ImportLimits::MaximumAnnotationFileBytes + 1))
            return QString();
        return path;
    }
    case Input::DeeplyNestedJson:
        return write(QStringLiteral("nested.json"), QByteArray(200000, '[') + QByteArray(200000, ']'));
    }
    return {};
}

void TestHostileInputs::hostileInput_data()
{
    QTest::addColumn<Command>("command");
    QTest::addColumn<Input>("input");
    QTest::addColumn<bool>("imports");
    //! What the error must say besides the file's name ("" when the row imports).
    QTest::addColumn<QString>("expected");

    const auto megabytes = [](qint64 bytes) { return QStringLiteral("the limit is %1 MB").arg(bytes / (1024 * 1024)); };
    QTest::newRow("YAML alias bomb, Markdown front matter")
        << Command::Import << Input::YamlAliasBombForeignMarkdown << true << QString();
    QTest::newRow("YAML alias bomb, reading front matter")
        << Command::Import << Input::YamlAliasBombReading << false
        << QStringLiteral("more than %1 values (a YAML alias bomb?)").arg(ImportLimits::MaximumFrontMatterNodes);
    QTest::newRow("40 MB single line") << Command::Import << Input::FortyMegabyteLine << false
                                       << megabytes(ImportLimits::MaximumTextBytes);
    QTest::newRow("200,000 footnote references")
        << Command::Import << Input::FootnoteReferences200k << false
        << QStringLiteral("the limit is %1").arg(ImportLimits::MaximumFootnoteReferences);
    QTest::newRow("100,000 paragraphs") << Command::Import << Input::Paragraphs100k << false
                                        << QStringLiteral("the limit for one reading is %1").arg(ImportLimits::MaximumBlocksPerReading);
    QTest::newRow("FIFO") << Command::Import << Input::Fifo << false << QStringLiteral("cannot read: it is a named pipe (FIFO), not a file");
    QTest::newRow("/dev/zero") << Command::Import << Input::DevZero << false << QStringLiteral("cannot read: it is a device, not a file");
    QTest::newRow("symlink to /dev/zero") << Command::Import << Input::SymlinkToDevZero << false
                                          << QStringLiteral("cannot read: it is a device, not a file");
    QTest::newRow("symlink loop") << Command::Import << Input::SymlinkLoop << false
                                  << QStringLiteral("cannot read: a loop of symbolic links");
    QTest::newRow("newline in the name") << Command::Import << Input::NewlineInName << true << QString();
    QTest::newRow("U+202E in the name") << Command::Import << Input::RightToLeftOverrideInName << true << QString();
    QTest::newRow("zip bomb EPUB") << Command::Import << Input::ZipBombEpub << false
                                   << QStringLiteral("inflates more than %1 times").arg(ImportLimits::MaximumInflationRatio);
    QTest::newRow("HTML nested 100,000 deep") << Command::Import << Input::DeeplyNestedHtml << false
                                              << QStringLiteral("nested too deeply");

    QTest::newRow("notes: FIFO") << Command::ImportAnnotations << Input::Fifo << false
                                 << QStringLiteral("cannot read: it is a named pipe (FIFO), not a file");
    QTest::newRow("notes: /dev/zero") << Command::ImportAnnotations << Input::DevZero << false
                                      << QStringLiteral("cannot read: it is a device, not a file");
    QTest::newRow("notes: symlink loop") << Command::ImportAnnotations << Input::SymlinkLoop << false
                                         << QStringLiteral("cannot read: a loop of symbolic links");
    QTest::newRow("notes: over the size cap") << Command::ImportAnnotations << Input::OversizedSparseFile << false
                                              << megabytes(ImportLimits::MaximumAnnotationFileBytes);
    QTest::newRow("notes: JSON nested 200,000 deep") << Command::ImportAnnotations << Input::DeeplyNestedJson << false
                                                     << QStringLiteral("nested");
    QTest::newRow("notes: newline in the name") << Command::ImportAnnotations << Input::NewlineInName << false
                                                << QStringLiteral("JSON");
}

void TestHostileInputs::hostileInput()
{
    QFETCH(Command, command);
    QFETCH(Input, input);
    QFETCH(bool, imports);
    QFETCH(QString, expected);

    const QString path = makeInput(input);
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
