// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporting/w3cexport.h"

#include "annotations/annotationjson.h"
#include "exporting/exportfile.h"
#include "exporting/passages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace redletter {

namespace {

//! A URL as compared for matching: no fragment, no trailing slash, host in lower case.
QString comparableUrl(const QUrl &url)
{
    QString text = url.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments | QUrl::StripTrailingSlash)
                       .toString(QUrl::FullyEncoded);
    return text;
}

} // namespace

QString annotationTargetSource(const Reading &reading)
{
    const QString scheme = reading.source.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return reading.source.toString(QUrl::FullyEncoded);
    return readingUrn(reading.id);
}

QByteArray w3cJsonDocument(const QVector<ExportSource> &sources, const ExportOptions &options,
                           ExportReport *report)
{
    if (report) {
        const PassageCollection collection = collectPassages(sources, ExportOptions::Scope::Annotations);
        *report = ExportReport();
        report->passages = int(collection.passages.size());
        report->highlights = collection.anchoredAnnotations;
        report->orphaned = collection.orphaned;
        for (const ExportSource &source : sources) {
            for (const Annotation &annotation : source.annotations) {
                if (!annotation.note.trimmed().isEmpty())
                    ++report->readerNotes;
            }
        }
    }
    const bool page = options.jsonLayout == ExportOptions::JsonLayout::AnnotationPage;
    QJsonArray items;
    for (const ExportSource &source : sources) {
        const QString target = annotationTargetSource(source.reading);
        for (Annotation annotation : source.annotations) {
            if (annotation.readingId.isEmpty())
                annotation.readingId = source.reading.id;
            QJsonObject json = toW3cJson(annotation, target);
            if (page)
                json.remove(QStringLiteral("@context"));
            items.append(json);
        }
    }
    if (!page)
        return QJsonDocument(items).toJson(QJsonDocument::Indented);
    QJsonObject annotationPage;
    annotationPage.insert(QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
    annotationPage.insert(QStringLiteral("type"), QStringLiteral("AnnotationPage"));
    annotationPage.insert(QStringLiteral("startIndex"), 0);
    annotationPage.insert(QStringLiteral("items"), items);
    return QJsonDocument(annotationPage).toJson(QJsonDocument::Indented);
}

bool exportW3cJson(const QVector<ExportSource> &sources, const ExportOptions &options,
                   const QString &path, ExportReport *report, QString *error,
                   const ExportProgress &progress)
{
    ExportReport localReport;
    ExportReport &result = report ? *report : localReport;
    const QByteArray json = w3cJsonDocument(sources, options, &result);
    if (progress && !progress(1, 1)) {
        if (error)
            *error = exportCancelledMessage();
        return false;
    }
    return writeExportFile(path, json, &result.bytes, error);
}

bool importAnnotationsJson(const QByteArray &json, QVector<ExportSource> *sources,
                           AnnotationImportReport *report, QString *error)
{
    QVector<Annotation> annotations;
    QStringList targets;
    if (!annotationsFromJson(json, &annotations, &targets, error))
        return false;

    AnnotationImportReport result;
    QVector<ExportSource> updated = *sources;
    for (int i = 0; i < annotations.size(); ++i) {
        Annotation annotation = annotations.at(i);
        const QString target = targets.value(i);
        int match = -1;
        for (int s = 0; s < updated.size() && match < 0; ++s) {
            const Reading &reading = updated.at(s).reading;
            if (!annotation.readingId.isEmpty() ? annotation.readingId == reading.id
                                                 : (!reading.source.isEmpty()
                                                    && comparableUrl(QUrl(target)) == comparableUrl(reading.source)))
                match = s;
        }
        if (match < 0) {
            result.unknownReading.append(annotation);
            result.unknownSources.append(target);
            result.unknownIndexes.append(i + 1);
            continue;
        }
        annotation.readingId = updated.at(match).reading.id;
        updated[match].annotations.append(annotation);
        result.inFileOrder.append(annotation);
        ++result.imported;
    }
    *sources = updated;
    if (report)
        *report = result;
    return true;
}

} // namespace redletter
