// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotationmerge.h"

#include <QHash>

namespace redletter {

namespace {

QString withSeparators(qint64 number)
{
    QString digits = QString::number(number);
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

//! The time an annotation was last changed as far as it says: modified, else created.
QDateTime lastChange(const Annotation &annotation)
{
    return annotation.modified.isValid() ? annotation.modified : annotation.created;
}

//! UTF-8 length of @p text, counted without converting it (a 100 MB note is not copied to be refused).
qint64 utf8Bytes(const QString &text)
{
    qint64 bytes = 0;
    for (const QChar c : text) {
        const ushort unit = c.unicode();
        // A surrogate pair is 4 bytes: 2 for each half.
        bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : QChar::isSurrogate(unit) ? 2 : 3;
    }
    return bytes;
}

} // namespace

QString annotationSizeProblem(const Annotation &annotation)
{
    const auto tooLarge = [](const QString &what, qint64 bytes, int limit) {
        return QStringLiteral("%1 is %2 bytes; at most %3 are accepted")
            .arg(what, withSeparators(bytes), withSeparators(limit));
    };
    const qint64 noteBytes = utf8Bytes(annotation.note);
    if (noteBytes > AnnotationLimits::MaxNoteBytes)
        return tooLarge(QStringLiteral("its note"), noteBytes, AnnotationLimits::MaxNoteBytes);
    const qint64 quoteBytes = utf8Bytes(annotation.quote.exact) + utf8Bytes(annotation.quote.prefix)
        + utf8Bytes(annotation.quote.suffix);
    if (quoteBytes > AnnotationLimits::MaxQuoteBytes)
        return tooLarge(QStringLiteral("its quoted passage"), quoteBytes, AnnotationLimits::MaxQuoteBytes);
    if (annotation.tags.size() > AnnotationLimits::MaxTags) {
        return QStringLiteral("it has %1 tags; at most %2 are accepted")
            .arg(withSeparators(annotation.tags.size()))
            .arg(AnnotationLimits::MaxTags);
    }
    for (const QString &tag : annotation.tags) {
        const qint64 tagBytes = utf8Bytes(tag);
        if (tagBytes > AnnotationLimits::MaxTagBytes)
            return tooLarge(QStringLiteral("a tag"), tagBytes, AnnotationLimits::MaxTagBytes);
    }
    return {};
}

QString annotationPositionProblem(const Annotation &annotation, int textCodePoints)
{
    if (!annotation.position.isValid() || annotation.position.end <= textCodePoints)
        return {};
    return QStringLiteral("its position %1–%2 lies past the end of the reading's text (%3 characters)")
        .arg(annotation.position.start)
        .arg(annotation.position.end)
        .arg(withSeparators(textCodePoints));
}

QString duplicateAnnotationIdProblem(const QVector<Annotation> &annotations)
{
    QHash<QString, int> firstIndex;
    for (int i = 0; i < int(annotations.size()); ++i) {
        const QString &id = annotations.at(i).id;
        const auto found = firstIndex.constFind(id);
        if (found != firstIndex.constEnd()) {
            return QStringLiteral("annotations %1 and %2 both have the id %3")
                .arg(found.value() + 1)
                .arg(i + 1)
                .arg(id);
        }
        firstIndex.insert(id, i);
    }
    return {};
}

bool sameAnnotationContent(const Annotation &a, const Annotation &b)
{
    Annotation sameId = b;
    sameId.id = a.id;
    return a == sameId;
}

AnnotationMergeOutcome compareAnnotationVersions(const Annotation &stored, const Annotation &incoming)
{
    if (sameAnnotationContent(stored, incoming))
        return AnnotationMergeOutcome::Unchanged;
    const QDateTime storedTime = lastChange(stored);
    const QDateTime incomingTime = lastChange(incoming);
    if (incomingTime.isValid() && (!storedTime.isValid() || incomingTime > storedTime))
        return AnnotationMergeOutcome::Updated;
    return AnnotationMergeOutcome::KeptStored;
}

int AnnotationMergeReport::count(AnnotationMergeOutcome outcome) const
{
    int result = 0;
    for (const AnnotationMergeItem &item : items)
        result += item.outcome == outcome ? 1 : 0;
    return result;
}

} // namespace redletter
