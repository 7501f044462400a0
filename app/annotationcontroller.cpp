// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationcontroller.h"

#include "catalog/catalog.h"
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
}

QVector<Annotation> AnnotationController::annotations() const
{
    if (m_text.readingId().isEmpty())
        return {};
    return m_catalog.annotations(m_text.readingId());
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
    if (m_text.readingId().isEmpty() || range.end <= range.start)
        return false;
    const Annotation annotation = makeAnnotation(m_text, range.start, range.end, m_clock.now(), color);
    return push(tr("Highlight"), std::nullopt, annotation);
}

bool AnnotationController::addNote(const SourceRange &range, const QString &text)
{
    if (m_text.readingId().isEmpty() || range.end <= range.start)
        return false;
    Annotation annotation = makeAnnotation(m_text, range.start, range.end, m_clock.now());
    annotation.note = text;
    return push(tr("Add Note"), std::nullopt, annotation);
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
