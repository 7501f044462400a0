// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

class QTreeWidget;

namespace redletter {

class Catalog;

/*!
 * The archive ("YTD" on the site): every served day, newest first, with its reading. Choosing a
 * day reopens its reading.
 */
class ArchiveDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ArchiveDialog(const Catalog &catalog, QWidget *parent = nullptr);

    QDate chosenDay() const { return m_chosenDay; }
    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    void dayChosen(const QDate &day);

private:
    QTreeWidget *m_list = nullptr;
    QDate m_chosenDay;
};

} // namespace redletter
