// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationcontroller.h"

#include "annotations/anchoring.h"
#include "catalog/catalog.h"
#include "installments/partmapping.h"
#include "schedule/clock.h"

#include "annotations/annotationjson.h"
#include "exporting/exportfile.h"

#include "util/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QUndoCommand>

#include <algorithm>

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

/*!
 * The reader's choice between a note and the other version an import kept of it: redone, the
 * conflict is resolved; undone, the note is as it was and the conflict back, under its own id.
 * Not kept in memory when the catalog cannot be written (a failed choice is simply not made).
 */
class ConflictChoiceCommand : public QUndoCommand
{
public:
    ConflictChoiceCommand(AnnotationController *controller, const QString &text, AnnotationConflict conflict,
                          Annotation note, bool keepOther)
        : QUndoCommand(text), m_controller(controller), m_conflict(std::move(conflict)), m_note(std::move(note)),
          m_keepOther(keepOther)
    {
    }

    void redo() override
    {
        if (!m_controller->chooseVersion(m_conflict, m_note, m_keepOther, /*undo=*/false))
            setObsolete(true);
    }

    void undo() override
    {
        if (!m_controller->chooseVersion(m_conflict, m_note, m_keepOther, /*undo=*/true))
            setObsolete(true);
    }

private:
    AnnotationController *m_controller;
    AnnotationConflict m_conflict;
    Annotation m_note; //!< the note in force before the choice
    bool m_keepOther;
};

/*!
 * The catalog's wait for another process's write lock, shortened to
 * AnnotationController::WriteWaitMilliseconds while it lives. The controller writes on the UI
 * thread: with the catalog's own wait (5 s) a lock held elsewhere would freeze the window that
 * long for every change and every retry; a change that fails for now is kept in memory anyway.
 */
class ShortWriteWait
{
public:
    explicit ShortWriteWait(Catalog &catalog)
        : m_catalog(catalog), m_previous(catalog.setBusyTimeout(AnnotationController::WriteWaitMilliseconds))
    {
    }
    ~ShortWriteWait() { m_catalog.setBusyTimeout(m_previous); }
    ShortWriteWait(const ShortWriteWait &) = delete;
    ShortWriteWait &operator=(const ShortWriteWait &) = delete;

    bool reopenForWriting(QString *error) { return m_catalog.reopenForWriting(error); }

private:
    Catalog &m_catalog;
    int m_previous;
};

} // namespace

AnnotationController::AnnotationController(Catalog &catalog, const Clock &clock, QObject *parent)
    : QObject(parent), m_catalog(catalog), m_clock(clock)
{
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(RetryMilliseconds);
    connect(&m_retryTimer, &QTimer::timeout, this, &AnnotationController::retryPending);
}

AnnotationController::~AnnotationController()
{
    if (m_pending.isEmpty())
        return;
    // No signals now: the window listening to them is being torn down around this object.
    const QSignalBlocker quiet(this);
    if (retryPending())
        return;
    // Quitting while the catalog still cannot be written: the notes leave memory only into a file.
    const QString rescued = rescuePending();
    if (rescued.isEmpty())
        qCCritical(lcCatalog).noquote() << pendingCount() << "unsaved changes to notes could not be written anywhere";
    else
        qCWarning(lcCatalog).noquote() << pendingCount() << "unsaved changes to notes were written to" << rescued
                                       << "(--import-annotations reads them back)";
}

QString AnnotationController::rescuePending() const
{
    const QString name = QStringLiteral("unsaved-notes-%1.json")
                             .arg(m_clock.now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QStringList folders{m_catalog.path().isEmpty() ? QString() : QFileInfo(m_catalog.path()).absolutePath(),
                              QStandardPaths::writableLocation(QStandardPaths::HomeLocation),
                              QStandardPaths::writableLocation(QStandardPaths::TempLocation)};
    for (const QString &folder : folders) {
        if (folder.isEmpty())
            continue;
        const QString path = QDir(folder).filePath(name);
        QString error;
        if (exportPending(path, &error))
            return path;
        qCWarning(lcCatalog).noquote() << error;
    }
    return {};
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
        return storedWithPending(m_text.readingId());
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
        for (Annotation annotation : storedWithPending(sourceId)) {
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
    // The latest pending change of the annotation is what the reader sees and edits.
    for (auto change = m_pending.crbegin(); change != m_pending.crend(); ++change) {
        if (change->after && change->after->id == id)
            return change->after;
        if (!change->after && change->before && change->before->id == id)
            return std::nullopt;
    }
    return m_catalog.annotation(id);
}

QVector<Annotation> AnnotationController::storedWithPending(const QString &readingId) const
{
    QVector<Annotation> result = m_catalog.annotations(readingId);
    for (const PendingChange &change : m_pending) {
        const QString id = change.after ? change.after->id : change.before ? change.before->id : QString();
        const auto same = std::find_if(result.begin(), result.end(),
                                       [&id](const Annotation &annotation) { return annotation.id == id; });
        if (same != result.end())
            result.erase(same);
        if (change.after && change.after->readingId == readingId)
            result.append(*change.after);
    }
    return result;
}

bool AnnotationController::write(const std::optional<Annotation> &before, const std::optional<Annotation> &after,
                                 QString *error)
{
    const ShortWriteWait shortWait(m_catalog);
    if (after)
        return m_catalog.saveAnnotation(*after, error);
    if (before)
        return m_catalog.deleteAnnotation(before->id, error);
    return true;
}

bool AnnotationController::retryPending()
{
    QStringList changedReadings;
    QString error;
    // A catalog opened for reading only is tried for writing again first (the folder made writable,
    // space freed): that is what "writing works again" means for it.
    if (!m_pending.isEmpty() && m_catalog.isReadOnly() && !ShortWriteWait(m_catalog).reopenForWriting(&error)) {
        m_retryTimer.start();
        Q_EMIT pendingChanged(pendingCount(), error);
        return false;
    }
    while (!m_pending.isEmpty()) {
        const PendingChange change = m_pending.constFirst();
        if (!write(change.before, change.after, &error)) {
            if (m_catalog.lastWriteFailedForNow()) {
                m_retryTimer.start();
                Q_EMIT pendingChanged(pendingCount(), error);
                break;
            }
            // Refused for what it is, not for the catalog's state: trying again cannot help.
            m_pending.removeFirst();
            Q_EMIT errorOccurred(error);
            continue;
        }
        m_pending.removeFirst();
        const QString reading = change.after ? change.after->readingId : change.before->readingId;
        if (!changedReadings.contains(reading))
            changedReadings.append(reading);
    }
    if (m_pending.isEmpty()) {
        m_retryTimer.stop();
        if (!changedReadings.isEmpty())
            Q_EMIT pendingChanged(0, QString());
    }
    for (const QString &reading : qAsConst(changedReadings))
        Q_EMIT annotationsChanged(reading);
    return m_pending.isEmpty();
}

bool AnnotationController::exportPending(const QString &path, QString *error) const
{
    QJsonArray items;
    for (const PendingChange &change : m_pending) {
        if (change.after)
            items.append(toW3cJson(*change.after, readingUrn(change.after->readingId)));
    }
    const QJsonObject page{{QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld")},
                           {QStringLiteral("type"), QStringLiteral("AnnotationPage")},
                           {QStringLiteral("items"), items}};
    return writeExportFile(path, QJsonDocument(page).toJson(), nullptr, error);
}

bool AnnotationController::store(const std::optional<Annotation> &before,
                                 const std::optional<Annotation> &after)
{
    const QString reading = after ? after->readingId : before ? before->readingId : QString();
    // A change waits behind earlier unsaved ones, so that they reach the catalog in order; the
    // new change is also the moment to try those again.
    if (!m_pending.isEmpty() && !retryPending()) {
        m_pending.append({before, after});
        m_lastStoreSucceeded = true;
        Q_EMIT pendingChanged(pendingCount(), m_catalog.lastError());
        Q_EMIT annotationsChanged(reading);
        return true;
    }
    QString error;
    m_lastStoreSucceeded = write(before, after, &error);
    if (!m_lastStoreSucceeded && m_catalog.lastWriteFailedForNow()) {
        // Kept, not lost: shown as made, saved when the catalog can be written again.
        m_pending.append({before, after});
        m_retryTimer.start();
        m_lastStoreSucceeded = true;
        Q_EMIT pendingChanged(pendingCount(), error);
    } else if (!m_lastStoreSucceeded) {
        Q_EMIT errorOccurred(error);
        return false;
    }
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

bool AnnotationController::resolveConflict(qint64 conflictId, bool keepOther)
{
    std::optional<AnnotationConflict> conflict;
    const QVector<AnnotationConflict> conflicts = m_catalog.annotationConflicts(QString());
    for (const AnnotationConflict &candidate : conflicts) {
        if (candidate.id == conflictId)
            conflict = candidate;
    }
    const std::optional<Annotation> note = conflict ? m_catalog.annotation(conflict->other.id) : std::nullopt;
    if (!conflict || !note) {
        Q_EMIT errorOccurred(tr("%1: there is no conflict %2 to resolve").arg(m_catalog.path()).arg(conflictId));
        return false;
    }
    m_lastStoreSucceeded = false;
    m_undoStack.push(new ConflictChoiceCommand(this, keepOther ? tr("Keep the Other Version") : tr("Keep the Saved Version"),
                                               *conflict, *note, keepOther));
    return m_lastStoreSucceeded;
}

bool AnnotationController::chooseVersion(const AnnotationConflict &conflict, const Annotation &note, bool keepOther,
                                         bool undo)
{
    QString error;
    const ShortWriteWait shortWait(m_catalog);
    m_lastStoreSucceeded = undo ? m_catalog.restoreAnnotationConflict(conflict, note, &error)
                                : m_catalog.resolveAnnotationConflict(conflict.id, keepOther, m_clock.now().toUTC(), &error);
    if (!m_lastStoreSucceeded) {
        Q_EMIT errorOccurred(error);
        return false;
    }
    Q_EMIT annotationsChanged(note.readingId);
    return true;
}

} // namespace redletter
