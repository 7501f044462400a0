// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/backups.h"

#include <QDialog>
#include <QVector>

class QPushButton;
class QTreeWidget;

namespace redletter {

class AppContext;

/*!
 * File › Restore from Backup…: the daily backups (CatalogBackups), newest first, with their dates
 * and what each holds; Restore replaces the catalog by the chosen one after asking, keeping the
 * current catalog aside (never deleted).
 */
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RestoreBackupDialog(AppContext &context, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QVector<BackupInfo> backups() const { return m_backups; }

    /*!
     * Restores the backup in row @p row without asking (the Restore button asks first). On
     * success @p keptAside names where the catalog before is kept and restored() is emitted.
     */
    bool restoreRow(int row, QString *keptAside, QString *error);

Q_SIGNALS:
    //! The catalog now holds the backup's content: whatever shows the catalog must reload.
    void restored();

private:
    void askAndRestore();

    AppContext &m_context;
    QVector<BackupInfo> m_backups;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace redletter
