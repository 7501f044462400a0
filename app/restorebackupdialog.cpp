// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorebackupdialog.h"

#include "appcontext.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace redletter {

RestoreBackupDialog::RestoreBackupDialog(AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("Restore from Backup"));
    auto *layout = new QVBoxLayout(this);
    const CatalogBackups backups(context.catalog().path());
    auto *intro = new QLabel(tr("Red Letter copies the catalog once a day and keeps %n days. Restoring one replaces "
                                "the catalog; the current one is kept in %1.",
                                nullptr, CatalogBackups::KeptDays)
                                 .arg(QDir::toNativeSeparators(QFileInfo(context.catalog().path()).absolutePath())),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Day"), tr("Notes"), tr("Readings"), tr("Days served"), tr("Size")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 5; ++column)
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_backups = backups.list();
    const QLocale locale;
    for (const BackupInfo &backup : qAsConst(m_backups)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, locale.toString(backup.day, QLocale::LongFormat));
        if (backup.readable) {
            item->setText(1, locale.toString(backup.annotations));
            item->setText(2, locale.toString(backup.readings));
            item->setText(3, locale.toString(backup.servedDays));
        } else {
            item->setText(1, tr("cannot be read: %1").arg(backup.problem));
            item->setDisabled(true);
        }
        item->setText(4, locale.formattedDataSize(backup.bytes));
        for (int column = 1; column < 5; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    layout->addWidget(m_list);
    if (m_backups.isEmpty())
        layout->addWidget(new QLabel(tr("There is no backup yet: the first is made when Red Letter starts."), this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &RestoreBackupDialog::askAndRestore);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        m_restore->setEnabled(current && !current->isDisabled());
    });
    layout->addWidget(buttons);
    resize(560, 320);
}

bool RestoreBackupDialog::restoreRow(int row, QString *keptAside, QString *error)
{
    if (row < 0 || row >= int(m_backups.size())) {
        *error = tr("No backup chosen.");
        return false;
    }
    // The catalog file is closed and replaced: a copy still being made of it is stopped first.
    m_context.backgroundBackup().cancelAndWait();
    if (!CatalogBackups::restore(m_context.catalog(), m_backups.at(row).file, m_context.clock().localNow(), keptAside,
                                 error))
        return false;
    Q_EMIT restored();
    return true;
}

void RestoreBackupDialog::askAndRestore()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0)
        return;
    const BackupInfo &backup = m_backups.at(row);
    const QString day = QLocale().toString(backup.day, QLocale::LongFormat);
    if (QMessageBox::question(this, tr("Restore from Backup"),
                              tr("Replace the catalog by the backup of %1 (%2 notes)? Notes and readings added since "
                                 "then are not in it; the current catalog is kept aside.")
                                  .arg(day)
                                  .arg(backup.annotations))
        != QMessageBox::Yes)
        return;
    QString aside;
    QString error;
    if (!restoreRow(row, &aside, &error)) {
        QMessageBox::warning(this, tr("Restore from Backup"), error);
        return;
    }
    QMessageBox::information(this, tr("Restore from Backup"),
                             tr("The catalog is now the backup of %1. The catalog before is kept as %2.")
                                 .arg(day, QDir::toNativeSeparators(aside)));
    accept();
}

} // namespace redletter
