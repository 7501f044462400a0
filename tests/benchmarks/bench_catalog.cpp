// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog at scale (issue 9, "Speed"): a generated catalog of 10,000 readings, and what the
// app does with it — importing (time per reading into an empty catalog and into one holding
// 9,000), searching, the day's pick, opening, the file's size, and re-anchoring 10,000 notes
// when their reading is imported again. Prints figures; not a pass/fail test.
//
// The readings are synthetic, from a generator seeded with a fixed number: pseudo-words built
// from each language's syllables, drawn with a Zipf distribution (a few words very common, most
// rare, as in real text), 500 to 3,000 words per reading in paragraphs of 40 to 150 words, in
// English, German, French and Russian. No corpus text is copied; the figures are reproducible.
//
// Usage: bench_catalog [--readings N] [--notes N] [--keep DIR | --reuse DIR [--search-only] | --reanchor-only]
#include "catalog/catalog.h"
#include "annotations/annotatabletext.h"
#include "annotations/annotation.h"
#include "schedule/dailypick.h"
#include "schedule/dailyschedule.h"
#include "schedule/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>
#include <cmath>
#include <vector>

using namespace redletter;

namespace {

struct Language
{
    const char *tag;
    QStringList syllables;
};

//! Pseudo-words of one language, most common first, and a Zipf sampler over them.
class Vocabulary
{
public:
    Vocabulary(const QStringList &syllables, int size, quint32 seed)
    {
        QRandomGenerator random(seed);
        QSet<QString> seen;
        while (m_words.size() < size) {
            const int parts = 1 + int(random.bounded(4));
            QString word;
            for (int i = 0; i < parts; ++i)
                word += syllables.at(int(random.bounded(int(syllables.size()))));
            if (!seen.contains(word)) {
                seen.insert(word);
                m_words.append(word);
            }
        }
        // Cumulative Zipf weights (s = 1): word k is drawn with probability ∝ 1/(k+1).
        double total = 0;
        for (int k = 0; k < size; ++k) {
            total += 1.0 / (k + 1);
            m_cumulative.push_back(total);
        }
    }

    QString draw(QRandomGenerator &random) const
    {
        const double x = random.generateDouble() * m_cumulative.back();
        const auto it = std::lower_bound(m_cumulative.begin(), m_cumulative.end(), x);
        return m_words.at(int(it - m_cumulative.begin()));
    }

    const QStringList &words() const { return m_words; }

private:
    QStringList m_words;
    std::vector<double> m_cumulative;
};

struct Generator
{
    QVector<Language> languages;
    QVector<Vocabulary> vocabularies;
    QStringList authors;

    Generator()
    {
        const auto split = [](const char *list) { return QString::fromUtf8(list).split(QLatin1Char(' ')); };
        languages = {
            {"en", split("the of and an ca pi tal la bour work er class state re vo lu tion pro duc tion man ity ment ing")},
            {"de", split("der die das ar beit er klas se staat ka pi tal pro duk ti on ge sell schaft lich keit ung ver wal")},
            {"fr", split("le la les tra vail ré vo lu tion é tat clas se ou vri è re pro duc ti on ca pi tal ment ité")},
            {"ru", split("ре во лю ци я го су дар ст во ра бо чий класс ка пи тал про из вод ство пар тия на род")},
        };
        for (int i = 0; i < int(languages.size()); ++i)
            vocabularies.append(Vocabulary(languages.at(i).syllables, 20000, 1871 + quint32(i)));
        QRandomGenerator random(1917);
        for (int i = 0; i < 300; ++i) {
            const Vocabulary &v = vocabularies.at(i % int(vocabularies.size()));
            QString name = v.words().at(100 + int(random.bounded(2000)));
            name[0] = name.at(0).toUpper();
            authors.append(name);
        }
    }

    //! Reading number @p n: the same reading for the same n, whatever was generated before.
    Reading reading(int n, int edition = 0) const
    {
        QRandomGenerator random(quint32(n) * 2654435761u + 7);
        const int language = n % 7 < 4 ? 0 : n % 7 - 3; // 4/7 English, 1/7 each German, French, Russian
        const Vocabulary &words = vocabularies.at(language);
        Reading r;
        r.id = QStringLiteral("bench-%1").arg(n, 5, 10, QLatin1Char('0'));
        QStringList titleWords;
        const int titleLength = 2 + int(random.bounded(5));
        for (int i = 0; i < titleLength; ++i)
            titleWords.append(words.draw(random));
        r.title = titleWords.join(QLatin1Char(' '));
        r.title[0] = r.title.at(0).toUpper();
        r.author = authors.at(int(random.bounded(int(authors.size()))));
        r.year = 1840 + int(random.bounded(100));
        r.language = QLatin1String(languages.at(language).tag);
        const int totalWords = 500 + int(random.bounded(2501));
        if (edition > 0) {
            Block added;
            added.text = QStringLiteral("Edition %1: a paragraph added at the start.").arg(edition);
            r.body.append(added);
        }
        int written = 0;
        while (written < totalWords) {
            const int length = std::min(totalWords - written, 40 + int(random.bounded(111)));
            QStringList paragraph;
            for (int i = 0; i < length; ++i) {
                QString word = words.draw(random);
                if (i == 0)
                    word[0] = word.at(0).toUpper();
                paragraph.append(word);
                if (i + 1 < length && random.bounded(12) == 0)
                    paragraph.last().append(QLatin1Char(','));
            }
            Block block;
            block.text = paragraph.join(QLatin1Char(' ')) + QLatin1Char('.');
            r.body.append(block);
            written += length;
        }
        return r;
    }
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    // Nearest rank: the smallest value with at least p of the values at or below it.
    const long rank = std::lround(std::ceil(p * double(values.size())));
    return values[size_t(std::clamp(rank - 1, 0L, long(values.size()) - 1))];
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

//! CPU time of this thread in ms: what a query costs, whatever else the machine runs meanwhile.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

qint64 fileSize(const QString &path)
{
    qint64 size = QFileInfo(path).size();
    for (const char *suffix : {"-wal", "-shm"})
        size += QFileInfo(path + QLatin1String(suffix)).size();
    return size;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    QCommandLineParser parser;
    parser.addOption({QStringLiteral("readings"), QStringLiteral("Readings in the catalog."), QStringLiteral("N"),
                      QStringLiteral("10000")});
    parser.addOption({QStringLiteral("notes"), QStringLiteral("Notes on the re-anchored reading."),
                      QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("sample"), QStringLiteral("Readings imported one by one per measurement."),
                      QStringLiteral("N"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Build the catalog in DIR and keep it."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("reuse"),
                      QStringLiteral("Measure search, the pick and opening on the catalog kept in DIR (no imports)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("search-only"),
                      QStringLiteral("Only the two searches, on the catalog kept in DIR (with --reuse; for callgrind).")});
    parser.addOption({QStringLiteral("reanchor-only"),
                      QStringLiteral("Only re-anchoring: the noted reading and its notes in an empty catalog (for callgrind).")});
    parser.process(app);
    const bool reanchorOnly = parser.isSet(QStringLiteral("reanchor-only"));
    const bool searchOnly = parser.isSet(QStringLiteral("search-only"));
    const int total = parser.value(QStringLiteral("readings")).toInt();
    const int noteCount = parser.value(QStringLiteral("notes")).toInt();
    const int sample = parser.value(QStringLiteral("sample")).toInt();

    QTemporaryDir temporary;
    const bool reuse = parser.isSet(QStringLiteral("reuse"));
    const QString folder = reuse ? parser.value(QStringLiteral("reuse"))
        : parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep"))
                                                : temporary.path();
    QDir().mkpath(folder);
    const QString path = folder + QLatin1String("/bench-catalog.sqlite");
    if (!reuse)
        QFile::remove(path);

    const Generator generator;
    Catalog catalog;
    QString error;
    if (!catalog.open(path, &error)) {
        out << "cannot open " << path << ": " << error << "\n";
        return 1;
    }
    out << "bench_catalog: " << total << " generated readings, " << noteCount << " notes, " << path << "\n";
    out.flush();

    // One reading per transaction, as the import service stores a single file.
    const auto importOneByOne = [&](int from, int count) {
        QElapsedTimer timer;
        timer.start();
        for (int n = from; n < from + count; ++n) {
            Catalog::ImportOutcome outcome;
            if (!catalog.importReading(generator.reading(n), QString(), false, &outcome, &error)) {
                out << "import failed: " << error << "\n";
                return -1.0;
            }
        }
        return msSince(timer) / count;
    };
    const auto importInBatches = [&](int from, int to) {
        QElapsedTimer timer;
        timer.start();
        for (int n = from; n < to; n += 500) {
            QVector<Reading> batch;
            for (int i = n; i < std::min(to, n + 500); ++i)
                batch.append(generator.reading(i));
            if (!catalog.importReadings(batch, false, &error)) {
                out << "import failed: " << error << "\n";
                return false;
            }
        }
        out << "  (filled readings " << from << "–" << to << " in batches of 500: " << msSince(timer) / 1000.0
            << " s, " << msSince(timer) / std::max(1, to - from) << " ms per reading)\n";
        out.flush();
        return true;
    };

    // Generating is not importing: time it apart so that it can be told from the figures.
    {
        QElapsedTimer timer;
        timer.start();
        for (int n = 0; n < sample; ++n)
            (void)generator.reading(n);
        out << "generating a reading:                 " << msSince(timer) / sample << " ms\n";
    }

    const int atNine = std::max(sample, total - 1000);
    if (!reuse && !reanchorOnly) {
    const double atZero = importOneByOne(0, sample);
    out << "import at 0 readings:                 " << atZero << " ms per reading (" << sample << " one by one)\n";
    out.flush();
    if (!importInBatches(sample, atNine))
        return 1;
    const double atFull = importOneByOne(atNine, sample);
    out << "import at " << atNine << " readings:              " << atFull << " ms per reading (" << sample
        << " one by one), " << QString::number(100.0 * (atFull - atZero) / atZero, 'f', 0) << " % over at 0\n";
    out.flush();
    if (!importInBatches(atNine + sample, total))
        return 1;
    }

    // Search: words of every frequency band (common words match most readings) and two-word
    // queries, as people type them; ids only (Catalog::search) and with snippets over readings
    // and notes (Catalog::searchWithSnippets, what --search and the library use).
    const auto timeSearches = [&](const char *label, const std::function<int(const QString &)> &search) {
        QRandomGenerator random(1789);
        std::vector<double> times;
        std::vector<double> cpuTimes;
        int hits = 0;
        for (int q = 0; q < 300; ++q) {
            const Vocabulary &words = generator.vocabularies.at(q % int(generator.vocabularies.size()));
            const int band = q % 3 == 0 ? 20 : q % 3 == 1 ? 2000 : 20000;
            QString query = words.words().at(int(random.bounded(band)));
            if (q % 5 == 0)
                query += QLatin1Char(' ') + words.words().at(int(random.bounded(2000)));
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = threadCpuMs();
            hits += search(query);
            cpuTimes.push_back(threadCpuMs() - cpuStart);
            times.push_back(msSince(timer));
        }
        out << label << "p50 " << percentile(times, 0.5) << " ms, p95 " << percentile(times, 0.95) << " ms, max "
            << percentile(times, 1.0) << " ms (" << hits << " hits)\n"
            << "  the same in CPU time of the thread:  p50 " << percentile(cpuTimes, 0.5) << " ms, p95 "
            << percentile(cpuTimes, 0.95) << " ms, max " << percentile(cpuTimes, 1.0) << " ms\n";
        out.flush();
    };
    if (!reanchorOnly) {
        timeSearches("search (ids, top 20):                 ",
                     [&](const QString &query) { return int(catalog.search(query, 20).size()); });
    }

    // The day's pick: what the app does at start-up for a day not yet served.
    if (!reanchorOnly && !searchOnly) {
        // Days not served yet, also in a catalog kept from an earlier run.
        const QDate first = QDate(2026, 1, 1).addDays(int(catalog.history().size()));
        ManualClock clock(QDateTime(first, QTime(8, 0), Qt::UTC));
        DailySchedule schedule(catalog, clock);
        std::vector<double> times;
        for (int day = 0; day < 30; ++day) {
            QElapsedTimer timer;
            timer.start();
            if (!schedule.serve(first.addDays(day), &error)) {
                out << "cannot serve: " << error << "\n";
                return 1;
            }
            times.push_back(msSince(timer));
        }
        out << "day's pick (serve a new day):         p50 " << percentile(times, 0.5) << " ms, p95 "
            << percentile(times, 0.95) << " ms\n";
        // Of which the catalog's part: the list of readings the pick chooses from.
        std::vector<double> listing;
        for (int i = 0; i < 10; ++i) {
            QElapsedTimer timer;
            timer.start();
            (void)catalog.entries();
            listing.push_back(msSince(timer));
        }
        out << "  of which the list of readings:      p50 " << percentile(listing, 0.5) << " ms\n";
    }

    // Re-anchoring: one long reading with many notes, imported again with a paragraph added at
    // its start, so that every note moves.
    if (!reuse && !searchOnly) {
        const int noted = total + 1;
        Reading reading = generator.reading(noted);
        while (plainText(reading.body).size() < 40000) {
            const Reading more = generator.reading(noted + 1000 + int(reading.body.size()));
            reading.body += more.body;
        }
        Catalog::ImportOutcome outcome;
        if (!catalog.importReading(reading, QString(), false, &outcome, &error)) {
            out << "import failed: " << error << "\n";
            return 1;
        }
        const AnnotatableText text(reading);
        QRandomGenerator random(1905);
        QVector<Annotation> notes;
        for (int i = 0; i < noteCount; ++i) {
            const int start = int(random.bounded(int(text.text().size()) - 200));
            Annotation note = makeAnnotation(text, start, start + 20 + int(random.bounded(120)),
                                             QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC),
                                             annotationColors().first());
            note.id = QStringLiteral("note-%1").arg(i, 5, 10, QLatin1Char('0'));
            note.note = generator.vocabularies.first().draw(random);
            notes.append(note);
        }
        QElapsedTimer timer;
        timer.start();
        if (!catalog.saveAnnotations(notes, &error)) {
            out << "cannot save the notes: " << error << "\n";
            return 1;
        }
        out << "saving " << noteCount << " notes:                   " << msSince(timer) << " ms\n";

        Reading edited = reading;
        Block added;
        added.text = QStringLiteral("A paragraph added at the start moves every note.");
        edited.body.prepend(added);
        ReanchorSummary summary;
        timer.start();
        if (!catalog.importReading(edited, QString(), false, &outcome, &error, &summary)) {
            out << "re-import failed: " << error << "\n";
            return 1;
        }
        out << "re-import re-anchoring " << noteCount << " notes:   " << msSince(timer) << " ms (" << summary.exact
            << " exact, " << summary.fuzzy << " fuzzy, " << summary.orphaned << " orphaned)\n";
        out.flush();
    }

    if (reanchorOnly)
        return 0;
    // With the notes of the re-anchoring above in the catalog too.
    timeSearches("search (snippets and notes, top 20):  ",
                 [&](const QString &query) { return int(catalog.searchWithSnippets(query, 20).size()); });
    // As many as the library window's search tab asks for.
    timeSearches("search (snippets and notes, top 50):  ",
                 [&](const QString &query) { return int(catalog.searchWithSnippets(query, 50).size()); });
    if (searchOnly)
        return 0;

    catalog.close();
    out << "file size:                            " << QString::number(double(fileSize(path)) / 1048576.0, 'f', 1)
        << " MiB (catalog " << QString::number(double(QFileInfo(path).size()) / 1048576.0, 'f', 1)
        << " MiB, with -wal and -shm)\n";
    {
        std::vector<double> times;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer timer;
            timer.start();
            if (!catalog.open(path, &error)) {
                out << "cannot open: " << error << "\n";
                return 1;
            }
            times.push_back(msSince(timer));
            catalog.close();
        }
        out << "open:                                 median " << percentile(times, 0.5) << " ms, max "
            << percentile(times, 1.0) << " ms\n";
    }
    return 0;
}
