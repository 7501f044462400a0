// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace redletter {

/*!
 * "urn:redletter:reading:<readingId>": the target source for a reading that has no better
 * address. fromW3cJson() turns it back into Annotation::readingId.
 */
QString readingUrn(const QString &readingId);

//! Where the highlight colour goes in W3C JSON: an extension property under our own IRI.
QString w3cColorKey();

/*!
 * The annotation as a W3C Web Annotation (https://www.w3.org/TR/annotation-model/):
 *
 *   { "@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
 *     "id": "urn:uuid:<id>", "motivation": "commenting" | "highlighting",
 *     "created": "…Z", "modified": "…Z",              (ISO 8601 UTC with milliseconds)
 *     "body": [ { "type": "TextualBody", "value": note, "format": "text/plain",
 *                 "purpose": "commenting" },           (only if there is a note)
 *               { "type": "TextualBody", "value": tag, "purpose": "tagging" }, … ],
 *     "target": { "source": sourceUrlOrUrn,
 *                 "selector": [ { "type": "TextQuoteSelector", "exact", "prefix", "suffix" },
 *                               { "type": "TextPositionSelector", "start", "end" } ] },
 *     "<w3cColorKey()>": "yellow" }
 *
 * "body" is left out when there is neither note nor tag (a plain highlight), the position
 * selector when it is unknown, empty prefix/suffix, and created/modified when invalid.
 * @p sourceUrlOrUrn is the reading's source URL or readingUrn(readingId).
 */
QJsonObject toW3cJson(const Annotation &annotation, const QString &sourceUrlOrUrn);

/*!
 * Reads a W3C Web Annotation: what toW3cJson() writes and common variants of it: "body" as
 * one object or an array, "bodyValue", bodies without "purpose" (taken as comments; several
 * comments are joined by a blank line), "target" as one object or an array (the first with a
 * TextQuoteSelector counts), "selector" as one object or an array, "source" as a string or an
 * object with "id", no position selector, no "@context" (annotations inside a page), an id that
 * is not a urn:uuid (mapped to a name-based UUID, so importing twice gives the same id), no id
 * (a new UUID), an unknown colour (the default colour).
 *
 * Rejects, with a message saying what is wrong and where: a "type" that is not Annotation, no
 * target or a target without a TextQuoteSelector, an empty or non-string "exact", a position
 * selector with negative, non-integer or reversed offsets, timestamps that are not ISO 8601,
 * values of the wrong JSON type.
 *
 * Fills @p annotation (readingId from a readingUrn() source, else empty) and @p sourceOut (may
 * be null); on failure returns false, fills @p error (may be null) and leaves the outputs alone.
 */
[[nodiscard]] bool fromW3cJson(const QJsonObject &json, Annotation *annotation, QString *sourceOut,
                               QString *error);

/*!
 * Reads a file of annotations: a JSON array of annotations, a W3C AnnotationPage ("items"), an
 * AnnotationCollection whose only page is embedded as "first", or a single annotation. All or nothing:
 * the first bad annotation fails the whole file ("annotation 3: …"); malformed JSON fails with
 * the parser's message and byte offset. @p sources gets each annotation's target source, in
 * order (may be null). On failure the outputs are left alone.
 */
[[nodiscard]] bool annotationsFromJson(const QByteArray &json, QVector<Annotation> *annotations,
                                       QStringList *sources, QString *error);

} // namespace redletter
