// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/dailyschedule.h"

#include "catalog/sqlutil.h"
#include "estimating/readingtime.h"
#include "installments/installmentjson.h"
#include "installments/installmentview.h"
#include "schedule/clock.h"
#include "schedule/dailypick.h"
#include "util/logging.h"

#include <QJsonDocument>

namespace redletter {

namespace {

ServedDay servedDay(const ServedPage &page)
{
    return ServedDay{page.day, page.readingId, page.servedAt};
}

QString nothingToServe(const QDate &day)
{
    return QStringLiteral("nothing to serve on %1: the catalog has no reading of %2 minutes or less")
        .arg(day.toString(Qt::ISODate))
        .arg(MaximumDailyMinutes);
}

} // namespace

DailySchedule::DailySchedule(Catalog &catalog, const Clock &clock)
    : m_catalog(catalog)
    , m_clock(clock)
    , m_store(catalog)
    , m_rotation(catalog)
    , m_languages(readerLanguages(QLocale()))
{
}

std::optional<ServedDay> DailySchedule::serveToday(QString *error)
{
    return serve(m_clock.today(), error);
}

std::optional<ServedDay> DailySchedule::serve(const QDate &day, QString *error)
{
    if (std::optional<ServedPage> served = m_store.page(day))
        return servedDay(*served);
    const std::optional<DayPage> page = servePage(day, error);
    if (!page)
        return std::nullopt;
    return servedDay(page->served);
}

std::optional<DayPage> DailySchedule::servePage(const QDate &day, QString *error)
{
    if (m_store.page(day))
        return page(day, error);

    PickInput input = pickState(day);

    // A picked series may turn out to have nothing left (a re-import shortened it below what was
    // served): pass over it and pick again. Few tries: each failure removes one candidate.
    for (int attempt = 0; attempt < 8; ++attempt) {
        const Pick pick = pickFor(input);
        if (pick.isNull()) {
            if (error)
                *error = nothingToServe(day);
            return std::nullopt;
        }
        QString why;
        bool written = false;
        std::optional<DayPage> given = pick.series ? givePart(day, pick.id, false, &why, &written)
                                                   : giveReading(day, pick.id, &why, &written);
        if (given) {
            qCInfo(lcSchedule) << "served" << pick.id << "part" << given->served.part << "of" << given->served.parts
                               << "on" << day.toString(Qt::ISODate);
            // Another instance may have recorded the day between our look and our write; the
            // store kept its page, so report what is recorded rather than what we picked.
            if (!written) {
                if (std::optional<DayPage> recorded = page(day, nullptr))
                    return recorded;
            }
            return given;
        }
        if (!why.isEmpty()) {
            if (error)
                *error = why;
            return std::nullopt;
        }
        input.excluded.insert(pick.id);
    }
    if (error)
        *error = nothingToServe(day);
    return std::nullopt;
}

/*
 * Reading 10,000 entries through Qt Sql takes 12 ms or more, most of a new day's serving; they
 * change only on import. The cache is keyed by the catalog's change stamp, so any write by anyone
 * (this connection's imports, another process) reads them again; the schedule's own writes, which
 * change no reading, move the stamp on without a re-read (keepEntriesAfterOwnWrite()).
 */
const QVector<CatalogEntry> &DailySchedule::pickEntries() const
{
    const QPair<qint64, qint64> stamp = m_store.changeStamp();
    if (stamp.first < 0 || stamp != m_entriesStamp) {
        m_entries = m_store.pickEntries();
        m_entriesStamp = stamp;
    }
    return m_entries;
}

void DailySchedule::keepEntriesAfterOwnWrite(const QPair<qint64, qint64> &before)
{
    // Only when the cache was good just before and nobody else wrote meanwhile (data_version
    // unchanged): then the changes counted since are the schedule's own.
    const QPair<qint64, qint64> after = m_store.changeStamp();
    if (before.first >= 0 && before == m_entriesStamp && after.first == before.first)
        m_entriesStamp = after;
}

PickInput DailySchedule::pickInput(const QDate &day) const
{
    PickInput input = pickState(day);
    input.catalog = pickEntries();
    return input;
}

Pick DailySchedule::pick(const QDate &day)
{
    PickInput input = pickState(day);
    return pickFor(input);
}

/*
 * A new day's pick at start-up read every reading (74 million instructions of a start on 10,000
 * readings). The rotation stored in the catalog answers from a few rows; it is stored again from
 * the readings (once, 10,000 units in one statement) when the catalog's generation moved on, and
 * put in another order when a round turns or the reader's languages change. Where it cannot be
 * written, the pick runs over the entries in memory: the same rules, the same answer.
 */
Pick DailySchedule::pickFor(PickInput &input)
{
    const QPair<qint64, qint64> before = m_store.changeStamp();
    if (!m_rotation.isCurrent()) {
        const qint64 generation = m_rotation.generation(); // before the entries: never newer than them
        const QVector<CatalogEntry> &entries = pickEntries();
        QString why;
        if (!m_rotation.store(entries, generation, m_languages, 0, &why)) {
            qCInfo(lcSchedule).noquote() << "picking from the entries in memory:" << why;
            input.catalog = entries;
            const Pick pick = pickForDay(input);
            input.catalog.clear();
            return pick;
        }
        keepEntriesAfterOwnWrite(before);
    }
    const Pick pick = pickForDay(input, m_rotation);
    if (const std::optional<QPair<QStringList, int>> wanted = m_rotation.orderWanted()) {
        // A new round (or other languages): order the stored units for it, so that the next
        // days read a few rows again. A failure only costs the next pick time.
        const QPair<qint64, qint64> beforeOrder = m_store.changeStamp();
        QString why;
        if (m_rotation.reorder(wanted->first, wanted->second, &why))
            keepEntriesAfterOwnWrite(beforeOrder);
        else
            qCInfo(lcSchedule).noquote() << why;
    }
    return pick;
}

PickInput DailySchedule::pickState(const QDate &day) const
{
    PickInput input;
    input.day = day;
    input.history = m_store.pickHistory();
    input.series = m_store.progress();
    input.queue = m_store.queue();
    input.paused = m_store.paused();
    input.excluded = m_store.skippedOn(day);
    input.languages = m_languages;
    return input;
}

std::optional<DayPage> DailySchedule::page(const QDate &day, QString *error) const
{
    const std::optional<ServedPage> served = m_store.page(day);
    if (!served) {
        if (error)
            *error = QStringLiteral("%1: nothing was served on %2").arg(m_catalog.path(), day.toString(Qt::ISODate));
        return std::nullopt;
    }
    DayPage result{*served, {}};
    if (std::optional<ServedText> text = m_store.content(served->contentSha256)) {
        result.text = *text;
        return result;
    }
    // A day from before content versions (or damaged content): the reading as it is now.
    const std::optional<Reading> reading = m_catalog.reading(served->readingId);
    if (!reading) {
        if (error)
            *error = QStringLiteral("%1: the reading '%2' served on %3 is missing from the catalog")
                         .arg(m_catalog.path(), served->readingId, day.toString(Qt::ISODate));
        return std::nullopt;
    }
    result.text.reading = *reading;
    result.text.words = ReadingTimeEstimator::countWords(reading->body);
    return result;
}

bool DailySchedule::queue(const QString &id, QString *error)
{
    if (!m_catalog.work(id) && !m_catalog.entry(id)) {
        if (error)
            *error = QStringLiteral("%1: there is no reading or work '%2' in the catalog (--list shows the ids)")
                         .arg(m_catalog.path(), id);
        return false;
    }
    return m_store.enqueue(id, m_clock.now(), error);
}

std::optional<DayPage> DailySchedule::skipToday(QString *error)
{
    const QDate today = m_clock.today();
    if (!m_store.page(today) && !servePage(today, error))
        return std::nullopt;
    if (!m_store.skip(today, m_clock.now(), error))
        return std::nullopt;
    return servePage(today, error);
}

bool DailySchedule::pauseSeries(const QString &seriesId, QString *error)
{
    return m_store.setPaused(seriesId, true, m_clock.now(), error);
}

std::optional<DayPage> DailySchedule::readNextPartNow(QString *error)
{
    const QDate today = m_clock.today();
    const std::optional<ServedPage> served = m_store.page(today);
    if (!served || served->seriesId.isEmpty()) {
        if (error)
            *error = QStringLiteral("today's reading is not part of a series");
        return std::nullopt;
    }
    const SeriesProgress progress = m_store.progress().value(served->seriesId);
    if (progress.run != served->run || progress.finished()) {
        if (error)
            *error = QStringLiteral("%1 has no part after part %2").arg(served->seriesId).arg(progress.lastPart);
        return std::nullopt;
    }
    QString why;
    std::optional<DayPage> given = givePart(today, served->seriesId, true, &why);
    if (!given && error)
        *error = why.isEmpty() ? QStringLiteral("%1 has no part after part %2").arg(served->seriesId).arg(progress.lastPart)
                               : why;
    return given;
}

QString DailySchedule::closingLine(const DayPage &page) const
{
    // In the reading's language, as the rest of the page's words.
    const QString language = page.text.reading.language;
    const QString own = page.text.labels().closingLine(language);
    if (!page.text.isPart() || page.served.seriesId.isEmpty() || page.served.day != m_clock.today())
        return own;
    const QVector<ServedPage> parts = m_store.seriesParts(page.served.seriesId, page.served.run);
    if (parts.isEmpty() || parts.constLast().part <= page.served.part)
        return own;
    const std::optional<ServedText> latest = m_store.content(parts.constLast().contentSha256);
    return latest ? latest->labels().closingLine(language) : own;
}

bool DailySchedule::loadSeries(const QString &seriesId, QVector<Reading> *readings, QString *workTitle,
                               QString *error) const
{
    readings->clear();
    workTitle->clear();
    if (const std::optional<WorkInfo> work = m_catalog.work(seriesId)) {
        *workTitle = work->title;
        for (const CatalogEntry &entry : m_catalog.workEntries(seriesId)) {
            const std::optional<Reading> reading = m_catalog.reading(entry.id);
            if (!reading) {
                *error = QStringLiteral("%1: chapter '%2' of work '%3' cannot be read").arg(m_catalog.path(), entry.id, seriesId);
                return false;
            }
            readings->append(*reading);
        }
    } else if (const std::optional<Reading> reading = m_catalog.reading(seriesId)) {
        readings->append(*reading);
    }
    if (readings->isEmpty()) {
        *error = QStringLiteral("%1: there is no reading or work '%2' to serve").arg(m_catalog.path(), seriesId);
        return false;
    }
    return true;
}

std::optional<InstallmentPlan> DailySchedule::planRun(const QString &seriesId, int run, const QVector<Reading> &readings,
                                                      const QString &workTitle, QString *error) const
{
    QVector<CutAnchor> served;
    for (const ServedPage &part : m_store.seriesParts(seriesId, run)) {
        if (part.cutJson.isEmpty())
            break; // the last part: nothing after it to keep apart
        CutAnchor anchor;
        QString why;
        if (!cutAnchorFromJson(QJsonDocument::fromJson(part.cutJson.toUtf8()).object(), &anchor, &why)) {
            *error = QStringLiteral("%1: the cut after part %2 of '%3' is damaged: %4")
                         .arg(m_catalog.path())
                         .arg(part.part)
                         .arg(seriesId, why);
            return std::nullopt;
        }
        served.append(anchor);
    }
    const InstallmentPlanner planner;
    InstallmentPlan plan = served.isEmpty() ? planner.plan(readings, workTitle) : planner.replan(readings, workTitle, served);
    if (!plan.isValid()) {
        *error = QStringLiteral("%1: '%2' has no text to serve").arg(m_catalog.path(), seriesId);
        return std::nullopt;
    }
    return plan;
}

std::optional<InstallmentPlan> DailySchedule::plan(const QString &seriesId, QString *error, QVector<Reading> *readings,
                                                   QString *workTitle) const
{
    QVector<Reading> sequence;
    QString title;
    QString why;
    if (!loadSeries(seriesId, &sequence, &title, &why)) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    const SeriesProgress progress = m_store.progress().value(seriesId);
    // A finished run is not the plan of the next one: that starts afresh.
    const int run = progress.run == 0 || progress.finished() ? progress.run + 1 : progress.run;
    std::optional<InstallmentPlan> result = planRun(seriesId, run, sequence, title, &why);
    if (!result && error)
        *error = why;
    if (readings)
        *readings = sequence;
    if (workTitle)
        *workTitle = title;
    return result;
}

bool DailySchedule::record(DayPage *given, QString *error, bool *written)
{
    // The page is stored as it is shown, with its hash: the archive never rewrites a served day.
    const QByteArray content = given->text.toJson();
    const QPair<qint64, qint64> before = m_store.changeStamp();
    QString why;
    if (!m_store.record(&given->served, content, &why, written)) {
        // The catalog cannot be written now (read-only, locked, a full disk): the day's reading
        // is shown all the same, and recorded when it is served again with the catalog writable.
        if (sql::saysCannotWriteNow(why)) {
            qCWarning(lcSchedule).noquote() << "served without recording it:" << why;
            return true;
        }
        if (error)
            *error = why;
        return false;
    }
    keepEntriesAfterOwnWrite(before);
    return true;
}

std::optional<DayPage> DailySchedule::givePart(const QDate &day, const QString &seriesId, bool ahead, QString *error,
                                               bool *written)
{
    const SeriesProgress progress = m_store.progress().value(seriesId);
    const bool fresh = progress.run == 0 || progress.finished();
    const int run = fresh ? progress.run + 1 : progress.run;
    const int index = fresh ? 0 : progress.lastPart; // 0-based: the part after the last given

    QVector<Reading> readings;
    QString workTitle;
    QString why;
    if (!loadSeries(seriesId, &readings, &workTitle, &why)) {
        qCWarning(lcSchedule).noquote() << why;
        return std::nullopt; // pass over it
    }
    const std::optional<InstallmentPlan> plan = planRun(seriesId, run, readings, workTitle, &why);
    if (!plan || index >= plan->parts.size()) {
        qCWarning(lcSchedule).noquote() << (plan ? QStringLiteral("%1 has no part %2").arg(seriesId).arg(index + 1) : why);
        return std::nullopt;
    }
    const Installment installment = InstallmentView::build(readings, *plan, index);
    DayPage given;
    given.text = ServedText::of(installment);
    ServedPage &page = given.served;
    page.day = day;
    page.readingId = plan->parts.at(index).segments.constFirst().readingId;
    page.servedAt = m_clock.now();
    page.seriesId = seriesId;
    page.run = run;
    page.part = index + 1;
    page.parts = int(plan->parts.size());
    page.ahead = ahead;
    if (index < plan->cuts.size())
        page.cutJson = QString::fromUtf8(QJsonDocument(cutAnchorToJson(plan->cuts.at(index))).toJson(QJsonDocument::Compact));
    if (!record(&given, error, written))
        return std::nullopt;
    return given;
}

std::optional<DayPage> DailySchedule::giveReading(const QDate &day, const QString &readingId, QString *error,
                                                  bool *written)
{
    const std::optional<Reading> reading = m_catalog.reading(readingId);
    if (!reading)
        return std::nullopt; // pass over it
    DayPage given;
    given.text.reading = *reading;
    given.text.words = ReadingTimeEstimator::countWords(reading->body);
    ServedPage &page = given.served;
    page.day = day;
    page.readingId = readingId;
    page.servedAt = m_clock.now();
    if (!record(&given, error, written))
        return std::nullopt;
    return given;
}

} // namespace redletter
