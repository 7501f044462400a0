// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace redletter {

//! Find and replace in the editor's source (Ctrl+F, Ctrl+R): Enter finds the next, Esc closes.
class SourceFindBar : public QWidget
{
    Q_OBJECT
public:
    explicit SourceFindBar(QPlainTextEdit *source, QWidget *parent = nullptr);

    //! Shows the bar with the selection (if any) as the search; @p replace focuses the replacement.
    void activate(bool replace);
    //! Selects the next match (wrapping around); false when there is none.
    bool findNext();
    //! Replaces the selected match, then finds the next one.
    void replace();
    //! Replaces every match in one undo step; returns how many.
    int replaceAll();
    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool selectionMatches() const;

    QPlainTextEdit *m_source;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QLabel *m_status;
};

} // namespace redletter
