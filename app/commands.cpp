// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "appcontext.h"
#include "commandline.h"
#include "exporting/exportoptions.h"
#include "exporting/markdownexport.h"
#include "exporting/pdfexport.h"
#include "exporting/w3cexport.h"
#include "importing/importer.h"
#include "importing/importlimits.h"
#include "importing/importservice.h"
#include "importing/linkfetcher.h"
#include "reading/readingwriter.h"
#include "schedule/dailypick.h"
#include "schedule/dailyschedule.h"
#include "util/displayname.h"
#include "util/regularfile.h"

#include <QFile>
#include <QPageSize>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace redletter::commands {

//! The translation context of the command-line commands (free functions, so no class of their own).
struct Commands
{
    Q_DECLARE_TR_FUNCTIONS(redletter::Commands)
};

//! "1 note", "3 notes": English needs no plural forms file for this, translations choose their own.
static QString counted(int n, const char *one, const char *many)
{
    return Commands::tr(n == 1 ? one : many).arg(n);
}


QString noSuchReading(AppContext &context, const QString &readingId)
{
    return Commands::tr("%1: no reading '%2' in the catalog (--list shows the ids)").arg(context.catalog().path(), readingId);
}

int showReading(AppContext &context, const QString &readingId, QTextStream &out, QTextStream &err)
{
    const std::optional<Reading> reading = context.catalog().reading(readingId);
    if (!reading) {
        err << noSuchReading(context, readingId) << '\n';
        return 1;
    }
    out.flush();
    out << QString::fromUtf8(writeReading(*reading));
    out.flush();
    return 0;
}

int importSources(AppContext &context, const QStringList &sources, QTextStream &out, QTextStream &err,
                  const ImportService::FetchFunction &fetcher)
{
    ImportService service(&context.catalog());
    service.setFetcher(fetcher ? fetcher : ImportService::linkFetcher());
    // Each source is reported as soon as its transaction has committed, so what was printed is
    // what is stored even if the process dies on the next source (tst_killnine relies on it).
    bool succeeded = true;
    for (const QString &source : sources) {
        ImportReport report;
        report.sources.append(service.importSource(source));
        QString errors;
        out << report.toText(&errors);
        err << errors;
        out.flush();
        err.flush();
        succeeded = succeeded && report.succeeded();
    }
    return succeeded ? 0 : 1;
}

int checkReadings(const QStringList &files, QTextStream &err)
{
    int status = 0;
    for (const QString &file : files) {
        Reading reading;
        SourceError error;
        if (!Importer::importFile(file, &reading, &error)) {
            err << error.toString() << '\n';
            status = 1;
        }
    }
    err.flush();
    return status;
}

static QJsonObject entryJson(const QDate &day, const CatalogEntry &entry)
{
    QJsonObject object;
    object.insert(QStringLiteral("date"), day.toString(Qt::ISODate));
    object.insert(QStringLiteral("id"), entry.id);
    object.insert(QStringLiteral("title"), entry.title);
    object.insert(QStringLiteral("author"), entry.author);
    object.insert(QStringLiteral("work"), entry.work);
    object.insert(QStringLiteral("year"), entry.year);
    object.insert(QStringLiteral("minutes"), entry.minutes);
    return object;
}

static QJsonValue countOrNull(int number)
{
    return number > 0 ? QJsonValue(number) : QJsonValue();
}

int printList(AppContext &context, QTextStream &out, QTextStream &err)
{
    const auto textOrNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    DailySchedule &schedule = context.schedule();
    // One plan per series, made when its first reading comes up; a reading's part is the first
    // part with a segment of it.
    QHash<QString, InstallmentPlan> plans;
    const auto planOf = [&](const QString &seriesId) -> const InstallmentPlan * {
        auto found = plans.find(seriesId);
        if (found == plans.end()) {
            QString error;
            const std::optional<InstallmentPlan> plan = schedule.plan(seriesId, &error);
            if (!plan)
                err << error << '\n';
            found = plans.insert(seriesId, plan.value_or(InstallmentPlan()));
        }
        return found->isValid() ? &*found : nullptr;
    };
    for (const CatalogEntry &entry : context.catalog().entries()) {
        QJsonObject object;
        object.insert(QStringLiteral("id"), entry.id);
        object.insert(QStringLiteral("title"), entry.title);
        object.insert(QStringLiteral("author"), entry.author);
        object.insert(QStringLiteral("work"), entry.work);
        object.insert(QStringLiteral("year"), entry.year == 0 ? QJsonValue() : QJsonValue(entry.year));
        object.insert(QStringLiteral("language"), entry.language);
        object.insert(QStringLiteral("words"), entry.words);
        object.insert(QStringLiteral("minutes"), entry.minutes);
        object.insert(QStringLiteral("footnotes"), entry.footnotes);
        object.insert(QStringLiteral("editorNotes"), entry.editorialNotes);
        object.insert(QStringLiteral("source"), textOrNull(entry.source.toString()));
        object.insert(QStringLiteral("work_id"), textOrNull(entry.workId));
        int part = 0;
        int parts = 0;
        if (!entry.workId.isEmpty()) {
            if (const InstallmentPlan *plan = planOf(entry.workId)) {
                parts = int(plan->parts.size());
                for (int p = 0; p < parts && part == 0; ++p) {
                    for (const PartSegment &segment : plan->parts.at(p).segments) {
                        if (segment.readingId == entry.id) {
                            part = p + 1;
                            break;
                        }
                    }
                }
            }
        } else if (entry.minutes > MaximumDailyMinutes) {
            if (const InstallmentPlan *plan = planOf(entry.id))
                parts = int(plan->parts.size());
        }
        object.insert(QStringLiteral("part"), countOrNull(part));
        object.insert(QStringLiteral("parts"), countOrNull(parts));
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
    }
    out.flush();
    return 0;
}

//! What --today and --archive print of a served page.
static QJsonObject pageJson(Catalog &catalog, const ServedPage &served, const ServedText *text)
{
    CatalogEntry entry;
    if (const auto found = catalog.entry(served.readingId))
        entry = *found;
    entry.id = served.readingId;
    QJsonObject object = entryJson(served.day, entry);
    if (served.part > 0 && text) {
        // The part's own length, at the pace it was planned at (the house pace).
        const int wpm = ReadingTimeEstimator().wordsPerMinute();
        object.insert(QStringLiteral("minutes"), (text->words + wpm - 1) / wpm);
    }
    if (text)
        object.insert(QStringLiteral("words"), text->words);
    QString workId = entry.workId;
    if (!served.seriesId.isEmpty() && catalog.work(served.seriesId))
        workId = served.seriesId;
    object.insert(QStringLiteral("work_id"), workId.isEmpty() ? QJsonValue() : QJsonValue(workId));
    object.insert(QStringLiteral("part"), countOrNull(served.part));
    object.insert(QStringLiteral("parts"), countOrNull(served.parts));
    return object;
}

int printSearch(AppContext &context, const QString &query, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(err);
    const QVector<SearchHit> hits = context.catalog().searchWithSnippets(query);
    DailySchedule &schedule = context.schedule();
    QHash<QString, InstallmentPlan> plans; // by work, made when a chapter of it is found
    for (int i = 0; i < int(hits.size()); ++i) {
        const SearchHit &hit = hits.at(i);
        // Markdown's strong emphasis: the reading format's own markup, readable as it is.
        QString snippet = hit.snippet;
        for (auto range = hit.highlights.crbegin(); range != hit.highlights.crend(); ++range) {
            snippet.insert(range->second, QLatin1String("**"));
            snippet.insert(range->first, QLatin1String("**"));
        }
        QJsonObject object;
        object.insert(QStringLiteral("id"), hit.readingId);
        object.insert(QStringLiteral("title"), hit.title);
        // As --list has it: the part a chapter of a work starts in; null for a reading on its own.
        int part = 0;
        if (const std::optional<CatalogEntry> entry = context.catalog().entry(hit.readingId); entry && !entry->workId.isEmpty()) {
            if (!plans.contains(entry->workId)) {
                QString error;
                plans.insert(entry->workId, schedule.plan(entry->workId, &error).value_or(InstallmentPlan()));
            }
            const InstallmentPlan &plan = plans[entry->workId];
            for (int p = 0; p < int(plan.parts.size()) && part == 0; ++p) {
                for (const PartSegment &segment : plan.parts.at(p).segments)
                    part = part == 0 && segment.readingId == hit.readingId ? p + 1 : part;
            }
        }
        object.insert(QStringLiteral("part"), countOrNull(part));
        object.insert(QStringLiteral("snippet"), snippet);
        object.insert(QStringLiteral("rank"), i + 1);
        object.insert(QStringLiteral("kind"), hit.kind == SearchHit::Note ? QStringLiteral("note") : QStringLiteral("reading"));
        if (hit.kind == SearchHit::Note)
            object.insert(QStringLiteral("note"), hit.annotationId);
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
    }
    out.flush();
    return 0;
}

int printToday(AppContext &context, QTextStream &out, QTextStream &err)
{
    QString error;
    const std::optional<DayPage> page = context.schedule().servePage(context.clock().today(), &error);
    if (!page) {
        err << error << '\n';
        return 1;
    }
    out << QString::fromUtf8(QJsonDocument(pageJson(context.catalog(), page->served, &page->text)).toJson(QJsonDocument::Compact))
        << '\n';
    return 0;
}

int queue(AppContext &context, const QString &id, QTextStream &out, QTextStream &err)
{
    QString error;
    if (!context.schedule().queue(id, &error)) {
        err << error << '\n';
        return 1;
    }
    QString title = id;
    if (const std::optional<WorkInfo> work = context.catalog().work(id))
        title = work->title;
    else if (const std::optional<CatalogEntry> entry = context.catalog().entry(id))
        title = entry->title;
    out << Commands::tr("Queued: %1 comes next.").arg(title) << '\n';
    return 0;
}

int printArchive(AppContext &context, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(err);
    for (const ServedPage &served : context.schedule().store().days()) {
        const std::optional<ServedText> text = context.schedule().store().content(served.contentSha256);
        out << QString::fromUtf8(
                   QJsonDocument(pageJson(context.catalog(), served, text ? &*text : nullptr)).toJson(QJsonDocument::Compact))
            << '\n';
    }
    return 0;
}

QVector<ExportSource> annotatedSources(AppContext &context, const QString &readingId)
{
    Catalog &catalog = context.catalog();
    QHash<QString, QDate> firstServed;
    for (const ServedDay &served : catalog.history()) {
        if (!firstServed.contains(served.readingId))
            firstServed.insert(served.readingId, served.day);
    }
    QStringList ids;
    if (!readingId.isEmpty()) {
        ids << readingId;
    } else {
        for (const Annotation &annotation : catalog.allAnnotations()) {
            if (!ids.contains(annotation.readingId))
                ids << annotation.readingId;
        }
    }
    QVector<ExportSource> sources;
    for (const QString &id : qAsConst(ids)) {
        const std::optional<Reading> reading = catalog.reading(id);
        if (!reading)
            continue;
        sources.append({*reading, firstServed.value(id), catalog.annotations(id)});
    }
    return sources;
}

static QString kibibytes(qint64 bytes)
{
    return QStringLiteral("%1 KiB").arg((bytes + 1023) / 1024);
}

int exportAnnotations(AppContext &context, const CommandLine &commandLine, QTextStream &out, QTextStream &err)
{
    if (!commandLine.readingId.isEmpty() && !context.catalog().entry(commandLine.readingId)) {
        err << Commands::tr("%1: there is no reading '%2' in the catalog").arg(context.catalog().path(), commandLine.readingId)
            << '\n';
        return 1;
    }
    QVector<ExportSource> sources = annotatedSources(context, commandLine.readingId);
    if (!commandLine.wholeReading) {
        AnnotationFilter filter;
        filter.from = commandLine.from;
        filter.to = commandLine.to;
        filter.tag = commandLine.tag;
        sources = filterSources(sources, filter);
    }
    if (sources.isEmpty() || (!commandLine.wholeReading && sources.constFirst().annotations.isEmpty())) {
        err << Commands::tr("%1: nothing to export: no annotations match").arg(commandLine.exportFile) << '\n';
        return 1;
    }

    ExportOptions options;
    options.scope = commandLine.wholeReading ? ExportOptions::Scope::WholeReading : ExportOptions::Scope::Annotations;
    options.pdfA = commandLine.pdfA;
    if (commandLine.pageSize.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0)
        options.pageSize = QPageSize(QPageSize::Letter);
    else if (commandLine.pageSize.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0)
        options.pageSize = QPageSize(QPageSize::A4);
    options.exportedOn = context.clock().today();

    ExportReport report;
    QString error;
    bool ok = false;
    switch (commandLine.mode) {
    case CommandLine::Mode::ExportPdf:
        ok = exportPdf(sources, options, commandLine.exportFile, &report, &error);
        break;
    case CommandLine::Mode::ExportMarkdown:
        ok = exportMarkdown(sources, options, commandLine.exportFile, &report, &error);
        break;
    default:
        ok = exportW3cJson(sources, options, commandLine.exportFile, &report, &error);
        break;
    }
    if (!ok) {
        err << error << '\n';
        return 1;
    }
    out << commandLine.exportFile << ": " << counted(report.passages, QT_TRANSLATE_NOOP("redletter::Commands", "%1 passage"), QT_TRANSLATE_NOOP("redletter::Commands", "%1 passages")) << ", "
        << counted(report.notes(), QT_TRANSLATE_NOOP("redletter::Commands", "%1 note"), QT_TRANSLATE_NOOP("redletter::Commands", "%1 notes"));
    if (report.pages > 0)
        out << ", " << counted(report.pages, QT_TRANSLATE_NOOP("redletter::Commands", "%1 page"), QT_TRANSLATE_NOOP("redletter::Commands", "%1 pages"));
    out << ", " << kibibytes(report.bytes);
    if (!report.orphaned.isEmpty())
        out << "; " << counted(int(report.orphaned.size()), QT_TRANSLATE_NOOP("redletter::Commands", "%1 note no longer found in the text, listed at the end"),
                          QT_TRANSLATE_NOOP("redletter::Commands", "%1 notes no longer found in the text, listed at the end"));
    out << '\n';
    return 0;
}

int importAnnotations(AppContext &context, const QString &file, QTextStream &out, QTextStream &err)
{
    // Only a regular file under the cap: a FIFO or /dev/zero would block or never end.
    QByteArray json;
    QString readError;
    if (!readRegularFile(file, ImportLimits::MaximumAnnotationFileBytes, &json, &readError)) {
        err << escapedForDisplay(file) << ": " << readError << '\n';
        return 1;
    }
    Catalog &catalog = context.catalog();
    QVector<ExportSource> sources;
    for (const CatalogEntry &entry : catalog.entries()) {
        if (const std::optional<Reading> reading = catalog.reading(entry.id))
            sources.append({*reading, QDate(), {}});
    }
    AnnotationImportReport found;
    QString error;
    if (!importAnnotationsJson(json, &sources, &found, &error)) {
        err << escapedForDisplay(file) << ": " << error << '\n';
        return 1;
    }
    // All or nothing: a note of a reading this catalog lacks would be lost if the rest went in
    // and the file were then put away as imported.
    if (!found.unknownReading.isEmpty()) {
        for (int i = 0; i < int(found.unknownReading.size()); ++i) {
            err << escapedForDisplay(file) << ": "
                << Commands::tr("annotation %1 (%2): no reading in this catalog for %3")
                       .arg(found.unknownIndexes.value(i))
                       .arg(found.unknownReading.at(i).id, found.unknownSources.value(i))
                << '\n';
        }
        err << escapedForDisplay(file) << ": " << Commands::tr("nothing was imported; import those readings first") << '\n';
        return 1;
    }
    AnnotationMergeReport merged;
    if (!catalog.importAnnotations(found.inFileOrder, file, context.clock().now().toUTC(), &merged, &error)) {
        err << escapedForDisplay(file) << ": " << error << '\n';
        return 1;
    }

    out << escapedForDisplay(file) << ": " << counted(merged.added(), QT_TRANSLATE_NOOP("redletter::Commands", "%1 annotation added"), QT_TRANSLATE_NOOP("redletter::Commands", "%1 annotations added"))
        << ", " << counted(merged.updated(), QT_TRANSLATE_NOOP("redletter::Commands", "%1 updated"), QT_TRANSLATE_NOOP("redletter::Commands", "%1 updated"))
        << ", " << counted(merged.skipped(), QT_TRANSLATE_NOOP("redletter::Commands", "%1 skipped"), QT_TRANSLATE_NOOP("redletter::Commands", "%1 skipped"));
    int orphaned = 0;
    const QSet<QString> orphans = catalog.orphanedAnnotationIds(QString());
    for (const AnnotationMergeItem &item : qAsConst(merged.items)) {
        const bool stored = item.outcome == AnnotationMergeOutcome::Added || item.outcome == AnnotationMergeOutcome::AddedWithNewId
            || item.outcome == AnnotationMergeOutcome::Updated;
        orphaned += stored && orphans.contains(item.storedId) ? 1 : 0;
    }
    if (orphaned > 0)
        out << "; " << counted(orphaned, QT_TRANSLATE_NOOP("redletter::Commands", "%1 of them not found in the reading's text (kept as orphaned)"),
                                QT_TRANSLATE_NOOP("redletter::Commands", "%1 of them not found in the reading's text (kept as orphaned)"));
    out << '\n';
    // One line for each annotation that was not simply added: what happened and why.
    for (const AnnotationMergeItem &item : qAsConst(merged.items)) {
        const QString which = Commands::tr("annotation %1 (%2)").arg(item.index).arg(item.id);
        QString what;
        switch (item.outcome) {
        case AnnotationMergeOutcome::Added:
            continue;
        case AnnotationMergeOutcome::AddedWithNewId: {
            const std::optional<CatalogEntry> other = catalog.entry(item.otherReadingId);
            what = Commands::tr("added as %1: its id belongs to a note on \u201C%2\u201D")
                       .arg(item.storedId, other ? other->title : item.otherReadingId);
            break;
        }
        case AnnotationMergeOutcome::Updated:
            what = Commands::tr("updated: newer than the saved note, whose version is kept as a conflict in My Notes");
            break;
        case AnnotationMergeOutcome::KeptStored:
            what = Commands::tr("skipped: the saved note is newer; this version is kept as a conflict in My Notes");
            break;
        case AnnotationMergeOutcome::Unchanged:
            what = item.storedId == item.id ? Commands::tr("skipped: unchanged")
                                            : Commands::tr("skipped: already imported as %1").arg(item.storedId);
            break;
        }
        out << escapedForDisplay(file) << ": " << which << ": " << what << '\n';
    }
    return 0;
}

} // namespace redletter::commands
