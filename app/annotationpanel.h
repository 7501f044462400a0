// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotation.h"

#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace redletter {

class Catalog;

/*!
 * My notes: the reader's annotations on the reading on screen, the ones that could not be placed
 * after the text changed (listed with their quoted text, never dropped), and a search across all
 * readings. Activating an entry asks for it to be shown.
 *
 * A note an import found in two versions (see Catalog::importAnnotations()) is listed first, under
 * "Two versions", with both texts and their dates, and one entry to keep each.
 */
class AnnotationPanel : public QWidget
{
    Q_OBJECT
public:
    AnnotationPanel(const Catalog &catalog, QWidget *parent = nullptr);

    //! Lists @p annotations of the reading on screen; @p unplacedIds are shown as not found.
    void showReading(const QString &readingId, const QVector<Annotation> &annotations,
                     const QStringList &unplacedIds);
    //! Makes the entry of @p annotationId the current one, scrolled into view (a link opened it).
    //! False when the list has no such entry.
    bool setCurrentAnnotation(const QString &annotationId);
    //! The annotation of the current entry; empty when it is none (a group, nothing).
    QString currentAnnotationId() const;
    QTreeWidget *list() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }

Q_SIGNALS:
    //! Show annotation @p annotationId of reading @p readingId.
    void annotationActivated(const QString &readingId, const QString &annotationId);
    //! The reader chose a version in conflict @p conflictId: the other one (@p keepOther) or the saved one.
    void conflictResolutionRequested(qint64 conflictId, bool keepOther);

private:
    void refresh();
    QTreeWidgetItem *itemFor(const Annotation &annotation, bool unplaced) const;
    //! The "Two versions" group for the conflicts of the notes listed, if there are any.
    void addConflicts();

    const Catalog &m_catalog;
    QLineEdit *m_search;
    QTreeWidget *m_list;
    QString m_readingId;
    QVector<Annotation> m_annotations;
    QStringList m_unplaced;
};

} // namespace redletter
