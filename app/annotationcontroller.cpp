// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationcontroller.h"

#include "annotations/anchoring.h"
#include "catalog/catalog.h"
#include "installments/partmapping.h"
#include "schedule/clock.h"

#include <QUndoCommand>

namespace redletter {

namespace {

/*!
 * One change to one annotation: from @p before to @p after, where a missing side means "not
 * there" (so the same command adds, edits and deletes). A write that fails marks the command
 * obsolete, so the stack drops it instead of pretending.
 */
class AnnotationCommand : public QUndoCommand
{
public:
    AnnotationCommand(AnnotationController *controller, const QString &text,
                      std::optional<Annotation> before, std::optional<Annotation> after)
        : QUndoCommand(text), m_controller(controller), m_before(std::move(before)),
          m_after(std::move(after))
    {
    }

    void redo() override
    {
        if (!m_controller->store(m_before, m_after))
            setObsolete(true);
    }

    void undo() override
    {
        if (!m_controller->store(m_after, m_before))
            setObsolete(true);
    }

private:
    AnnotationController *m_controller;
    std::optional<Annotation> m_before;
    std::optional<Annotation> m_after;
};

} // namespace

AnnotationController::AnnotationController(Catalog &catalog, const Clock &clock, QObject *parent)
    : QObject(parent), m_catalog(catalog), m_clock(clock)
{
}

void AnnotationController::setReading(const Reading &reading)
{
    m_text = AnnotatableText(reading);
    m_part = Installment();
}

void AnnotationController::setPart(const Installment &part)
{
    m_text = AnnotatableText(part.reading);
    m_part = part;
}

QString AnnotationController::sourceReadingAt(const TextLocation &location) const
{
    if (m_part.origins.isEmpty())
        return readingId();
    const SourcePlace place = toSourcePlace(m_part, location);
    if (place.isValid())
        return place.readingId;
    for (const BlockOrigin &origin : m_part.origins) {
        if (!origin.readingId.isEmpty())
            return origin.readingId;
    }
    return readingId();
}

bool AnnotationController::shows(const QString &readingId) const
{
    if (readingId == m_text.readingId())
        return true;
    for (const BlockOrigin &origin : m_part.origins) {
        if (origin.readingId == readingId)
            return true;
    }
    return false;
}

QVector<Annotation> AnnotationController::annotations() const
{
    if (m_text.readingId().isEmpty())
        return {};
    if (m_part.origins.isEmpty())
        return m_catalog.annotations(m_text.readingId());
    QVector<Annotation> shown;
    QStringList sources;
    for (const BlockOrigin &origin : m_part.origins) {
        if (!origin.readingId.isEmpty() && !sources.contains(origin.readingId))
            sources.append(origin.readingId);
    }
    for (const QString &sourceId : qAsConst(sources)) {
        const std::optional<Reading> source = m_catalog.reading(sourceId);
        if (!source)
            continue;
        const AnnotatableText sourceText(*source);
        for (Annotation annotation : m_catalog.annotations(sourceId)) {
            // Anchored in the source as it is now (it may have been re-imported), then moved.
            const AnchorResult found = anchor(sourceText.text(), annotation.quote, annotation.position);
            if (found.status == AnchorResult::Orphaned)
                continue;
            const TextLocation start = sourceText.fromTextOffset(found.start);
            const TextLocation end = sourceText.fromTextOffset(found.end);
            if (start.part != TextLocation::Body || end.part != TextLocation::Body)
                continue;
            const int partStart = m_text.toTextOffset(toPartLocation(m_part, SourcePlace{sourceId, start.block, start.offset}));
            const int partEnd = m_text.toTextOffset(toPartLocation(m_part, SourcePlace{sourceId, end.block, end.offset}));
            // Only notes wholly in this part: one half-shown would read as a different note.
            if (partStart < 0 || partEnd < partStart)
                continue;
            annotation.quote = makeQuoteSelector(m_text.text(), partStart, partEnd);
            annotation.position = makePositionSelector(m_text.text(), partStart, partEnd);
            shown.append(annotation);
        }
    }
    return shown;
}

std::optional<Annotation> AnnotationController::make(const SourceRange &range, const QString &color)
{
    if (m_text.readingId().isEmpty() || range.end <= range.start)
        return std::nullopt;
    if (m_part.origins.isEmpty()) {
        // A part served before parts kept their origins: its reading is not in the catalog and
        // nothing says where its text came from, so a note could only be stored nowhere.
        if (m_text.readingId().contains(QLatin1String("#part-"))) {
            Q_EMIT refused(tr("This part was served before notes could be kept on parts; "
                              "open the full reading to make notes on this passage."));
            return std::nullopt;
        }
        return makeAnnotation(m_text, range.start, range.end, m_clock.now(), color);
    }
    // A part is not in the catalog: the note goes on the reading the passage came from, anchored
    // in that reading's own text, so it shows there and in any part holding the passage.
    const SourcePlace start = toSourcePlace(m_part, m_text.fromTextOffset(range.start));
    const SourcePlace end = toSourcePlace(m_part, m_text.fromTextOffset(range.end));
    // One annotation has one source. Across two chapters it would have to become two notes
    // (one gesture, two undo steps, the note text twice) or be clamped (dropping part of what
    // the reader chose without saying so); refusing says why and lets them select again.
    if (!start.isValid() || !end.isValid() || start.readingId != end.readingId) {
        Q_EMIT refused(tr("A note or highlight on a part must lie within one chapter's text; "
                          "select the passage again within one chapter."));
        return std::nullopt;
    }
    const std::optional<Reading> source = m_catalog.reading(start.readingId);
    if (!source) {
        Q_EMIT refused(tr("The reading '%1' this passage comes from is no longer in the catalog.").arg(start.readingId));
        return std::nullopt;
    }
    const AnnotatableText sourceText(*source);
    const int from = sourceText.toTextOffset(TextLocation{TextLocation::Body, start.block, start.offset});
    const int to = sourceText.toTextOffset(TextLocation{TextLocation::Body, end.block, end.offset});
    if (from < 0 || to <= from)
        return std::nullopt;
    return makeAnnotation(sourceText, from, to, m_clock.now(), color);
}

std::optional<Annotation> AnnotationController::find(const QString &id) const
{
    return m_catalog.annotation(id);
}

bool AnnotationController::store(const std::optional<Annotation> &before,
                                 const std::optional<Annotation> &after)
{
    QString error;
    bool ok = true;
    if (after)
        ok = m_catalog.saveAnnotation(*after, &error);
    else if (before)
        ok = m_catalog.deleteAnnotation(before->id, &error);
    m_lastStoreSucceeded = ok;
    if (!ok) {
        Q_EMIT errorOccurred(error);
        return false;
    }
    const QString reading = after ? after->readingId : before ? before->readingId : QString();
    Q_EMIT annotationsChanged(reading);
    return true;
}

bool AnnotationController::push(const QString &text, const std::optional<Annotation> &before,
                                const std::optional<Annotation> &after)
{
    m_lastStoreSucceeded = false;
    // push() runs redo(), which stores; a command whose store failed is obsolete and dropped.
    m_undoStack.push(new AnnotationCommand(this, text, before, after));
    return m_lastStoreSucceeded;
}

bool AnnotationController::addHighlight(const SourceRange &range, const QString &color)
{
    const std::optional<Annotation> annotation = make(range, color);
    if (!annotation)
        return false;
    return push(tr("Highlight"), std::nullopt, *annotation);
}

bool AnnotationController::addNote(const SourceRange &range, const QString &text)
{
    std::optional<Annotation> annotation = make(range, defaultAnnotationColor());
    if (!annotation)
        return false;
    annotation->note = text;
    return push(tr("Add Note"), std::nullopt, *annotation);
}

bool AnnotationController::editNote(const QString &id, const QString &text)
{
    const std::optional<Annotation> before = find(id);
    if (!before || before->note == text)
        return false;
    Annotation after = *before;
    after.note = text;
    after.modified = m_clock.now();
    return push(text.isEmpty() ? tr("Remove Note") : tr("Edit Note"), before, after);
}

bool AnnotationController::changeColor(const QString &id, const QString &color)
{
    const std::optional<Annotation> before = find(id);
    if (!before || before->color == color)
        return false;
    Annotation after = *before;
    after.color = color;
    after.modified = m_clock.now();
    return push(tr("Change Highlight Colour"), before, after);
}

bool AnnotationController::remove(const QString &id)
{
    const std::optional<Annotation> before = find(id);
    if (!before)
        return false;
    return push(before->note.isEmpty() ? tr("Delete Highlight") : tr("Delete Note"), before,
                std::nullopt);
}

} // namespace redletter
