// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/formats/textsource.h"

#include "util/textdecoding.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace redletter {

namespace {

//! Translation context of the text readers' messages.
class TextSource
{
    Q_DECLARE_TR_FUNCTIONS(redletter::TextSource)
};

//! windows-1252's 0x80–0x9F (the rest of the byte range is Latin-1); 0 marks the five unassigned bytes.
const char16_t Windows1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

QString megabytes(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1);
}

bool fail(SourceError *error, const FormatInput &input, TextPosition where, const QString &message)
{
    *error = SourceError{input.sourceName, where.line, where.column, message};
    return false;
}

} // namespace

namespace textsource {

QString fromWindows1252(const QByteArray &bytes)
{
    QString text;
    text.resize(bytes.size());
    QChar *out = text.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes.at(i));
        char16_t unit = byte;
        if (byte >= 0x80 && byte < 0xA0)
            unit = Windows1252High[byte - 0x80] ? Windows1252High[byte - 0x80] : char16_t(0xFFFD);
        out[i] = QChar(unit);
    }
    return text;
}

bool checkTextBytes(const FormatInput &input, SourceError *error)
{
    const QByteArray &bytes = input.bytes;
    if (bytes.size() > MaximumTextSize) {
        return fail(error, input, {},
                    TextSource::tr("too large for a text (%1 MB; the limit is %2 MB)")
                        .arg(megabytes(bytes.size()))
                        .arg(MaximumTextSize / (1024 * 1024)));
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return fail(error, input, {1, 1}, TextSource::tr("UTF-16 text; save the file as UTF-8"));
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0) {
        return fail(error, input, positionOfByte(bytes, nul),
                    TextSource::tr("binary data (NUL byte), not a text file"));
    }
    const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    if (body.trimmed().isEmpty())
        return fail(error, input, {1, 1}, TextSource::tr("empty file: there is no text to import"));
    return true;
}

bool decode(const FormatInput &input, QString *text, QStringList *warnings, SourceError *error)
{
    if (!checkTextBytes(input, error))
        return false;
    const QByteArray &bytes = input.bytes;
    const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    const qsizetype invalid = firstInvalidUtf8Byte(body);
    QString decoded;
    if (invalid < 0) {
        decoded = QString::fromUtf8(body);
    } else {
        // Old Gutenberg files and MIA pages are Latin-1 or windows-1252; guessing wrong costs a
        // few odd letters, refusing would cost the text. The warning says where to look.
        const TextPosition where = positionOfByte(body, invalid);
        const auto byte = static_cast<unsigned char>(body.at(invalid));
        warnings->append(TextSource::tr("not UTF-8 (byte 0x%1 at line %2, column %3): read as windows-1252")
                             .arg(QString::number(byte, 16).toUpper().rightJustified(2, QLatin1Char('0')))
                             .arg(where.line)
                             .arg(where.column));
        decoded = fromWindows1252(body);
    }
    // One kind of line end for everything after this.
    if (decoded.contains(QLatin1Char('\r'))) {
        decoded.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        decoded.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    *text = decoded;
    return true;
}

QString baseName(const FormatInput &input)
{
    QString name = input.sourceName;
    if (name.isEmpty())
        name = input.sourceUrl.path();
    return QFileInfo(name).completeBaseName();
}

QString titleFromFileName(const FormatInput &input)
{
    QString name = baseName(input);
    const QString last = name.section(QLatin1Char('_'), -1).trimmed();
    if (!last.isEmpty())
        name = last;
    name.replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    name = name.simplified();
    if (!std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.isLetter(); }))
        return {};
    if (name != name.toLower())
        return name; // written by someone: keep it
    static const QStringList small{QStringLiteral("a"),   QStringLiteral("an"),  QStringLiteral("and"),
                                   QStringLiteral("as"),  QStringLiteral("at"),  QStringLiteral("but"),
                                   QStringLiteral("by"),  QStringLiteral("for"), QStringLiteral("from"),
                                   QStringLiteral("in"),  QStringLiteral("nor"), QStringLiteral("of"),
                                   QStringLiteral("on"),  QStringLiteral("or"),  QStringLiteral("the"),
                                   QStringLiteral("to"),  QStringLiteral("with")};
    QStringList words = name.split(QLatin1Char(' '));
    for (int i = 0; i < words.size(); ++i) {
        QString &word = words[i];
        if (i > 0 && i + 1 < words.size() && small.contains(word))
            continue;
        word[0] = word.at(0).toUpper();
    }
    return words.join(QLatin1Char(' '));
}

} // namespace textsource

} // namespace redletter
