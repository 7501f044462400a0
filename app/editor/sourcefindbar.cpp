// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/sourcefindbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QTextDocument>

namespace redletter {

SourceFindBar::SourceFindBar(QPlainTextEdit *source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    m_find->setPlaceholderText(tr("Find"));
    m_find->setAccessibleName(tr("Find"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->setAccessibleName(tr("Replace with"));
    auto *next = new QPushButton(tr("&Next"), this);
    auto *replaceOne = new QPushButton(tr("&Replace"), this);
    auto *replaceEvery = new QPushButton(tr("Replace &All"), this);
    layout->addWidget(m_find, 2);
    layout->addWidget(next);
    layout->addWidget(m_replace, 2);
    layout->addWidget(replaceOne);
    layout->addWidget(replaceEvery);
    layout->addWidget(m_status, 1);
    connect(next, &QPushButton::clicked, this, &SourceFindBar::findNext);
    connect(replaceOne, &QPushButton::clicked, this, &SourceFindBar::replace);
    connect(replaceEvery, &QPushButton::clicked, this, &SourceFindBar::replaceAll);
    connect(m_find, &QLineEdit::returnPressed, this, &SourceFindBar::findNext);
    connect(m_replace, &QLineEdit::returnPressed, this, &SourceFindBar::replace);
    m_find->installEventFilter(this);
    m_replace->installEventFilter(this);
    hide();
}

void SourceFindBar::activate(bool replace)
{
    const QString selected = m_source->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    m_status->clear();
    show();
    QLineEdit *field = replace ? m_replace : m_find;
    field->setFocus();
    field->selectAll();
}

bool SourceFindBar::findNext()
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return false;
    if (m_source->find(text))
        return true;
    // Wrap around once, from the top.
    const QTextCursor kept = m_source->textCursor();
    QTextCursor top(m_source->document());
    m_source->setTextCursor(top);
    if (m_source->find(text)) {
        m_status->setText(tr("From the top"));
        return true;
    }
    m_source->setTextCursor(kept);
    m_status->setText(tr("Not found"));
    return false;
}

bool SourceFindBar::selectionMatches() const
{
    return !m_find->text().isEmpty()
        && m_source->textCursor().selectedText().compare(m_find->text(), Qt::CaseInsensitive) == 0;
}

void SourceFindBar::replace()
{
    if (selectionMatches())
        m_source->textCursor().insertText(m_replace->text());
    findNext();
}

int SourceFindBar::replaceAll()
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return 0;
    QTextDocument *document = m_source->document();
    QTextCursor edit(document);
    edit.beginEditBlock();
    int count = 0;
    QTextCursor found = document->find(text, 0);
    while (!found.isNull()) {
        found.insertText(m_replace->text());
        ++count;
        found = document->find(text, found.position());
    }
    edit.endEditBlock();
    m_status->setText(tr("%n replaced", nullptr, count));
    return count;
}

bool SourceFindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        hide();
        m_source->setFocus();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace redletter
