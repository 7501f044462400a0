// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "typesetting/textedits.h"

#include <QString>
#include <QVector>

#include <memory>

namespace redletter {

/*!
 * How close to a word's ends a break may come. Bringhurst: at least two letters before the
 * hyphen and three after it; short words are not broken at all. Counted in letters (code points;
 * apostrophes do not count). The dictionary's own LEFTHYPHENMIN/RIGHTHYPHENMIN apply as well.
 */
struct HyphenationLimits
{
    int leftMin = 2;      //!< letters before a break
    int rightMin = 3;     //!< letters after a break
    int shortestWord = 5; //!< words with fewer letters are left alone

    /*!
     * The limits a language's own typesetting uses, as TeX's hyphenation patterns set them
     * (hyph-utf8): two letters on either side in German and Russian ("Ga-be", "провер-ки"), whose
     * long words would otherwise leave many lines loose; two and three elsewhere.
     */
    [[nodiscard]] static HyphenationLimits forLanguage(const QString &bcp47);
};

/*!
 * Hyphenation with libhyphen and the system's hyphen-* dictionaries (Debian: hyphen-en-us,
 * hyphen-de, hyphen-fr, hyphen-ru in REDLETTER_HYPHEN_DIR).
 *
 * Typesetting inserts U+00AD SOFT HYPHEN at the points: Qt breaks lines there and draws a hyphen
 * only where it breaks. QTextDocument keeps U+00AD in its text, so views strip it when copying
 * text to the clipboard (and when searching).
 *
 * Instances are shared and immutable; every const member may be called from any thread.
 */
class Hyphenator
{
public:
    static constexpr QChar softHyphen{0x00AD};

    /*!
     * The hyphenator for a BCP 47 language tag ("en", "en-GB", "de-CH", "ru"), loaded once per
     * dictionary and then shared; thread-safe. nullptr when there is no dictionary for the
     * language or it cannot be loaded: callers then do not hyphenate.
     */
    [[nodiscard]] static std::shared_ptr<const Hyphenator> forLanguage(const QString &bcp47);

    /*!
     * The dictionary file for a language tag, or an empty string when there is none. The
     * region's dictionary when it exists ("de-CH" → hyph_de_CH.dic), else the language's main
     * one ("en", "en-GB" without hyph_en_GB.dic → hyph_en_US.dic; "de" → hyph_de_DE.dic).
     */
    [[nodiscard]] static QString dictionaryPathFor(const QString &bcp47);

    //! The dictionary at @p path (cached like forLanguage), nullptr if it cannot be loaded.
    [[nodiscard]] static std::shared_ptr<const Hyphenator> forDictionary(const QString &path);

    //! Where the dictionaries are looked for (REDLETTER_HYPHEN_DIR, /usr/share/hyphen on Debian).
    [[nodiscard]] static QString dictionaryDirectory();

    ~Hyphenator();
    Hyphenator(const Hyphenator &) = delete;
    Hyphenator &operator=(const Hyphenator &) = delete;

    bool isValid() const;
    //! The dictionary file loaded (symbolic links resolved: "de-CH" may share hyph_de_DE.dic).
    QString dictionaryPath() const;

    /*!
     * Where @p word may be broken: UTF-16 offsets into @p word, ascending; at offset p the first
     * fragment is word.left(p) and gets the hyphen. Empty for words that are not to be broken:
     * shorter than limits.shortestWord letters, containing anything but letters and inner
     * apostrophes (digits, dots of URLs, soft hyphens already there), all capitals (acronyms),
     * or with a capital after a small letter ("iPhone"). A word's points are remembered (up to
     * some 50,000 words), so that a word asked for again costs a lookup.
     */
    [[nodiscard]] QVector<int> hyphenationPoints(const QString &word,
                                                 const HyphenationLimits &limits = {}) const;

    /*!
     * Where U+00AD would go in @p text, in @p text's offsets, ascending: the points of every word
     * (Unicode word boundaries). Words in URLs and e-mail addresses are left alone, and so are
     * the parts of a hyphenated compound beyond what the dictionary says for each part.
     */
    [[nodiscard]] QVector<int> softHyphenPositions(const QString &text,
                                                   const HyphenationLimits &limits = {}) const;

    //! softHyphenPositions() as insertions of U+00AD, for applyEdits() (see textedits.h).
    [[nodiscard]] QVector<TextEdit> softHyphenEdits(const QString &text,
                                                    const HyphenationLimits &limits = {}) const;

    //! @p text with U+00AD inserted at softHyphenPositions(); nothing else changes.
    [[nodiscard]] QString hyphenate(const QString &text, const HyphenationLimits &limits = {}) const;

private:
    explicit Hyphenator(const QString &path);
    //! hyphenationPoints() as libhyphen finds them, not remembered.
    QVector<int> pointsFromDictionary(const QString &word, const HyphenationLimits &limits) const;
    //! hyphenationPoints(), remembered by a key written into @p key (a buffer used again).
    QVector<int> rememberedPoints(QStringView word, const HyphenationLimits &limits, QString *key) const;

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace redletter
