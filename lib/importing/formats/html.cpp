// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/formats/html.h"

#include "importing/formats/htmlmapping.h"
#include "importing/formats/textsource.h"
#include "util/textdecoding.h"

#include <QCoreApplication>
#include <QRegularExpression>

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
#include <QStringDecoder>
#else
#include <QTextCodec>
#endif

namespace redletter {

namespace {

//! Translation context of the HTML reader's messages.
class HtmlReader
{
    Q_DECLARE_TR_FUNCTIONS(redletter::HtmlReader)
};

//! How far the charset declaration is looked for: browsers look at the first 1 KB; MIA pages put
//! a long <head> first, so a little more.
constexpr qsizetype CharsetScanLength = 8 * 1024;

enum class Charset { Unknown, Utf8, Windows1252, Other };

Charset charsetNamed(const QByteArray &name)
{
    const QByteArray lower = name.trimmed().toLower();
    if (lower.isEmpty())
        return Charset::Unknown;
    if (lower == "utf-8" || lower == "utf8")
        return Charset::Utf8;
    // The WHATWG encoding standard reads all of these as windows-1252, and so do browsers.
    static const QList<QByteArray> latin = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii",
                                            "ascii", "windows-1252", "cp1252", "x-cp1252", "iso_8859-1",
                                            "cp819", "ibm819"};
    if (latin.contains(lower))
        return Charset::Windows1252;
    return Charset::Other;
}

//! The charset a <meta> element declares in the first bytes, "" when none.
QByteArray declaredCharset(const QByteArray &bytes)
{
    const QString head = QString::fromLatin1(bytes.left(CharsetScanLength));
    static const QRegularExpression meta(
        QStringLiteral("<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = meta.match(head);
    if (match.hasMatch())
        return match.captured(1).toLatin1();
    // An XML declaration's encoding (XHTML in EPUBs).
    static const QRegularExpression xml(QStringLiteral("^\\s*<\\?xml\\b[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)"),
                                        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch xmlMatch = xml.match(head);
    return xmlMatch.hasMatch() ? xmlMatch.captured(1).toLatin1() : QByteArray();
}

bool hasMultiByteUtf8(const QByteArray &bytes)
{
    for (const char byte : bytes) {
        if (static_cast<unsigned char>(byte) >= 0x80)
            return true;
    }
    return false;
}

bool decodeOther(const QByteArray &name, const QByteArray &bytes, QString *text)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    QStringDecoder decoder(name.constData());
    if (!decoder.isValid())
        return false;
    *text = decoder.decode(bytes);
    return !decoder.hasError();
#else
    QTextCodec *codec = QTextCodec::codecForName(name);
    if (!codec)
        return false;
    QTextCodec::ConverterState state;
    *text = codec->toUnicode(bytes.constData(), bytes.size(), &state);
    return state.invalidChars == 0;
#endif
}

QString byteHex(unsigned char byte)
{
    return QString::number(byte, 16).toUpper().rightJustified(2, QLatin1Char('0'));
}

/*!
 * The page's bytes as UTF-8 for the parser. The declaration is believed unless the bytes prove
 * it wrong; then the bytes win and the warning says why.
 */
bool decodePage(const FormatInput &input, QByteArray *utf8, QStringList *warnings, SourceError *error)
{
    if (!textsource::checkTextBytes(input, error))
        return false;
    const bool bom = input.bytes.startsWith("\xEF\xBB\xBF");
    const QByteArray body = bom ? input.bytes.mid(3) : input.bytes;
    QByteArray declaredName = input.httpCharset.trimmed();
    if (declaredName.isEmpty())
        declaredName = declaredCharset(body);
    Charset declared = charsetNamed(declaredName);
    if (declared == Charset::Unknown && bom)
        declared = Charset::Utf8;

    const qsizetype invalid = firstInvalidUtf8Byte(body);
    const bool validUtf8 = invalid < 0;
    switch (declared) {
    case Charset::Utf8:
        if (validUtf8) {
            *utf8 = body;
            return true;
        }
        {
            const TextPosition where = positionOfByte(body, invalid);
            warnings->append(HtmlReader::tr("the page says it is UTF-8, but byte 0x%1 at line %2, column %3 is not: "
                                            "read as windows-1252")
                                 .arg(byteHex(static_cast<unsigned char>(body.at(invalid))))
                                 .arg(where.line)
                                 .arg(where.column));
        }
        *utf8 = textsource::fromWindows1252(body).toUtf8();
        return true;
    case Charset::Windows1252:
        if (validUtf8 && hasMultiByteUtf8(body)) {
            warnings->append(HtmlReader::tr("the page says it is %1, but its bytes are UTF-8: read as UTF-8")
                                 .arg(QString::fromLatin1(declaredName)));
            *utf8 = body;
            return true;
        }
        *utf8 = textsource::fromWindows1252(body).toUtf8();
        return true;
    case Charset::Other: {
        QString text;
        if (decodeOther(declaredName, body, &text)) {
            *utf8 = text.toUtf8();
            return true;
        }
        warnings->append(HtmlReader::tr("the page's charset %1 is unknown or does not fit its bytes: read as %2")
                             .arg(QString::fromLatin1(declaredName),
                                  validUtf8 ? QStringLiteral("UTF-8") : QStringLiteral("windows-1252")));
        break;
    }
    case Charset::Unknown:
        break;
    }
    *utf8 = validUtf8 ? body : textsource::fromWindows1252(body).toUtf8();
    return true;
}

} // namespace

bool looksLikeHtml(const QByteArray &bytes)
{
    QByteArray head = bytes.left(1024);
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3);
    qsizetype i = 0;
    auto skipSpace = [&] {
        while (i < head.size() && (head.at(i) == ' ' || head.at(i) == '\t' || head.at(i) == '\n' || head.at(i) == '\r'))
            ++i;
    };
    for (;;) {
        skipSpace();
        if (head.mid(i, 5) == "<?xml") {
            const qsizetype end = head.indexOf("?>", i);
            if (end < 0)
                return false;
            i = end + 2;
        } else if (head.mid(i, 4) == "<!--") {
            const qsizetype end = head.indexOf("-->", i);
            if (end < 0)
                return false;
            i = end + 3;
        } else {
            break;
        }
    }
    const QByteArray rest = head.mid(i, 15).toLower();
    for (const char *start : {"<!doctype html", "<html", "<head", "<body"}) {
        const QByteArray mark(start);
        if (rest.startsWith(mark)) {
            // "<html" but not "<htmlfoo": the name ends there.
            const char next = rest.size() > mark.size() ? rest.at(mark.size()) : ' ';
            if (next == ' ' || next == '>' || next == '\t' || next == '\n' || next == '\r' || next == '/')
                return true;
        }
    }
    return false;
}

bool decodeHtml(const FormatInput &input, QByteArray *utf8, QStringList *warnings, SourceError *error)
{
    return decodePage(input, utf8, warnings, error);
}

bool readHtml(const FormatInput &input, ImportedText *out, SourceError *error)
{
    HtmlSource source;
    source.sourceName = input.sourceName;
    source.url = input.sourceUrl;
    QStringList warnings;
    if (!decodePage(input, &source.utf8, &warnings, error))
        return false;
    HtmlMapping mapping;
    if (!mapHtml(source, &mapping, error))
        return false;
    Reading reading = mapping.reading;
    const QString scheme = input.sourceUrl.scheme();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        reading.source = input.sourceUrl;
    if (reading.title.isEmpty())
        reading.title = textsource::baseName(input);
    if (reading.id.isEmpty() || reading.id == makeReadingId(reading.author, QString()))
        reading.id = makeReadingId(reading.author, reading.title);
    out->readings.append(reading);
    out->declaredLanguage = mapping.declaredLanguage;
    out->warnings += warnings + mapping.warnings;
    out->dropped += mapping.dropped;
    return true;
}

QVector<QUrl> contentsPageChapters(const FormatInput &input)
{
    HtmlSource source;
    source.sourceName = input.sourceName;
    source.url = input.sourceUrl;
    QStringList warnings;
    SourceError error;
    if (!decodePage(input, &source.utf8, &warnings, &error))
        return {};
    return htmlContentsLinks(source);
}

} // namespace redletter
