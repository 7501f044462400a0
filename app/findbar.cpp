// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include "readerview.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace redletter {

FindBar::FindBar(ReaderView *reader, QWidget *parent)
    : QWidget(parent), m_reader(reader), m_field(new QLineEdit(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setPlaceholderText(tr("Find in the reading"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Find in the reading"));
    m_field->setAccessibleDescription(tr("Finds the words in the reading as you type; Enter goes to the next "
                                         "match, Shift+Enter to the previous one, Esc closes the bar."));
    m_status->setAccessibleName(tr("Matches"));
    auto *previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    previous->setAutoRaise(true);
    previous->setToolTip(tr("Go to the previous match"));
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    next->setAutoRaise(true);
    next->setToolTip(tr("Go to the next match"));
    auto *done = new QToolButton(this);
    done->setText(tr("Done"));
    done->setAutoRaise(true);
    done->setToolTip(tr("Close the find bar"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_status);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(done);

    m_field->installEventFilter(this);
    connect(m_field, &QLineEdit::textEdited, this, [this] { search(false); });
    connect(m_field, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(done, &QToolButton::clicked, this, &FindBar::close);
    hide();
}

void FindBar::activate()
{
    const QString selected = m_reader->textCursor().selectedText().remove(QChar(0x00AD));
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_field->setText(selected);
    show();
    m_field->setFocus();
    m_field->selectAll();
    if (!m_field->text().isEmpty())
        search(false);
}

void FindBar::findNext()
{
    search(false);
}

void FindBar::findPrevious()
{
    search(true);
}

QString FindBar::status() const
{
    return m_status->text();
}

void FindBar::search(bool backwards)
{
    int current = 0;
    const int count = m_reader->find(m_field->text(), backwards, &current);
    if (m_field->text().isEmpty())
        m_status->clear();
    else if (count == 0)
        m_status->setText(tr("Not found"));
    else
        m_status->setText(tr("%1 of %2").arg(current).arg(count));
}

void FindBar::close()
{
    m_reader->clearFind();
    hide();
    m_reader->setFocus();
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    // The field takes Return itself; Shift+Return and Escape are ours.
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & Qt::ShiftModifier)) {
            findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace redletter
