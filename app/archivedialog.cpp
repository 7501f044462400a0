// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivedialog.h"

#include "catalog/catalog.h"
#include "estimating/readingtime.h"
#include "installments/installmentview.h"
#include "schedule/servingstore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace redletter {

ArchiveDialog::ArchiveDialog(const Catalog &catalog, QWidget *parent, const ServingStore *store) : QDialog(parent)
{
    setObjectName(QStringLiteral("archiveDialog"));
    setWindowTitle(tr("Archive"));
    resize(720, 460);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("archiveList"));
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Archive"));
    m_list->setAccessibleDescription(tr("Every day served, the latest first; Enter or Open shows that day's reading again."));
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Day"), tr("Reading"), tr("Author"), tr("Time")});
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);

    const QVector<ServedDay> history = catalog.history();
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        const std::optional<CatalogEntry> entry = catalog.entry(it->readingId);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, QLocale().toString(it->day, QLocale::ShortFormat));
        item->setData(0, Qt::UserRole, it->day);
        item->setText(1, entry ? entry->title : it->readingId);
        item->setText(2, entry ? entry->author : QString());
        item->setText(3, entry ? tr("%1 min").arg(entry->minutes) : QString());
        const std::optional<ServedPage> page = store ? store->page(it->day) : std::nullopt;
        if (page && page->part > 0) {
            // The part as the day showed it: its series' title, its number, its own length.
            if (const std::optional<ServedText> text = store->content(page->contentSha256)) {
                const QString title = text->workTitle.isEmpty() ? text->reading.title : text->workTitle;
                item->setText(1, QStringLiteral("%1 \u2014 %2").arg(title, InstallmentView::partLabel(page->part, page->parts)));
                const int wpm = ReadingTimeEstimator().wordsPerMinute();
                item->setText(3, tr("%1 min").arg((text->words + wpm - 1) / wpm));
            }
        }
    }
    m_list->resizeColumnToContents(0);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Open)->setEnabled(m_list->topLevelItemCount() > 0);
    auto choose = [this] {
        if (QTreeWidgetItem *item = m_list->currentItem()) {
            m_chosenDay = item->data(0, Qt::UserRole).toDate();
            Q_EMIT dayChosen(m_chosenDay);
            accept();
        }
    };
    connect(buttons, &QDialogButtonBox::accepted, this, choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemActivated, this, choose);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
}

} // namespace redletter
