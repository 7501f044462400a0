// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace redletter {

class ReaderView;

//! Find in the text (Ctrl+F): a quiet bar under the page; Enter finds the next, Shift+Enter the previous.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(ReaderView *reader, QWidget *parent = nullptr);

    //! Shows the bar with the selection (if any) as the search, and focuses it.
    void activate();
    void findNext();
    void findPrevious();
    QLineEdit *field() const { return m_field; }
    QString status() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(bool backwards);
    void close();

    ReaderView *m_reader;
    QLineEdit *m_field;
    QLabel *m_status;
};

} // namespace redletter
