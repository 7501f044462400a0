// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationpanel.h"

#include "catalog/catalog.h"

#include <QFileInfo>
#include <QHash>
#include <QHeaderView>
#include <QLocale>
#include <QLineEdit>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace redletter {

namespace {

enum Role { ReadingIdRole = Qt::UserRole + 1, AnnotationIdRole, ConflictIdRole, KeepOtherRole };

QString excerpt(const QString &text, int length = 90)
{
    QString simple = text.simplified();
    if (simple.size() > length)
        simple = simple.left(length - 1).trimmed() + QChar(0x2026);
    return simple;
}

} // namespace

AnnotationPanel::AnnotationPanel(const Catalog &catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog), m_search(new QLineEdit(this)), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("annotationPanel"));
    m_search->setObjectName(QStringLiteral("annotationSearch"));
    m_search->setPlaceholderText(tr("Search all my notes"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search all my notes"));
    m_search->setAccessibleDescription(tr("Finds my notes in every reading; the list below shows what matches."));
    m_list->setObjectName(QStringLiteral("annotationList"));
    m_list->setHeaderHidden(true);
    m_list->setAccessibleName(tr("My notes"));
    m_list->setAccessibleDescription(tr("My notes on this reading, the ones no longer found in its changed text, or "
                                        "what the search found; Enter opens a note at its passage."));
    m_list->setRootIsDecorated(true);
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);

    connect(m_search, &QLineEdit::textChanged, this, &AnnotationPanel::refresh);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, ConflictIdRole).isValid()) {
            Q_EMIT conflictResolutionRequested(item->data(0, ConflictIdRole).toLongLong(),
                                               item->data(0, KeepOtherRole).toBool());
            return;
        }
        const QString annotation = item->data(0, AnnotationIdRole).toString();
        if (!annotation.isEmpty())
            Q_EMIT annotationActivated(item->data(0, ReadingIdRole).toString(), annotation);
    });
}

void AnnotationPanel::showReading(const QString &readingId, const QVector<Annotation> &annotations,
                                  const QStringList &unplacedIds)
{
    m_readingId = readingId;
    m_annotations = annotations;
    m_unplaced = unplacedIds;
    refresh();
}

bool AnnotationPanel::setCurrentAnnotation(const QString &annotationId)
{
    for (QTreeWidgetItemIterator it(m_list); *it; ++it) {
        if ((*it)->data(0, AnnotationIdRole).toString() == annotationId) {
            m_list->setCurrentItem(*it);
            m_list->scrollToItem(*it);
            return true;
        }
    }
    return false;
}

QString AnnotationPanel::currentAnnotationId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, AnnotationIdRole).toString() : QString();
}

QTreeWidgetItem *AnnotationPanel::itemFor(const Annotation &annotation, bool unplaced) const
{
    auto *item = new QTreeWidgetItem;
    QString text = QStringLiteral("\u201C%1\u201D").arg(excerpt(annotation.quote.exact));
    if (!annotation.note.isEmpty())
        text += QLatin1Char('\n') + excerpt(annotation.note, 160);
    if (unplaced)
        text += QLatin1Char('\n') + tr("Not found in the current text");
    item->setText(0, text);
    item->setToolTip(0, annotation.note.isEmpty() ? annotation.quote.exact : annotation.note);
    item->setData(0, ReadingIdRole, annotation.readingId);
    item->setData(0, AnnotationIdRole, annotation.id);
    return item;
}

void AnnotationPanel::refresh()
{
    m_list->clear();
    const QString query = m_search->text().trimmed();
    if (!query.isEmpty()) {
        // Across all readings: grouped by reading.
        QTreeWidgetItem *group = nullptr;
        QString groupReading;
        const QVector<Annotation> found = m_catalog.searchAnnotations(query);
        for (const Annotation &annotation : found) {
            if (!group || groupReading != annotation.readingId) {
                groupReading = annotation.readingId;
                const auto entry = m_catalog.entry(annotation.readingId);
                group = new QTreeWidgetItem(m_list, {entry ? entry->title : annotation.readingId});
                group->setFirstColumnSpanned(true);
                group->setExpanded(true);
            }
            group->addChild(itemFor(annotation, false));
        }
        if (found.isEmpty())
            new QTreeWidgetItem(m_list, {tr("No notes match \u201C%1\u201D").arg(query)});
        m_list->expandAll();
        return;
    }
    if (m_readingId.isEmpty())
        return;
    addConflicts();
    auto *mine = new QTreeWidgetItem(m_list, {tr("In this reading (%1)").arg(m_annotations.size() - m_unplaced.size())});
    QTreeWidgetItem *lost = nullptr;
    for (const Annotation &annotation : qAsConst(m_annotations)) {
        const bool unplaced = m_unplaced.contains(annotation.id);
        if (unplaced && !lost)
            lost = new QTreeWidgetItem(m_list, {tr("Not found after the text changed (%1)").arg(m_unplaced.size())});
        (unplaced ? lost : mine)->addChild(itemFor(annotation, unplaced));
    }
    m_list->expandAll();
}

void AnnotationPanel::addConflicts()
{
    QHash<QString, Annotation> listed;
    for (const Annotation &annotation : qAsConst(m_annotations))
        listed.insert(annotation.id, annotation);
    QVector<AnnotationConflict> shown;
    const QVector<AnnotationConflict> conflicts = m_catalog.annotationConflicts(QString());
    for (const AnnotationConflict &conflict : conflicts) {
        if (listed.contains(conflict.other.id))
            shown.append(conflict);
    }
    if (shown.isEmpty())
        return;

    const auto version = [](const QString &label, const Annotation &annotation) {
        const QString when = annotation.modified.isValid()
            ? QLocale().toString(annotation.modified.toLocalTime(), QLocale::ShortFormat)
            : tr("date unknown");
        // Short lines: the list cuts a row that wraps rather than growing it.
        const QString text = annotation.note.isEmpty() ? tr("(a highlight without a note)") : excerpt(annotation.note, 60);
        return QStringLiteral("%1, %2:\n%3").arg(label, when, text);
    };
    auto *group = new QTreeWidgetItem(m_list, {tr("Two versions of a note (%1)").arg(shown.size())});
    for (const AnnotationConflict &conflict : qAsConst(shown)) {
        const Annotation &saved = listed.value(conflict.other.id);
        const QString otherLabel = conflict.origin.isEmpty()
            ? tr("Earlier version")
            : tr("From %1").arg(QFileInfo(conflict.origin).fileName());
        // The passage, then each version on its own rows (long rows are cut short, not wrapped).
        auto *item = new QTreeWidgetItem(group, {QStringLiteral("\u201C%1\u201D").arg(excerpt(saved.quote.exact))});
        item->setToolTip(0, tr("Saved:\n%1\n\n%2:\n%3").arg(saved.note, otherLabel, conflict.other.note));
        item->setData(0, ReadingIdRole, saved.readingId);
        item->setData(0, AnnotationIdRole, saved.id);
        new QTreeWidgetItem(item, {version(tr("Saved"), saved)});
        new QTreeWidgetItem(item, {version(otherLabel, conflict.other)});
        // One entry per choice: Enter on it keeps that version.
        auto *keepSaved = new QTreeWidgetItem(item, {tr("Keep the saved version")});
        keepSaved->setData(0, ConflictIdRole, conflict.id);
        keepSaved->setData(0, KeepOtherRole, false);
        auto *keepOther = new QTreeWidgetItem(item, {tr("Keep the other version")});
        keepOther->setData(0, ConflictIdRole, conflict.id);
        keepOther->setData(0, KeepOtherRole, true);
    }
}

} // namespace redletter
