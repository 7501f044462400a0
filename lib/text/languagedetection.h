// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

namespace redletter {

/*!
 * The language of a text as a BCP 47 primary tag ("en", "de", "fr", "ru", …), or "" when the text
 * is too short (fewer than LanguageGuesser::MinimumLetters letters) or the guess is unsure
 * (textcat finds a second language within 3 % of the best: English and Scots on a short
 * paragraph, Russian and Rusyn). Meant for whole readings, where it is sure.
 *
 * Uses libexttextcat's n-gram fingerprints (about 160 languages), loaded once on the first call
 * from the folder that languageDataDir() names; when they cannot be loaded every call returns ""
 * (with one warning in redletter.language). Looks at the first ~24 KB of @p text only. Thread-safe.
 */
QString detectLanguage(const QString &text);

/*!
 * Where libexttextcat's fpdb.conf and *.lm files are looked for: $REDLETTER_TEXTCAT_DIR when set
 * (bundles that carry their own copy), else the folder libexttextcat's pkg-config file named at
 * build time, else /usr/share/libexttextcat.
 */
QString languageDataDir();

/*!
 * One loaded fingerprint database. detectLanguage() shares one of these; tests and tools that want
 * another folder make their own. Classifying is const and safe from several threads at once.
 */
class LanguageGuesser
{
public:
    /*!
     * Texts with fewer letters than this are "too short". textcat calls a phrase Haitian or
     * Bulgarian with confidence; on the corpus its sure guesses were wrong up to 58 letters and
     * never from 60 on, so this keeps a margin.
     */
    static constexpr int MinimumLetters = 100;
    //! How much of a text is looked at (UTF-8 bytes); n-gram ranks settle long before this.
    static constexpr int SampleBytes = 24 * 1024;

    //! Loads @p dataDir/fpdb.conf and the fingerprints it lists; see isValid().
    explicit LanguageGuesser(const QString &dataDir);
    ~LanguageGuesser();
    LanguageGuesser(const LanguageGuesser &) = delete;
    LanguageGuesser &operator=(const LanguageGuesser &) = delete;

    //! Whether the database loaded; when not, guess() returns "" (a warning was logged).
    bool isValid() const;
    //! As detectLanguage(), with this database.
    QString guess(const QString &text) const;

private:
    struct Handle;
    std::unique_ptr<Handle> m_handle;
};

} // namespace redletter
