// SPDX-License-Identifier: GPL-3.0-or-later
#include "reading/reading.h"

namespace redletter {

bool operator==(const Reading &a, const Reading &b)
{
    return a.id == b.id && a.title == b.title && a.author == b.author && a.work == b.work
        && a.year == b.year && a.editor == b.editor && a.source == b.source
        && a.translator == b.translator && a.language == b.language && a.tagline == b.tagline
        && a.tags == b.tags && a.curatedDate == b.curatedDate && a.editorMinutes == b.editorMinutes
        && a.extraMetadata == b.extraMetadata && a.introduction == b.introduction
        && a.body == b.body && a.footnotes == b.footnotes && a.editorialNotes == b.editorialNotes;
}

static QString slug(const QString &text)
{
    // NFKD splits "ü" into "u" + combining diaeresis, which we then drop.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString result;
    result.reserve(decomposed.size());
    bool pendingDash = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (pendingDash && !result.isEmpty())
                result.append(QLatin1Char('-'));
            pendingDash = false;
            result.append(c);
        } else if (c == QLatin1Char('\'') || c == QChar(0x2019)) {
            continue; // "Lenin's" → "lenins", not "lenin-s"
        } else {
            pendingDash = true;
        }
    }
    return result;
}

QString makeReadingId(const QString &author, const QString &title)
{
    const QString a = slug(author);
    const QString t = slug(title);
    if (a.isEmpty())
        return t;
    if (t.isEmpty())
        return a;
    return a + QLatin1String("--") + t;
}

QString plainText(const QVector<Block> &blocks)
{
    QString text;
    for (const Block &block : blocks) {
        if (!text.isEmpty())
            text.append(QLatin1Char('\n'));
        text.append(block.text);
    }
    return text;
}

QUrl storedSourceForm(const QUrl &url)
{
    if (!url.isValid() || url.isEmpty())
        return {};
    const QUrl written(url.toString(QUrl::FullyEncoded), QUrl::StrictMode);
    return written.isValid() ? written : QUrl();
}

} // namespace redletter
