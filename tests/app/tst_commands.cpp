// SPDX-License-Identifier: GPL-3.0-or-later
// The command-line commands end to end on a real catalog: import, today, archive.
#include "appcontext.h"
#include "application.h"
#include "commands.h"
#include "annotations/annotation.h"
#include "annotations/annotatabletext.h"
#include "testcontext.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace redletter;

class TestCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void todayPrintsOneJsonObject();
    void todayIsStableWithinADayAndChangesTheNext();
    void curatedSampleWinsOnItsDate();
    void importReportsEachFile();
    void importOfBadFileLeavesCatalogAsItWas();
    void importTwiceDoesNotDuplicate();
    void archiveListsServedDaysOldestFirst();
    void queue_longReading_servedInPartsFromTheNextDay();
    void queue_work_todayNamesTheWorkAndPart();
    void queue_unknownId_failsNamingIt();
    void list_fillsWorkIdPartAndParts();
    void searchPrintsJsonLinesBestFirst();
    void check_goodFiles_printNothingAndExitZero();
    void check_badFiles_printFileLineColumnAndExitOne();

private:
    struct Output
    {
        int status = 0;
        QString out;
        QString err;
    };
    Output run(const std::function<int(AppContext &, QTextStream &, QTextStream &)> &command);
    QString writeFile(const QString &name, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock *m_clock = nullptr;
    std::unique_ptr<AppContext> m_context;
};

void TestCommands::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initResources();
}

void TestCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_context = test::openTestContext(*m_dir, QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone("Europe/Berlin")),
                                      &error, &m_clock);
    QVERIFY2(m_context, qPrintable(error));
}

void TestCommands::cleanup()
{
    m_context.reset();
    m_dir.reset();
}

TestCommands::Output
TestCommands::run(const std::function<int(AppContext &, QTextStream &, QTextStream &)> &command)
{
    Output output;
    QTextStream out(&output.out);
    QTextStream err(&output.err);
    output.status = command(*m_context, out, err);
    out.flush();
    err.flush();
    return output;
}

QString TestCommands::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestCommands::todayPrintsOneJsonObject()
{
    const Output output = run(commands::printToday);
    QCOMPARE(output.status, 0);
    QCOMPARE(output.err, QString());
    QVERIFY(output.out.endsWith(QLatin1Char('\n')));
    QCOMPARE(output.out.count(QLatin1Char('\n')), 1);
    QJsonParseError parseError;
    const QJsonObject today = QJsonDocument::fromJson(output.out.toUtf8(), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(today.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-20"));
    const QString id = today.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    const auto entry = m_context->catalog().entry(id);
    QVERIFY(entry.has_value());
    QCOMPARE(today.value(QStringLiteral("title")).toString(), entry->title);
    QCOMPARE(today.value(QStringLiteral("author")).toString(), entry->author);
    QCOMPARE(today.value(QStringLiteral("work")).toString(), entry->work);
    QCOMPARE(today.value(QStringLiteral("year")).toInt(), entry->year);
    QCOMPARE(today.value(QStringLiteral("minutes")).toInt(), entry->minutes);
    QVERIFY(entry->minutes >= 1 && entry->minutes <= 15);
}

void TestCommands::todayIsStableWithinADayAndChangesTheNext()
{
    const QString morning = run(commands::printToday).out;
    m_clock->advance(14 * 3600); // 23:00 the same day
    QCOMPARE(run(commands::printToday).out, morning);
    m_clock->advance(3600 + 1); // past midnight
    const QString next = run(commands::printToday).out;
    QVERIFY(next != morning);
    const QJsonObject a = QJsonDocument::fromJson(morning.toUtf8()).object();
    const QJsonObject b = QJsonDocument::fromJson(next.toUtf8()).object();
    QCOMPARE(b.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-21"));
    QVERIFY(a.value(QStringLiteral("id")) != b.value(QStringLiteral("id")));
}

void TestCommands::curatedSampleWinsOnItsDate()
{
    REDLETTER_REQUIRE_CORPUS();
    const QString sample = test::corpusFile(QStringLiteral("red-letter/dictatorship-of-the-proletariat.md"));
    const Output imported = run([&](AppContext &c, QTextStream &o, QTextStream &e) {
        return commands::importSources(c, {sample}, o, e);
    });
    QCOMPARE(imported.status, 0);
    m_clock->setNow(QDateTime(QDate(2026, 11, 24), QTime(8, 0), QTimeZone("Europe/Berlin")));
    const QJsonObject today = QJsonDocument::fromJson(run(commands::printToday).out.toUtf8()).object();
    QCOMPARE(today.value(QStringLiteral("title")).toString(), QStringLiteral("The Dictatorship of the Proletariat"));
    QCOMPARE(today.value(QStringLiteral("author")).toString(), QStringLiteral("Joseph Stalin"));
    QCOMPARE(today.value(QStringLiteral("year")).toInt(), 1924);
    QCOMPARE(today.value(QStringLiteral("minutes")).toInt(), 12);
}

void TestCommands::importReportsEachFile()
{
    REDLETTER_REQUIRE_CORPUS();
    const QString sample = test::corpusFile(QStringLiteral("red-letter/dictatorship-of-the-proletariat.md"));
    const QString empty = writeFile(QStringLiteral("empty.md"), QByteArray());
    const Output output = run([&](AppContext &c, QTextStream &o, QTextStream &e) {
        return commands::importSources(c, {sample, empty}, o, e);
    });
    QCOMPARE(output.status, 1); // one of two failed
    QVERIFY2(output.out.contains(QLatin1String("added \"The Dictatorship of the Proletariat\"")), qPrintable(output.out));
    QVERIFY2(output.out.contains(QLatin1String("(12 min; 4014 words, 3 footnotes, 3 editor's notes; language en)")), qPrintable(output.out));
    QCOMPARE(output.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(output.err.startsWith(empty + QLatin1String(":1:1: ")), qPrintable(output.err));
}

void TestCommands::importOfBadFileLeavesCatalogAsItWas()
{
    const int before = m_context->catalog().readingCount();
    const QVector<CatalogEntry> entriesBefore = m_context->catalog().entries();
    const QString broken = writeFile(QStringLiteral("broken.md"),
                                     "---\ntitle: [unclosed\nauthor: x\n---\ntext\n");
    const QString binary = writeFile(QStringLiteral("binary.md"), QByteArray("---\0\x01\x02", 6));
    const QString latin1 = writeFile(QStringLiteral("latin1.md"), "---\ntitle: Caf\xe9\n---\n");
    const Output output = run([&](AppContext &c, QTextStream &o, QTextStream &e) {
        return commands::importSources(c, {broken, binary, latin1}, o, e);
    });
    QCOMPARE(output.status, 1);
    QCOMPARE(output.out, QString());
    const QStringList lines = output.err.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    // The YAML error is inside the front matter (lines 2-3), with a column.
    QVERIFY2(QRegularExpression(QRegularExpression::escape(broken) + QLatin1String(":[23]:\\d+: "))
                 .match(lines[0]).hasMatch(),
             qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(binary + QLatin1String(":1:4: ")), qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(latin1 + QLatin1String(":2:11: ")), qPrintable(lines[2]));
    QCOMPARE(m_context->catalog().readingCount(), before);
    QCOMPARE(m_context->catalog().entries().size(), entriesBefore.size());
}

void TestCommands::importTwiceDoesNotDuplicate()
{
    const QString file = writeFile(QStringLiteral("mine.md"),
                                   "---\ntitle: My Note on Rent\nauthor: Me\n---\n\nRent is *unearned*.\n");
    const int before = m_context->catalog().readingCount();
    const Output first = run([&](AppContext &c, QTextStream &o, QTextStream &e) {
        return commands::importSources(c, {file}, o, e);
    });
    QCOMPARE(first.status, 0);
    QVERIFY2(first.out.contains(QLatin1String(": Red Letter reading\n  added \"My Note on Rent\"")), qPrintable(first.out));
    const Output second = run([&](AppContext &c, QTextStream &o, QTextStream &e) {
        return commands::importSources(c, {file}, o, e);
    });
    QCOMPARE(second.status, 0);
    QVERIFY2(second.out.contains(QLatin1String("  unchanged \"My Note on Rent\"")), qPrintable(second.out));
    QCOMPARE(m_context->catalog().readingCount(), before + 1);
}

void TestCommands::searchPrintsJsonLinesBestFirst()
{
    const QString file = writeFile(QStringLiteral("rent.md"),
                                   "---\ntitle: Unearned Rent\nauthor: Me\n---\n\nGround rent is *unearned*: the landlord reaps "
                                   "where he never sowed.\n");
    QCOMPARE(run([&](AppContext &c, QTextStream &o, QTextStream &e) { return commands::importSources(c, {file}, o, e); })
                 .status,
             0);
    const auto search = [&](const QString &query) {
        return run([&](AppContext &c, QTextStream &o, QTextStream &e) { return commands::printSearch(c, query, o, e); });
    };

    // In the title and the text of one reading, in no built-in one; the snippet is from the text.
    Output output = search(QStringLiteral("unearned"));
    QCOMPARE(output.status, 0);
    QCOMPARE(output.err, QString());
    QStringList lines = output.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QJsonObject hit = QJsonDocument::fromJson(lines.first().toUtf8()).object();
    QCOMPARE(hit.value(QStringLiteral("id")).toString(), QStringLiteral("me--unearned-rent"));
    QCOMPARE(hit.value(QStringLiteral("title")).toString(), QStringLiteral("Unearned Rent"));
    QVERIFY(hit.contains(QStringLiteral("part")) && hit.value(QStringLiteral("part")).isNull());
    QCOMPARE(hit.value(QStringLiteral("rank")).toInt(), 1);
    QCOMPARE(hit.value(QStringLiteral("kind")).toString(), QStringLiteral("reading"));
    QVERIFY2(hit.value(QStringLiteral("snippet")).toString().contains(QLatin1String("**unearned**")), qPrintable(lines.first()));

    // A note of mine: found with its reading, after nothing else matches.
    const std::optional<Reading> reading = m_context->catalog().reading(QStringLiteral("me--unearned-rent"));
    QVERIFY(reading.has_value());
    const AnnotatableText text(*reading);
    Annotation note = makeAnnotation(text, 0, 11, QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    note.note = QStringLiteral("Quesnay's net product and rent");
    QString error;
    QVERIFY2(m_context->catalog().saveAnnotation(note, &error), qPrintable(error));
    output = search(QStringLiteral("Quesnay"));
    lines = output.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    hit = QJsonDocument::fromJson(lines.first().toUtf8()).object();
    QCOMPARE(hit.value(QStringLiteral("kind")).toString(), QStringLiteral("note"));
    QCOMPARE(hit.value(QStringLiteral("note")).toString(), note.id);
    QCOMPARE(hit.value(QStringLiteral("id")).toString(), QStringLiteral("me--unearned-rent"));
    QCOMPARE(hit.value(QStringLiteral("snippet")).toString(), QStringLiteral("**Quesnay**'s net product and rent"));

    // "rent" in the reading (title and text) and in my note: the reading first, ranks 1 and 2.
    output = search(QStringLiteral("rent"));
    lines = output.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(lines.at(0).toUtf8()).object().value(QStringLiteral("kind")).toString(), QStringLiteral("reading"));
    QCOMPARE(QJsonDocument::fromJson(lines.at(1).toUtf8()).object().value(QStringLiteral("rank")).toInt(), 2);

    // Hostile input is words, never an error; nothing found prints nothing.
    for (const QString &query : {QStringLiteral("\"unearned"), QStringLiteral("unearned AND ("), QStringLiteral("*"),
                                 QStringLiteral("-unearned"), QStringLiteral("NEAR(")}) {
        output = search(query);
        QCOMPARE(output.status, 0);
        QCOMPARE(output.err, QString());
    }
    QCOMPARE(search(QStringLiteral("\"unearned")).out.count(QLatin1Char('\n')), 1);
    QCOMPARE(search(QStringLiteral("nowhereword")).out, QString());
}

void TestCommands::archiveListsServedDaysOldestFirst()
{
    QStringList days;
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(run(commands::printToday).status, 0);
        days << m_clock->today().toString(Qt::ISODate);
        m_clock->advance(24 * 3600);
    }
    const Output output = run(commands::printArchive);
    QCOMPARE(output.status, 0);
    const QStringList lines = output.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        const QJsonObject line = QJsonDocument::fromJson(lines[i].toUtf8()).object();
        QCOMPARE(line.value(QStringLiteral("date")).toString(), days[i]);
        ids << line.value(QStringLiteral("id")).toString();
    }
    ids.removeDuplicates();
    QCOMPARE(ids.size(), 3);
}

static const char StateAndRevolution[] = "plain/miaderived_lenin_state-and-revolution.txt";
static const char ManifestoSite[] = "mia/sites/marx-engels-communist-manifesto/index.htm";

void TestCommands::queue_longReading_servedInPartsFromTheNextDay()
{
    REDLETTER_REQUIRE_CORPUS();
    const QString source = test::corpusFile(QString::fromLatin1(StateAndRevolution));
    QCOMPARE(run([&](AppContext &c, QTextStream &o, QTextStream &e) { return commands::importSources(c, {source}, o, e); }).status, 0);
    QString id;
    for (const CatalogEntry &entry : m_context->catalog().entries()) {
        if (entry.minutes > 15)
            id = entry.id;
    }
    QCOMPARE(m_context->catalog().entry(id)->words, 39315);
    // Today is served already (a primer): the queued reading comes tomorrow.
    const QJsonObject today = QJsonDocument::fromJson(run(commands::printToday).out.toUtf8()).object();
    QVERIFY(today.value(QStringLiteral("part")).isNull());
    QVERIFY(today.value(QStringLiteral("parts")).isNull());
    QVERIFY(today.value(QStringLiteral("work_id")).isNull());
    QVERIFY(today.value(QStringLiteral("words")).toInt() > 0);
    const Output queued = run([&](AppContext &c, QTextStream &o, QTextStream &e) { return commands::queue(c, id, o, e); });
    QCOMPARE(queued.status, 0);
    // A plain text without a title line: its file name is its title.
    QCOMPARE(queued.out, QStringLiteral("Queued: State and Revolution comes next.\n"));
    for (int part = 1; part <= 2; ++part) {
        m_clock->advance(24 * 3600);
        const QJsonObject day = QJsonDocument::fromJson(run(commands::printToday).out.toUtf8()).object();
        QCOMPARE(day.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(day.value(QStringLiteral("part")).toInt(), part);
        QCOMPARE(day.value(QStringLiteral("parts")).toInt(), 7);
        QVERIFY(day.value(QStringLiteral("work_id")).isNull());
        QVERIFY(day.value(QStringLiteral("words")).toInt() > 5000);  // 39,315 words in 7 even parts
        QVERIFY(day.value(QStringLiteral("words")).toInt() <= 5850); // 15 minutes at 390 words a minute
        // bench_installments: part 1 takes 14.7 minutes, part 2 14.0; rounded up.
        QCOMPARE(day.value(QStringLiteral("minutes")).toInt(), part == 1 ? 15 : 14);
    }
    const QStringList archive = run(commands::printArchive).out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(archive.size(), 3);
    QCOMPARE(QJsonDocument::fromJson(archive.at(2).toUtf8()).object().value(QStringLiteral("part")).toInt(), 2);
}

void TestCommands::queue_work_todayNamesTheWorkAndPart()
{
    REDLETTER_REQUIRE_CORPUS();
    const QString source = test::corpusFile(QString::fromLatin1(ManifestoSite));
    QCOMPARE(run([&](AppContext &c, QTextStream &o, QTextStream &e) { return commands::importSources(c, {source}, o, e); }).status, 0);
    QString workId;
    for (const CatalogEntry &entry : m_context->catalog().entries()) {
        if (!entry.workId.isEmpty())
            workId = entry.workId;
    }
    QVERIFY(!workId.isEmpty());
    QCOMPARE(run([&](AppContext &c, QTextStream &o, QTextStream &e) { return commands::queue(c, workId, o, e); }).status, 0);
    const QJsonObject today = QJsonDocument::fromJson(run(commands::printToday).out.toUtf8()).object();
    QCOMPARE(today.value(QStringLiteral("work_id")).toString(), workId);
    QCOMPARE(today.value(QStringLiteral("part")).toInt(), 1);
    QCOMPARE(today.value(QStringLiteral("parts")).toInt(), 4);
    QCOMPARE(today.value(QStringLiteral("id")).toString(), m_context->catalog().workEntries(workId).constFirst().id);
}

void TestCommands::queue_unknownId_failsNamingIt()
{
    const Output output = run([](AppContext &c, QTextStream &o, QTextStream &e) {
        return commands::queue(c, QStringLiteral("no-such-reading"), o, e);
    });
    QCOMPARE(output.status, 1);
    QCOMPARE(output.out, QString());
    QVERIFY2(output.err.contains(QLatin1String("there is no reading or work 'no-such-reading'")), qPrintable(output.err));
}

void TestCommands::list_fillsWorkIdPartAndParts()
{
    REDLETTER_REQUIRE_CORPUS();
    const QStringList sources{test::corpusFile(QString::fromLatin1(StateAndRevolution)),
                              test::corpusFile(QString::fromLatin1(ManifestoSite))};
    QCOMPARE(run([&](AppContext &c, QTextStream &o, QTextStream &e) { return commands::importSources(c, sources, o, e); }).status, 0);
    const Output output = run(commands::printList);
    QCOMPARE(output.status, 0);
    QCOMPARE(output.err, QString());
    int primers = 0;
    QMap<int, int> chapterParts; // work position -> part
    for (const QString &line : output.out.trimmed().split(QLatin1Char('\n'))) {
        const QJsonObject object = QJsonDocument::fromJson(line.toUtf8()).object();
        const QString id = object.value(QStringLiteral("id")).toString();
        if (object.value(QStringLiteral("words")).toInt() == 39315) { // State and Revolution
            QVERIFY(object.value(QStringLiteral("work_id")).isNull());
            QVERIFY(object.value(QStringLiteral("part")).isNull());
            QCOMPARE(object.value(QStringLiteral("parts")).toInt(), 7);
        } else if (!object.value(QStringLiteral("work_id")).isNull()) {
            QCOMPARE(object.value(QStringLiteral("parts")).toInt(), 4);
            chapterParts.insert(m_context->catalog().entry(id)->workPosition, object.value(QStringLiteral("part")).toInt());
        } else {
            QVERIFY(object.value(QStringLiteral("part")).isNull());
            QVERIFY(object.value(QStringLiteral("parts")).isNull());
            ++primers;
        }
    }
    QCOMPARE(primers, 8);
    // Five chapters in four parts, in contents order: the first opens part 1, none goes backwards.
    QCOMPARE(chapterParts.size(), 5);
    QCOMPARE(chapterParts.first(), 1);
    int previous = 1;
    for (int part : std::as_const(chapterParts)) {
        QVERIFY(part >= previous && part <= 4);
        previous = part;
    }
}

void TestCommands::check_goodFiles_printNothingAndExitZero()
{
    REDLETTER_REQUIRE_CORPUS();
    const QString sample = test::corpusFile(QStringLiteral("red-letter/dictatorship-of-the-proletariat.md"));
    const QString mine = writeFile(QStringLiteral("mine.md"),
                                   "---\ntitle: On Rent\n---\n\n::: introduction\nRead {==slowly==}{>>why?<<}.\n:::\n\n"
                                   "Rent is *unearned*.[^1]\n\n[^1]: Ricardo.\n");
    const int before = m_context->catalog().readingCount();
    QString err;
    QTextStream errStream(&err);
    QCOMPARE(commands::checkReadings({sample, mine}, errStream), 0);
    QCOMPARE(err, QString());
    QCOMPARE(m_context->catalog().readingCount(), before); // checking imports nothing
}

void TestCommands::check_badFiles_printFileLineColumnAndExitOne()
{
    // Positions counted by hand: line 5 is "Some {>>note", the '{' is its 6th character.
    const QString unclosed = writeFile(QStringLiteral("unclosed.md"), "---\ntitle: A\n---\n\nSome {>>note\n\nMore.\n");
    // Line 3 "year: 19x4": the value starts at column 7.
    const QString badYear = writeFile(QStringLiteral("year.md"), "---\ntitle: B\nyear: 19x4\n---\n\nText.\n");
    const QString good = writeFile(QStringLiteral("good.md"), "---\ntitle: C\n---\n\nText.\n");
    const QString missing = m_dir->filePath(QStringLiteral("missing.md"));
    QString err;
    QTextStream errStream(&err);
    QCOMPARE(commands::checkReadings({unclosed, good, badYear, missing}, errStream), 1);
    const QStringList lines = err.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3); // the good file says nothing
    QCOMPARE(lines[0], unclosed + QLatin1String(":5:6: unterminated editorial note '{>>': expected '<<}' before the end of the paragraph"));
    QVERIFY2(lines[1].startsWith(badYear + QLatin1String(":3:7: 'year' must be a whole number")), qPrintable(lines[1]));
    QCOMPARE(lines[2], missing + QLatin1String(": cannot read: no such file"));
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
