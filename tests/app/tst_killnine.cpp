// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety under kill -9: the real binary is killed with SIGKILL at random points while it
// imports readings, imports annotations and serves days; after every kill the catalog must pass
// SQLite's integrity check, the app must start, and every change the process reported as done
// (on stdout, before it died) must be in the catalog.
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

enum class Operation { ImportReadings, ImportAnnotations, ServeDay };

QString operationName(Operation operation)
{
    switch (operation) {
    case Operation::ImportReadings:
        return QStringLiteral("--import");
    case Operation::ImportAnnotations:
        return QStringLiteral("--import-annotations");
    case Operation::ServeDay:
        return QStringLiteral("--today");
    }
    return {};
}

//! What the killed processes said they had done, so far, in the current data folder.
struct Ledger
{
    QSet<QString> readings;
    QSet<QString> annotations;
    QHash<QString, QString> servedDays; // day → reading id
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
    RunResult run(const QStringList &arguments, int killAfterMs);
    QStringList prepareImport(int trial, QSet<QString> *ids);
    QString prepareAnnotations(int trial, QSet<QString> *ids);
    //! Problems found in the catalog after a trial (empty: all is well); counts lost changes.
    QStringList check(int *lost);

    QString m_binary;
    QString m_readingTemplate;
    QString m_corpusText;
    QRandomGenerator m_random;
    quint32 m_seed = 0;
    int m_trials = DefaultTrials;
    std::unique_ptr<QTemporaryDir> m_home;
    QTemporaryDir m_inputs;
    Ledger m_ledger;
    QHash<int, qint64> m_typicalMs; // per Operation: how long an uninterrupted run took
};

void TestKillNine::initTestCase()
{
    m_binary = QStringLiteral(REDLETTER_BINARY);
    QVERIFY2(QFileInfo(m_binary).isExecutable(), qPrintable(m_binary));
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
}

void TestKillNine::newDataFolder()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_ledger = Ledger();
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

RunResult TestKillNine::run(const QStringList &arguments, int killAfterMs)
{
    RunResult result;
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(m_binary, arguments);
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
            }
        }
        QSqlDatabase::removeDatabase(name);
    } else if (!m_ledger.readings.isEmpty() || !m_ledger.annotations.isEmpty() || !m_ledger.servedDays.isEmpty()) {
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
        const auto operation = Operation(m_random.bounded(3));
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
        }
        // Anywhere from before main() to a little after the typical end of the run.
        const int typical = int(m_typicalMs.value(int(operation)));
        const int delay = int(m_random.bounded(typical * 5 / 4 + 1));
        QElapsedTimer clock;
        clock.start();
        const RunResult result = run(arguments, delay);
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
            } else {
                const QJsonObject page = QJsonDocument::fromJson(line.toUtf8()).object();
                if (page.value(QStringLiteral("date")).toString() == day)
                    m_ledger.servedDays.insert(day, page.value(QStringLiteral("id")).toString());
            }
        }

        int lostHere = 0;
        verified += int(m_ledger.readings.size() + m_ledger.annotations.size() + m_ledger.servedDays.size());
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
    qInfo("kill -9 harness: %d trials (%d --import, %d --import-annotations, %d --today), %d killed mid-run, "
          "%d reported changes looked for after the trials, %d lost, %d problems; seed %u",
          m_trials, trialsOf.value(int(Operation::ImportReadings)), trialsOf.value(int(Operation::ImportAnnotations)),
          trialsOf.value(int(Operation::ServeDay)), killed, verified, lost, int(failures.size()), m_seed);
    for (const QString &failure : qAsConst(failures))
        qWarning().noquote() << failure;
    QVERIFY2(killed > 0, "no run was killed: the delays are too long for this machine");
    QVERIFY2(verified > 0, "no process reported a change before it was killed or ended: nothing was checked");
    QCOMPARE(lost, 0);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestKillNine)
#include "tst_killnine.moc"
