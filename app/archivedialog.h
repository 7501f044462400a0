// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

class QTreeWidget;

namespace redletter {

class Catalog;
class ServingStore;

/*!
 * The archive ("YTD" on the site): every served day, newest first, with its reading. Choosing a
 * day reopens its reading.
 */
class ArchiveDialog : public QDialog
{
    Q_OBJECT
public:
    //! With @p store, a day that served a part of a series says so ("… — Part 3 of 7") and shows
    //! that part's minutes.
    explicit ArchiveDialog(const Catalog &catalog, QWidget *parent = nullptr, const ServingStore *store = nullptr);

    QDate chosenDay() const { return m_chosenDay; }
    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    void dayChosen(const QDate &day);

private:
    QTreeWidget *m_list = nullptr;
    QDate m_chosenDay;
};

} // namespace redletter
