// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/importreportdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace redletter {

namespace {

enum Column { TitleColumn, MinutesColumn, WordsColumn, FootnotesColumn, NotesColumn, LanguageColumn, ColumnCount };

constexpr int ReadingIdRole = Qt::UserRole + 1;

} // namespace

ImportReportDialog::ImportReportDialog(const ImportReport &report, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Import Report"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    if (report.failedCount() == 0)
        m_summary->setText(tr("%1 of %2 sources imported.").arg(report.succeededCount()).arg(report.sources.size()));
    else
        m_summary->setText(tr("%1 of %2 sources imported; %3 could not be imported and changed nothing.")
                               .arg(report.succeededCount())
                               .arg(report.sources.size())
                               .arg(report.failedCount()));
    layout->addWidget(m_summary);

    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Source and readings"), tr("Minutes"), tr("Words"), tr("Footnotes"),
                             tr("Editor's notes"), tr("Language")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setAccessibleName(tr("Import report"));
    m_tree->setAccessibleDescription(tr("Each source imported, with the readings it became and what was dropped "
                                        "or changed; Enter opens a reading."));
    layout->addWidget(m_tree, 1);

    const QColor errorColor = palette().color(QPalette::Link).value() > 0 ? QColor(0xb0, 0x1c, 0x1c) : QColor(Qt::red);
    for (const SourceReport &source : report.sources) {
        auto *sourceItem = new QTreeWidgetItem(m_tree);
        sourceItem->setFirstColumnSpanned(false);
        if (!source.succeeded()) {
            sourceItem->setText(TitleColumn, source.error.toString());
            sourceItem->setForeground(TitleColumn, errorColor);
            sourceItem->setToolTip(TitleColumn, source.error.toString());
            continue;
        }
        QString heading = source.source + QStringLiteral(" — ") + ImportReport::formatName(source.format);
        if (!source.workId.isEmpty())
            heading += QStringLiteral(" — ") + tr("the work \"%1\"").arg(source.workTitle);
        sourceItem->setText(TitleColumn, heading);
        sourceItem->setToolTip(TitleColumn, heading);
        for (const ImportedReading &reading : source.readings) {
            auto *item = new QTreeWidgetItem(sourceItem);
            item->setText(TitleColumn, tr("%1 — %2").arg(reading.title, ImportReport::outcomeName(reading.outcome)));
            item->setData(TitleColumn, ReadingIdRole, reading.id);
            item->setToolTip(TitleColumn, reading.id);
            item->setText(MinutesColumn, QString::number(reading.minutes));
            item->setText(WordsColumn, QLocale().toString(reading.words));
            item->setText(FootnotesColumn, QString::number(reading.footnotes));
            item->setText(NotesColumn, QString::number(reading.editorialNotes));
            item->setText(LanguageColumn, reading.language);
            for (int column = MinutesColumn; column < ColumnCount; ++column)
                item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        }
        for (const QString &remark : ImportReport::remarks(source)) {
            auto *item = new QTreeWidgetItem(sourceItem);
            item->setText(TitleColumn, remark);
            item->setToolTip(TitleColumn, remark);
            item->setFirstColumnSpanned(true);
        }
        sourceItem->setExpanded(true);
    }
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    for (int column = MinutesColumn; column < ColumnCount; ++column)
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(TitleColumn, ReadingIdRole).toString();
        if (!id.isEmpty()) {
            Q_EMIT openReadingRequested(id);
            accept();
        }
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 420);
}

QString ImportReportDialog::summary() const
{
    return m_summary->text();
}

} // namespace redletter
