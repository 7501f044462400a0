// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importing/importreport.h"

#include <QDialog>

class QTreeWidget;
class QLabel;

namespace redletter {

/*!
 * Lays out an ImportReport: one row per source (its format, or its error in full), under it the
 * readings made (words, minutes, footnotes, editor's notes, language) and what was dropped or
 * worth a warning. Activating a reading asks to open it.
 */
class ImportReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportReportDialog(const ImportReport &report, QWidget *parent = nullptr);

    //! The tree, for tests: top-level items are sources, their children readings and remarks.
    QTreeWidget *tree() const { return m_tree; }
    //! The one-line summary above the tree ("2 of 3 sources imported").
    QString summary() const;

Q_SIGNALS:
    void openReadingRequested(const QString &readingId);

private:
    QTreeWidget *m_tree = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace redletter
