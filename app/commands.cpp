// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "appcontext.h"
#include "importing/importer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace redletter::commands {

static QString tr(const char *text)
{
    return QCoreApplication::translate("redletter::commands", text);
}

static QString outcomeText(Catalog::ImportOutcome outcome)
{
    switch (outcome) {
    case Catalog::ImportOutcome::Added:
        return tr("added");
    case Catalog::ImportOutcome::Updated:
        return tr("updated");
    case Catalog::ImportOutcome::Unchanged:
        return tr("unchanged");
    }
    return {};
}

int importFiles(AppContext &context, const QStringList &files, QTextStream &out, QTextStream &err)
{
    int failures = 0;
    for (const QString &file : files) {
        Reading reading;
        SourceError sourceError;
        if (!Importer::importFile(file, &reading, &sourceError)) {
            err << sourceError.toString() << '\n';
            ++failures;
            continue;
        }
        Catalog::ImportOutcome outcome = Catalog::ImportOutcome::Unchanged;
        QString error;
        if (!context.catalog().importReading(reading, file, /*builtin=*/false, &outcome, &error)) {
            err << file << ": " << error << '\n';
            ++failures;
            continue;
        }
        const auto entry = context.catalog().entry(reading.id);
        out << file << ": " << outcomeText(outcome) << " \"" << reading.title << "\" as "
            << reading.id << " (" << (entry ? entry->minutes : 0) << " min)" << '\n';
    }
    out.flush();
    err.flush();
    return failures == 0 ? 0 : 1;
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

int printToday(AppContext &context, QTextStream &out, QTextStream &err)
{
    QString error;
    const std::optional<ServedDay> served = context.schedule().serveToday(&error);
    if (!served) {
        err << error << '\n';
        return 1;
    }
    const std::optional<CatalogEntry> entry = context.catalog().entry(served->readingId);
    if (!entry) {
        err << tr("%1: the reading '%2' served on %3 is missing from the catalog")
                   .arg(context.catalog().path(), served->readingId,
                        served->day.toString(Qt::ISODate))
            << '\n';
        return 1;
    }
    out << QString::fromUtf8(QJsonDocument(entryJson(served->day, *entry)).toJson(QJsonDocument::Compact))
        << '\n';
    return 0;
}

int printArchive(AppContext &context, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(err);
    for (const ServedDay &served : context.catalog().history()) {
        CatalogEntry entry;
        if (const auto found = context.catalog().entry(served.readingId))
            entry = *found;
        entry.id = served.readingId;
        out << QString::fromUtf8(QJsonDocument(entryJson(served.day, entry)).toJson(QJsonDocument::Compact))
            << '\n';
    }
    return 0;
}

} // namespace redletter::commands
