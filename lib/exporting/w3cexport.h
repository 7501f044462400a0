// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporting/exportoptions.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace redletter {

/*!
 * The target source written for a reading's annotations: its source URL when that is http(s)
 * (so other tools, Hypothesis among them, find the same page), else readingUrn(reading.id).
 */
[[nodiscard]] QString annotationTargetSource(const Reading &reading);

/*!
 * Every annotation of @p sources as W3C Web Annotation JSON (toW3cJson(), with text quote and
 * position selectors), in source order: an AnnotationPage ({"@context", "type": "AnnotationPage",
 * "startIndex": 0, "items": […]}, the items without their own "@context") or a plain array
 * (ExportOptions::jsonLayout). Orphaned annotations are written too (their selectors unchanged):
 * JSON is the reader's data, and nothing of it is dropped; they are still counted in @p report
 * (may be null).
 */
[[nodiscard]] QByteArray w3cJsonDocument(const QVector<ExportSource> &sources,
                                         const ExportOptions &options, ExportReport *report);

//! w3cJsonDocument() written to @p path (atomically; see exportfile.h).
[[nodiscard]] bool exportW3cJson(const QVector<ExportSource> &sources, const ExportOptions &options,
                                 const QString &path, ExportReport *report, QString *error,
                                 const ExportProgress &progress = {});

//! What importAnnotationsJson() did.
struct AnnotationImportReport
{
    int imported = 0; //!< annotations added to a source
    //! The annotations added to a source, in file order (readingId set), for a merge that reports by place.
    QVector<Annotation> inFileOrder;
    //! Annotations whose target is none of the known readings, with the source they named and
    //! their 1-based place in the file.
    QVector<Annotation> unknownReading;
    QStringList unknownSources;
    QVector<int> unknownIndexes;
};

/*!
 * Reads W3C annotations (annotationsFromJson(): an array, an AnnotationPage, a collection or one
 * annotation) and adds each to the source of its reading in @p sources: the reading whose id its
 * urn:redletter: source names, or whose source URL it targets (compared without fragment and
 * trailing slash). Annotation::readingId is set to that reading's id. Annotations of readings
 * that are not there are left out and listed in @p report. All or nothing: malformed JSON or a
 * bad annotation fails with annotationsFromJson()'s message and leaves @p sources alone.
 */
[[nodiscard]] bool importAnnotationsJson(const QByteArray &json, QVector<ExportSource> *sources,
                                         AnnotationImportReport *report, QString *error);

} // namespace redletter
