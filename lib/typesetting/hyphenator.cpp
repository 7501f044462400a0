// SPDX-License-Identifier: GPL-3.0-or-later
#include "typesetting/hyphenator.h"

#include "text/words.h"
#include "util/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <hyphen.h>
#include <iconv.h>

#include <cstdlib>

#if defined(__SANITIZE_ADDRESS__) // GCC; Clang says it with __has_feature
#define REDLETTER_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define REDLETTER_ADDRESS_SANITIZER 1
#endif
#endif

#if defined(REDLETTER_ADDRESS_SANITIZER)
/*
 * libhyphen 2.8 leaks a few hundred bytes inside hnj_hyphen_load() for some dictionaries
 * (hyph_de_DE, hyph_fr, hyph_ru_RU; none for hyph_en_US), which we cannot free. libhyphen is
 * built without frame pointers, so LeakSanitizer's stacks end at its allocator: suppress leaks
 * allocated there. Only in sanitizer builds; this is the one definition of the hook in the program.
 */
extern "C" const char *__lsan_default_suppressions();
extern "C" const char *__lsan_default_suppressions()
{
    return "leak:hnj_malloc\n";
}
#endif

namespace redletter {

namespace {

//! libhyphen's words are at most this long (MAX_CHARS in hyphen.h); longer ones are left alone.
constexpr int longestWord = 100;

constexpr char16_t rightSingleQuote = 0x2019;

bool isApostrophe(uint codePoint)
{
    return codePoint == '\'' || codePoint == rightSingleQuote;
}

struct CodePoint
{
    uint value = 0;
    int utf16Offset = 0;
};

QVector<CodePoint> codePoints(const QString &text)
{
    QVector<CodePoint> result;
    result.reserve(text.size());
    for (int i = 0; i < int(text.size()); ++i) {
        const int offset = i;
        uint value = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < int(text.size()) && text.at(i + 1).isLowSurrogate()) {
            value = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        result.append(CodePoint{value, offset});
    }
    return result;
}

void appendUtf8(QByteArray *bytes, uint codePoint)
{
    if (codePoint < 0x80) {
        bytes->append(char(codePoint));
    } else if (codePoint < 0x800) {
        bytes->append(char(0xC0 | (codePoint >> 6)));
        bytes->append(char(0x80 | (codePoint & 0x3F)));
    } else if (codePoint < 0x10000) {
        bytes->append(char(0xE0 | (codePoint >> 12)));
        bytes->append(char(0x80 | ((codePoint >> 6) & 0x3F)));
        bytes->append(char(0x80 | (codePoint & 0x3F)));
    } else {
        bytes->append(char(0xF0 | (codePoint >> 18)));
        bytes->append(char(0x80 | ((codePoint >> 12) & 0x3F)));
        bytes->append(char(0x80 | ((codePoint >> 6) & 0x3F)));
        bytes->append(char(0x80 | (codePoint & 0x3F)));
    }
}

/*!
 * The byte of each character in an 8-bit charset (ISO8859-1 for German, KOI8-R for Russian),
 * asked of iconv once per dictionary so that hyphenating needs no converter state and no lock.
 */
bool buildSingleByteTable(const QByteArray &charset, QHash<uint, char> *table)
{
    iconv_t converter = iconv_open("UTF-8", charset.constData());
    if (converter == reinterpret_cast<iconv_t>(-1))
        return false;
    for (int byte = 1; byte < 256; ++byte) {
        char in = char(byte);
        char out[8] = {};
        char *inPointer = &in;
        char *outPointer = out;
        size_t inLeft = 1;
        size_t outLeft = sizeof(out);
        iconv(converter, nullptr, nullptr, nullptr, nullptr); // reset the shift state
        if (iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) == size_t(-1))
            continue; // a byte the charset does not define
        const QVector<CodePoint> decoded = codePoints(QString::fromUtf8(out, int(sizeof(out) - outLeft)));
        if (decoded.size() == 1 && !table->contains(decoded.first().value))
            table->insert(decoded.first().value, char(byte));
    }
    iconv_close(converter);
    return true;
}

//! Everything of the BCP 47 tag that picks a dictionary: language and region.
struct LanguageTag
{
    QString language; // lower case
    QString region;   // upper case, may be empty
};

LanguageTag parseLanguageTag(const QString &bcp47)
{
    QString tag = bcp47.trimmed();
    tag.replace(QLatin1Char('_'), QLatin1Char('-'));
    const QStringList parts = tag.split(QLatin1Char('-'), Qt::SkipEmptyParts);
    LanguageTag result;
    if (parts.isEmpty())
        return result;
    const auto isAsciiLetters = [](const QString &part) {
        for (QChar c : part) {
            if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                  || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))))
                return false;
        }
        return !part.isEmpty();
    };
    if (!isAsciiLetters(parts.first()) || parts.first().size() < 2 || parts.first().size() > 3)
        return result;
    result.language = parts.first().toLower();
    for (int i = 1; i < int(parts.size()); ++i) {
        if (parts.at(i).size() == 2 && isAsciiLetters(parts.at(i))) { // skips scripts ("Latn")
            result.region = parts.at(i).toUpper();
            break;
        }
    }
    return result;
}

//! The region whose dictionary stands for the language when the tag names none.
QString mainRegion(const QString &language)
{
    if (language == QLatin1String("en"))
        return QStringLiteral("US");
    if (language == QLatin1String("pt"))
        return QStringLiteral("PT");
    return language.toUpper(); // de_DE, fr_FR, ru_RU, it_IT, nl_NL, pl_PL, ...
}

struct Cache
{
    QMutex mutex;
    QHash<QString, std::shared_ptr<const Hyphenator>> byPath; // canonical path; nullptr: failed
};

Cache &cache()
{
    static Cache instance;
    return instance;
}

} // namespace

class Hyphenator::Private
{
public:
    ~Private()
    {
        if (dictionary)
            hnj_hyphen_free(dictionary);
    }

    //! @p lowered in the dictionary's encoding; empty if a character has no byte there.
    QByteArray encode(const QVector<CodePoint> &lowered) const
    {
        QByteArray bytes;
        bytes.reserve(lowered.size() * (utf8 ? 2 : 1));
        for (const CodePoint &c : lowered) {
            if (utf8) {
                appendUtf8(&bytes, c.value);
            } else {
                const auto byte = singleByte.constFind(c.value);
                if (byte == singleByte.cend())
                    return {};
                bytes.append(*byte);
            }
        }
        return bytes;
    }

    QString path;
    HyphenDict *dictionary = nullptr;
    bool utf8 = false;
    QHash<uint, char> singleByte; // for 8-bit dictionaries

    /*
     * The points of words already asked for, by the word and its limits. Running text repeats
     * its words (the sample's 4,500 words are some 1,400 different ones), and a word's points
     * cost libhyphen a pattern walk and us two conversions, most of what hyphenating a reading
     * costs. Shared, so behind a lock; emptied when it gets large (a 1,000-page book would
     * otherwise keep every word it has).
     */
    static constexpr int cachedWordsAtMost = 50000;
    mutable QMutex cacheLock;
    mutable QHash<QString, QVector<int>> pointsOfWord;
};

Hyphenator::Hyphenator(const QString &path) : d(std::make_unique<Private>())
{
    d->path = path;
    d->dictionary = hnj_hyphen_load(QFile::encodeName(path).constData());
    if (!d->dictionary) {
        qCWarning(lcTypesetting) << "Cannot load the hyphenation dictionary" << path;
        return;
    }
    d->utf8 = d->dictionary->utf8 != 0;
    if (!d->utf8) {
        const QByteArray charset = QByteArray(d->dictionary->cset).trimmed();
        if (!buildSingleByteTable(charset, &d->singleByte)) {
            qCWarning(lcTypesetting) << "Hyphenation dictionary" << path << "is in charset" << charset
                                     << "which iconv does not know; not hyphenating with it";
            hnj_hyphen_free(d->dictionary);
            d->dictionary = nullptr;
        }
    }
}

Hyphenator::~Hyphenator() = default;

bool Hyphenator::isValid() const
{
    return d->dictionary != nullptr;
}

QString Hyphenator::dictionaryPath() const
{
    return d->path;
}

QString Hyphenator::dictionaryDirectory()
{
    return QStringLiteral(REDLETTER_HYPHEN_DIR);
}

QString Hyphenator::dictionaryPathFor(const QString &bcp47)
{
    const LanguageTag tag = parseLanguageTag(bcp47);
    if (tag.language.isEmpty())
        return {};
    const QDir directory(dictionaryDirectory());
    const QStringList candidates{
        tag.region.isEmpty() ? QString() : QStringLiteral("hyph_%1_%2.dic").arg(tag.language, tag.region),
        QStringLiteral("hyph_%1_%2.dic").arg(tag.language, mainRegion(tag.language)),
        QStringLiteral("hyph_%1.dic").arg(tag.language),
    };
    for (const QString &name : candidates) {
        if (name.isEmpty())
            continue;
        if (directory.exists(name))
            return directory.absoluteFilePath(name);
    }
    // A language may have regional dictionaries only (hyph_xx_YY.dic).
    const QStringList regional =
        directory.entryList({QStringLiteral("hyph_%1_*.dic").arg(tag.language)}, QDir::Files, QDir::Name);
    return regional.isEmpty() ? QString() : directory.absoluteFilePath(regional.first());
}

std::shared_ptr<const Hyphenator> Hyphenator::forLanguage(const QString &bcp47)
{
    const QString path = dictionaryPathFor(bcp47);
    if (path.isEmpty()) {
        qCDebug(lcTypesetting) << "No hyphenation dictionary for" << bcp47;
        return nullptr;
    }
    return forDictionary(path);
}

std::shared_ptr<const Hyphenator> Hyphenator::forDictionary(const QString &path)
{
    // Keyed by the file itself: hyph_de_CH.dic and hyph_de_DE.dic are often the same file.
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty()) {
        qCWarning(lcTypesetting) << "No hyphenation dictionary at" << path;
        return nullptr;
    }
    Cache &shared = cache();
    QMutexLocker locker(&shared.mutex);
    const auto cached = shared.byPath.constFind(canonical);
    if (cached != shared.byPath.cend())
        return *cached;
    std::shared_ptr<const Hyphenator> hyphenator(new Hyphenator(canonical));
    if (!hyphenator->isValid())
        hyphenator.reset();
    shared.byPath.insert(canonical, hyphenator);
    return hyphenator;
}

HyphenationLimits HyphenationLimits::forLanguage(const QString &bcp47)
{
    HyphenationLimits limits;
    const QString language = bcp47.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
    if (language == QLatin1String("de") || language == QLatin1String("ru"))
        limits.rightMin = 2;
    return limits;
}

QVector<int> Hyphenator::hyphenationPoints(const QString &word, const HyphenationLimits &limits) const
{
    QString key;
    return rememberedPoints(word, limits, &key);
}

QVector<int> Hyphenator::rememberedPoints(QStringView word, const HyphenationLimits &limits, QString *key) const
{
    if (!isValid() || word.isEmpty())
        return {};
    // The limits go into the key: the same word has fewer points under stricter ones. The key is
    // written into the caller's buffer, so that a word met before costs no allocation.
    key->resize(0);
    key->append(word).append(QChar(0)).append(QChar(limits.leftMin)).append(QChar(limits.rightMin))
        .append(QChar(limits.shortestWord));
    {
        const QMutexLocker locker(&d->cacheLock);
        const auto known = d->pointsOfWord.constFind(*key);
        if (known != d->pointsOfWord.cend())
            return *known;
    }
    const QVector<int> points = pointsFromDictionary(word.toString(), limits);
    const QMutexLocker locker(&d->cacheLock);
    if (d->pointsOfWord.size() >= Private::cachedWordsAtMost)
        d->pointsOfWord.clear();
    d->pointsOfWord.insert(*key, points);
    return points;
}

QVector<int> Hyphenator::pointsFromDictionary(const QString &word, const HyphenationLimits &limits) const
{
    const QVector<CodePoint> characters = codePoints(word);
    const int count = int(characters.size());
    if (count > longestWord)
        return {};

    // Which words to leave alone, and the lower-case form the patterns are written in.
    QVector<CodePoint> lowered = characters;
    QVector<int> lettersBefore(count + 1, 0); // letters before code point i
    bool hasLower = false;
    bool hasUpper = false;
    bool capitalAfterSmall = false;
    for (int i = 0; i < count; ++i) {
        const uint c = characters.at(i).value;
        lettersBefore[i + 1] = lettersBefore.at(i);
        if (isApostrophe(c)) {
            if (i == 0 || i == count - 1)
                return {};
            lowered[i].value = '\''; // the patterns know the straight one only
            continue;
        }
        if (!QChar::isLetter(c))
            return {}; // digits, URL punctuation, soft hyphens, combining marks
        ++lettersBefore[i + 1];
        if (QChar::isUpper(c)) {
            capitalAfterSmall = capitalAfterSmall || hasLower;
            hasUpper = true;
        } else if (QChar::isLower(c)) {
            hasLower = true;
        }
        lowered[i].value = QChar::toLower(c);
    }
    const int letters = lettersBefore.at(count);
    if (letters < limits.shortestWord || (hasUpper && !hasLower) || capitalAfterSmall)
        return {};

    const QByteArray encoded = d->encode(lowered);
    if (encoded.isEmpty())
        return {};

    // One entry per byte plus libhyphen's working space. For UTF-8 dictionaries libhyphen
    // renumbers the result to one entry per character (hnj_hyphen_norm); 8-bit dictionaries
    // have one byte per character anyway. So entry i is about the break after code point i.
    QByteArray hyphens(encoded.size() + 5, '0');
    char **replacements = nullptr;
    int *positions = nullptr;
    int *cuts = nullptr;
    hnj_hyphen_hyphenate2(d->dictionary, encoded.constData(), int(encoded.size()), hyphens.data(), nullptr,
                          &replacements, &positions, &cuts);

    QVector<int> points;
    for (int i = 0; i + 1 < count; ++i) {
        if ((hyphens.at(i) - '0') % 2 == 0)
            continue;
        // Non-standard breaks (German "Schiff-fahrt" from "Schiffahrt") change letters: a soft
        // hyphen cannot do that, so the point is skipped.
        if (replacements && replacements[i])
            continue;
        if (isApostrophe(characters.at(i).value) || isApostrophe(characters.at(i + 1).value))
            continue;
        if (lettersBefore.at(i + 1) < limits.leftMin || letters - lettersBefore.at(i + 1) < limits.rightMin)
            continue;
        points.append(characters.at(i + 1).utf16Offset);
    }

    if (replacements) {
        for (int i = 0; i < int(encoded.size()); ++i)
            std::free(replacements[i]);
        std::free(replacements);
    }
    std::free(positions);
    std::free(cuts);
    return points;
}

QVector<int> Hyphenator::softHyphenPositions(const QString &text, const HyphenationLimits &limits) const
{
    QVector<int> positions;
    if (!isValid() || text.isEmpty())
        return positions;

    // Words of URLs and e-mail addresses are not words to break: "marxists.org/archive". The
    // verdict on the last token (between spaces) is kept for the words after it in that token.
    int tokenStart = -1;
    int tokenEnd = -1;
    bool tokenIsAddress = false;
    const auto inAddress = [&](int start, int end) {
        if (start >= tokenStart && end <= tokenEnd)
            return tokenIsAddress;
        while (start > 0 && !text.at(start - 1).isSpace())
            --start;
        while (end < int(text.size()) && !text.at(end).isSpace())
            ++end;
        tokenStart = start;
        tokenEnd = end;
        const QStringView token = QStringView(text).mid(start, end - start);
        tokenIsAddress = token.contains(QLatin1String("://")) || token.contains(QLatin1Char('@'))
            || token.startsWith(QLatin1String("www."), Qt::CaseInsensitive);
        for (int i = 1; !tokenIsAddress && i + 1 < int(token.size()); ++i) {
            if (token.at(i) == QLatin1Char('.') && token.at(i - 1).isLetter() && token.at(i + 1).isLetter())
                tokenIsAddress = true;
        }
        return tokenIsAddress;
    };

    QString key; // one buffer for every word's key
    for (const words::Span &word : words::of(text)) {
        const int start = word.start;
        const int end = word.end;
        if (end - start >= limits.shortestWord && text.at(start).isLetter() && !inAddress(start, end)) {
            const QVector<int> points = rememberedPoints(QStringView(text).mid(start, end - start), limits, &key);
            for (int point : points)
                positions.append(start + point);
        }
    }
    return positions;
}

QVector<TextEdit> Hyphenator::softHyphenEdits(const QString &text, const HyphenationLimits &limits) const
{
    return insertionsAt(softHyphenPositions(text, limits), QString(softHyphen));
}

QString Hyphenator::hyphenate(const QString &text, const HyphenationLimits &limits) const
{
    const QVector<int> positions = softHyphenPositions(text, limits);
    if (positions.isEmpty())
        return text;
    QString result;
    result.reserve(text.size() + positions.size());
    int copied = 0;
    for (int position : positions) {
        result.append(text.constData() + copied, position - copied);
        result.append(softHyphen);
        copied = position;
    }
    result.append(text.constData() + copied, int(text.size()) - copied);
    return result;
}

} // namespace redletter
