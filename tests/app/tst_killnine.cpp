// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety under kill -9: the real binary is killed with SIGKILL at random points while it
// imports readings, imports annotations and serves days, and killnine_noteeditor (the window's
// AnnotationController driven without a window, since no command edits notes) while it adds,
// edits, re-colours, deletes and undoes notes; after every kill the catalog must pass SQLite's
// integrity check, the app must start, and every change the process reported as done (on
// stdout, before it died) must be in the catalog: a note acknowledged as edited has that text
// and colour, one acknowledged as deleted does not come back.
//
// CI runs a bounded number of trials (DefaultTrials, well under a minute). Locally:
//   REDLETTER_KILL_TRIALS=2000 build/default/tests/app/tst_killnine
// and a failure is replayed with the seed it printed:
//   REDLETTER_KILL_SEED=<seed> REDLETTER_KILL_TRIALS=<n> build/default/tests/app/tst_killnine
#include "annotations/annotationjson.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>
#include <memory>

#include <sys/types.h>

using namespace redletter;

namespace {

constexpr int DefaultTrials = 120;
//! A fresh data folder every so many trials, so that kills also hit the first start (the
//! embedded catalog being written) and not only a catalog that has grown for a while.
constexpr int TrialsPerDataFolder = 12;
constexpr int NotesPerFile = 40;
constexpr int ReadingsPerImport = 4;
const QString NotedReading = QStringLiteral("primer-the-state");
//! The editor's notes are on a reading of their own, apart from the imported ones.
const QString EditedReading = QStringLiteral("primer-alienation");
//! Changes one run of the note editor makes (each its own durable transaction).
constexpr int ChangesPerEdit = 30;

enum class Operation { ImportReadings, ImportAnnotations, ServeDay, EditNotes };
constexpr int OperationCount = 4;

QString operationName(Operation operation)
{
    switch (operation) {
    case Operation::ImportReadings:
        return QStringLiteral("--import");
    case Operation::ImportAnnotations:
        return QStringLiteral("--import-annotations");
    case Operation::ServeDay:
        return QStringLiteral("--today");
    case Operation::EditNotes:
        return QStringLiteral("note editing");
    }
    return {};
}

//! A note as the editor acknowledged it: stored with this text and colour, or deleted.
struct NoteState
{
    bool present = false;
    QString note;
    QString color;

    static NoteState fromLine(const QJsonObject &line)
    {
        return {line.value(QStringLiteral("present")).toBool(), line.value(QStringLiteral("note")).toString(),
                line.value(QStringLiteral("color")).toString()};
    }
    QString toString() const
    {
        return present ? QStringLiteral("'%1' (%2)").arg(note, color) : QStringLiteral("deleted");
    }
    friend bool operator==(const NoteState &a, const NoteState &b)
    {
        return a.present == b.present && (!a.present || (a.note == b.note && a.color == b.color));
    }
};

//! The editor's change that had begun and was not acknowledged when it died.
struct NoteInFlight
{
    QString kind; //!< add, edit, recolor, delete, undo; empty: none
    QString id;   //!< empty for an add (its id is made inside)
    NoteState state;
};

//! What the killed processes said they had done, so far, in the current data folder.
struct Ledger
{
    QSet<QString> readings;
    QSet<QString> annotations;
    QHash<QString, QString> servedDays; // day → reading id
    QHash<QString, NoteState> notes;    // the editor's notes: id → as last acknowledged
};

struct RunResult
{
    bool killed = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestKillNine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedAtRandomPoints_loseNothingItReported();

private:
    void newDataFolder();
    QProcessEnvironment environment() const;
    RunResult run(const QStringList &arguments, int killAfterMs, const QString &program = QString());
    QStringList prepareImport(int trial, QSet<QString> *ids);
    QString prepareAnnotations(int trial, QSet<QString> *ids);
    //! Reads the note editor's lines: acknowledged changes into the ledger, the one in flight apart.
    int readEditorLines(const QByteArray &out);
    //! Compares the editor's notes in @p db with the ledger (or the change in flight); counts losses.
    void checkNotes(QSqlDatabase &db, QStringList *problems, int *lost);
    //! Problems found in the catalog after a trial (empty: all is well); counts lost changes.
    QStringList check(int *lost);

    QString m_binary;
    QString m_noteEditor;
    QString m_readingTemplate;
    QString m_corpusText;
    QRandomGenerator m_random;
    quint32 m_seed = 0;
    int m_trials = DefaultTrials;
    std::unique_ptr<QTemporaryDir> m_home;
    QTemporaryDir m_inputs;
    Ledger m_ledger;
    NoteInFlight m_noteInFlight;
    int m_editsAcknowledged = 0;
    QHash<int, qint64> m_typicalMs; // per Operation: how long an uninterrupted run took
};

void TestKillNine::initTestCase()
{
    m_binary = QStringLiteral(REDLETTER_BINARY);
    QVERIFY2(QFileInfo(m_binary).isExecutable(), qPrintable(m_binary));
    m_noteEditor = QStringLiteral(REDLETTER_NOTE_EDITOR);
    QVERIFY2(QFileInfo(m_noteEditor).isExecutable(), qPrintable(m_noteEditor));
    QVERIFY(m_inputs.isValid());
    m_readingTemplate = QString::fromUtf8(test::readFile(test::sourceDir() + QStringLiteral("/resources/catalog/the-state.md")));
    QVERIFY(m_readingTemplate.contains(QStringLiteral("id: primer-the-state\n")));
    // A real book makes imports long enough to be killed in the middle of storing.
    if (!test::corpusDir().isEmpty())
        m_corpusText = test::corpusFile(QStringLiteral("plain/gutenberg2162_goldman_anarchism-and-other-essays.txt"));

    bool ok = false;
    m_seed = qEnvironmentVariable("REDLETTER_KILL_SEED").toUInt(&ok);
    if (!ok)
        m_seed = QRandomGenerator::global()->generate();
    m_random.seed(m_seed);
    const int trials = qEnvironmentVariableIntValue("REDLETTER_KILL_TRIALS", &ok);
    if (ok && trials > 0)
        m_trials = trials;
    qInfo("kill -9 harness: %d trials, seed %u (replay: REDLETTER_KILL_SEED=%u REDLETTER_KILL_TRIALS=%d)", m_trials,
          m_seed, m_seed, m_trials);
    m_typicalMs.insert(int(Operation::ImportReadings), 1500);
    m_typicalMs.insert(int(Operation::ImportAnnotations), 800);
    m_typicalMs.insert(int(Operation::ServeDay), 600);
    m_typicalMs.insert(int(Operation::EditNotes), 1500);
}

void TestKillNine::newDataFolder()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_ledger = Ledger();
    m_noteInFlight = NoteInFlight();
}

QProcessEnvironment TestKillNine::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

RunResult TestKillNine::run(const QStringList &arguments, int killAfterMs, const QString &program)
{
    RunResult result;
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(program.isEmpty() ? m_binary : program, arguments);
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (killAfterMs >= 0 && !process.waitForFinished(killAfterMs)) {
        ::kill(pid_t(process.processId()), SIGKILL);
        result.killed = true;
    }
    process.waitForFinished(120000);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QStringList TestKillNine::prepareImport(int trial, QSet<QString> *ids)
{
    QStringList files;
    for (int i = 0; i < ReadingsPerImport; ++i) {
        const QString id = QStringLiteral("kill-%1-%2").arg(trial).arg(i);
        QString text = m_readingTemplate;
        text.replace(QStringLiteral("id: primer-the-state\n"), QStringLiteral("id: %1\n").arg(id));
        text.replace(QStringLiteral("title: What Is the State?"), QStringLiteral("title: Trial %1, reading %2").arg(trial).arg(i));
        const QString path = m_inputs.filePath(id + QStringLiteral(".md"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
            return {};
        files << path;
        ids->insert(id);
    }
    if (!m_corpusText.isEmpty())
        files.insert(int(m_random.bounded(files.size() + 1)), m_corpusText);
    return files;
}

QString TestKillNine::prepareAnnotations(int trial, QSet<QString> *ids)
{
    QJsonArray array;
    for (int i = 0; i < NotesPerFile; ++i) {
        Annotation note;
        note.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        note.readingId = NotedReading;
        note.quote.exact = QStringLiteral("instrument of class rule");
        note.note = QStringLiteral("trial %1, note %2").arg(trial).arg(i);
        note.created = note.modified = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC).addSecs(trial * 100 + i);
        array.append(toW3cJson(note, readingUrn(NotedReading)));
        ids->insert(note.id);
    }
    const QString path = m_inputs.filePath(QStringLiteral("notes-%1.json").arg(trial));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(array).toJson()) < 0)
        return {};
    return path;
}

QStringList TestKillNine::check(int *lost)
{
    QStringList problems;
    const QString catalog = m_home->filePath(QStringLiteral("data/redletter/catalog.sqlite"));
    if (QFileInfo::exists(catalog)) {
        const QString name = QStringLiteral("killnine-check");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(catalog);
            if (!db.open()) {
                problems << QStringLiteral("cannot open the catalog: ") + db.lastError().text();
            } else {
                QSqlQuery query(db);
                QStringList integrity;
                if (query.exec(QStringLiteral("PRAGMA integrity_check"))) {
                    while (query.next())
                        integrity << query.value(0).toString();
                }
                if (integrity != QStringList{QStringLiteral("ok")})
                    problems << QStringLiteral("integrity_check: ") + integrity.join(QLatin1String("; ")) + query.lastError().text();
                const auto column = [&](const QString &sql) {
                    QSet<QString> values;
                    QSqlQuery select(db);
                    if (select.exec(sql)) {
                        while (select.next())
                            values.insert(select.value(0).toString());
                    }
                    return values;
                };
                const QSet<QString> readings = column(QStringLiteral("SELECT id FROM readings"));
                const QSet<QString> annotations = column(QStringLiteral("SELECT id FROM annotations"));
                for (const QString &id : qAsConst(m_ledger.readings)) {
                    if (!readings.contains(id)) {
                        ++*lost;
                        problems << QStringLiteral("reported imported, not in the catalog: reading ") + id;
                    }
                }
                for (const QString &id : qAsConst(m_ledger.annotations)) {
                    if (!annotations.contains(id)) {
                        ++*lost;
                        problems << QStringLiteral("reported imported, not in the catalog: annotation ") + id;
                    }
                }
                QSqlQuery days(db);
                QHash<QString, QString> served;
                if (days.exec(QStringLiteral("SELECT day, reading_id FROM schedule"))) {
                    while (days.next())
                        served.insert(days.value(0).toString(), days.value(1).toString());
                }
                for (auto it = m_ledger.servedDays.cbegin(); it != m_ledger.servedDays.cend(); ++it) {
                    if (served.value(it.key()) != it.value()) {
                        ++*lost;
                        problems << QStringLiteral("reported served, not in the schedule: %1 → %2 (found '%3')")
                                        .arg(it.key(), it.value(), served.value(it.key()));
                    }
                }
                checkNotes(db, &problems, lost);
            }
        }
        QSqlDatabase::removeDatabase(name);
    } else if (!m_ledger.readings.isEmpty() || !m_ledger.annotations.isEmpty() || !m_ledger.servedDays.isEmpty()
               || !m_ledger.notes.isEmpty()) {
        ++*lost;
        problems << QStringLiteral("the catalog is gone after changes were reported");
    }

    // The app starts on what the kill left: no recovery (status 3), no error.
    const RunResult start = run({QStringLiteral("--today")}, -1);
    if (start.exitCode != 0) {
        problems << QStringLiteral("--today after the kill exited %1: %2")
                        .arg(start.exitCode)
                        .arg(QString::fromUtf8(start.err).trimmed());
    }
    return problems;
}

int TestKillNine::readEditorLines(const QByteArray &out)
{
    int acknowledged = 0;
    m_noteInFlight = NoteInFlight();
    const QList<QByteArray> lines = out.split('\n');
    for (const QByteArray &bytes : lines) {
        // A line cut by the kill is no JSON and says nothing: its change counts as in flight.
        const QJsonObject line = QJsonDocument::fromJson(bytes).object();
        const QString id = line.value(QStringLiteral("id")).toString();
        if (line.contains(QStringLiteral("begin"))) {
            m_noteInFlight = {line.value(QStringLiteral("begin")).toString(), id, NoteState::fromLine(line)};
        } else if (line.contains(QStringLiteral("done"))) {
            m_ledger.notes.insert(id, NoteState::fromLine(line));
            m_noteInFlight = NoteInFlight();
            ++acknowledged;
        } else if (line.contains(QStringLiteral("refused"))) {
            m_noteInFlight = NoteInFlight();
        }
    }
    return acknowledged;
}

void TestKillNine::checkNotes(QSqlDatabase &db, QStringList *problems, int *lost)
{
    QHash<QString, NoteState> stored;
    QSqlQuery select(db);
    select.prepare(QStringLiteral("SELECT id, note, color FROM annotations WHERE reading_id = ?"));
    select.addBindValue(EditedReading);
    if (!select.exec()) {
        *problems << QStringLiteral("cannot read the edited notes: ") + select.lastError().text();
        return;
    }
    while (select.next())
        stored.insert(select.value(0).toString(), {true, select.value(1).toString(), select.value(2).toString()});

    for (auto it = m_ledger.notes.begin(); it != m_ledger.notes.end(); ++it) {
        const NoteState found = stored.value(it.key());
        if (found == it.value())
            continue;
        // The change begun when the process died may have committed without being acknowledged.
        if (it.key() == m_noteInFlight.id && found == m_noteInFlight.state) {
            it.value() = found;
            continue;
        }
        ++*lost;
        *problems << QStringLiteral("note %1 acknowledged as %2, found %3")
                         .arg(it.key(), it.value().toString(), found.toString());
        it.value() = found; // reported once, then followed from what is there
    }
    // A note the ledger does not know can only be the addition that was in flight.
    int unknown = 0;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (m_ledger.notes.contains(it.key()))
            continue;
        if (++unknown > 1 || m_noteInFlight.kind != QLatin1String("add"))
            *problems << QStringLiteral("note %1 %2 is in the catalog, but no change made it")
                             .arg(it.key(), it.value().toString());
        m_ledger.notes.insert(it.key(), it.value());
    }
    m_noteInFlight = NoteInFlight();
}

void TestKillNine::killedAtRandomPoints_loseNothingItReported()
{
    static const QRegularExpression importedReading(QStringLiteral("^  (?:added|updated|unchanged) .* as (\\S+) \\("));
    int killed = 0;
    int lost = 0;
    int verified = 0; // reported changes looked for after a trial, summed over the trials
    QStringList failures;
    QHash<int, int> trialsOf;
    for (int trial = 0; trial < m_trials; ++trial) {
        if (trial % TrialsPerDataFolder == 0)
            newDataFolder();
        // The second run in each data folder edits notes to the end, so the notes that later runs
        // edit and delete (and are killed doing it) were not all made by those runs themselves.
        const bool seedsNotes = trial % TrialsPerDataFolder == 1;
        const auto operation = seedsNotes ? Operation::EditNotes : Operation(m_random.bounded(OperationCount));
        trialsOf[int(operation)]++;
        QStringList arguments;
        QSet<QString> ids;
        QString notesFile;
        QString day;
        switch (operation) {
        case Operation::ImportReadings:
            arguments << QStringLiteral("--import") << prepareImport(trial, &ids);
            break;
        case Operation::ImportAnnotations:
            notesFile = prepareAnnotations(trial, &ids);
            arguments << QStringLiteral("--import-annotations") << notesFile;
            break;
        case Operation::ServeDay:
            day = QDate(2027, 1, 1).addDays(m_random.bounded(365)).toString(Qt::ISODate);
            arguments << QStringLiteral("--date") << day << QStringLiteral("--today");
            break;
        case Operation::EditNotes:
            arguments << QStringLiteral("--reading") << EditedReading << QStringLiteral("--seed")
                      << QString::number(m_random.generate()) << QStringLiteral("--changes")
                      << QString::number(ChangesPerEdit);
            break;
        }
        // Anywhere from before main() to a little after the typical end of the run.
        const int typical = int(m_typicalMs.value(int(operation)));
        const int delay = seedsNotes ? -1 : int(m_random.bounded(typical * 5 / 4 + 1));
        QElapsedTimer clock;
        clock.start();
        const RunResult result =
            run(arguments, delay, operation == Operation::EditNotes ? m_noteEditor : QString());
        if (result.killed) {
            ++killed;
        } else if (result.exitCode == 0) {
            m_typicalMs[int(operation)] = (typical + clock.elapsed()) / 2;
        } else {
            failures << QStringLiteral("trial %1 (%2, not killed): exit %3: %4")
                            .arg(trial)
                            .arg(operationName(operation))
                            .arg(result.exitCode)
                            .arg(QString::fromUtf8(result.err).trimmed());
        }

        // What the process said it had done before it died.
        if (operation == Operation::EditNotes)
            m_editsAcknowledged += readEditorLines(result.out);
        const QStringList lines = QString::fromUtf8(result.out).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (operation == Operation::ImportReadings) {
                const QRegularExpressionMatch match = importedReading.match(line);
                if (match.hasMatch())
                    m_ledger.readings.insert(match.captured(1));
            } else if (operation == Operation::ImportAnnotations) {
                // "FILE: 40 annotations imported": the report line only comes after the commit.
                if (line.startsWith(notesFile + QStringLiteral(": ")) && line.size() > notesFile.size() + 2
                    && line.at(notesFile.size() + 2).isDigit())
                    m_ledger.annotations.unite(ids);
            } else if (operation == Operation::ServeDay) {
                const QJsonObject page = QJsonDocument::fromJson(line.toUtf8()).object();
                if (page.value(QStringLiteral("date")).toString() == day)
                    m_ledger.servedDays.insert(day, page.value(QStringLiteral("id")).toString());
            }
        }

        int lostHere = 0;
        verified += int(m_ledger.readings.size() + m_ledger.annotations.size() + m_ledger.servedDays.size()
                        + m_ledger.notes.size());
        const QStringList problems = check(&lostHere);
        lost += lostHere;
        for (const QString &problem : problems) {
            failures << QStringLiteral("trial %1 (%2, %3 after %4 ms): %5")
                            .arg(trial)
                            .arg(operationName(operation), result.killed ? QStringLiteral("killed") : QStringLiteral("finished"))
                            .arg(delay)
                            .arg(problem);
        }
    }
    qInfo("kill -9 harness: %d trials (%d --import, %d --import-annotations, %d --today, %d note editing), "
          "%d killed mid-run, %d note changes acknowledged, %d reported changes looked for after the trials, "
          "%d lost, %d problems; seed %u",
          m_trials, trialsOf.value(int(Operation::ImportReadings)), trialsOf.value(int(Operation::ImportAnnotations)),
          trialsOf.value(int(Operation::ServeDay)), trialsOf.value(int(Operation::EditNotes)), killed,
          m_editsAcknowledged, verified, lost, int(failures.size()), m_seed);
    for (const QString &failure : qAsConst(failures))
        qWarning().noquote() << failure;
    QVERIFY2(killed > 0, "no run was killed: the delays are too long for this machine");
    QVERIFY2(verified > 0, "no process reported a change before it was killed or ended: nothing was checked");
    QVERIFY2(m_trials < 2 || m_editsAcknowledged > 0, "the note editor acknowledged no change: edits were not checked");
    QCOMPARE(lost, 0);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestKillNine)
#include "tst_killnine.moc"
