// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace redletter {

/*!
 * Translates into one given language — a reading's — instead of the UI's. The words a page sets
 * around a reading (its header's "from", "Introduction", "Part 3 of 7", the minutes, the margin's
 * labels, the PDF's labels) belong to the reading: a German reading says "aus" and "Einführung"
 * in an English UI, while the menus keep the UI language.
 *
 * It is Qt's own mechanism with a chosen language: a QTranslator for the language, loaded once
 * from the app's .qm files (redletter_<lang>.qm under translationsDirectory()), looked up with the
 * same class contexts as tr(); lupdate finds translate("Context", "…") calls with literal arguments.
 *
 * - English (any region): the source text, whatever the UI language.
 * - A language with a .qm file: its translation (the source text where an entry is unfinished).
 * - No language, or one we have no translation for: the UI language (QCoreApplication::translate),
 *   so the page is at least in a language the reader chose.
 *
 * A value type; cheap to copy; translate() may be called from any thread.
 */
class LanguageTranslator
{
public:
    //! @p language is a BCP 47 tag or a QLocale name ("de", "fr-CH", "en_GB"); empty: the UI's.
    explicit LanguageTranslator(const QString &language = QString());

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const;

    //! The locale for dates and lists on the page: the language's, or the UI's where it follows the UI.
    QLocale locale() const { return m_locale; }

    //! True when translate() answers in the UI language (no language, or none we translate into).
    bool followsUi() const { return m_mode == Mode::Ui; }

    /*!
     * Where redletter_<lang>.qm files are looked for: by default DataLocations' translations
     * folder (the installed or build tree's share/redletter/translations, else the embedded
     * ":/i18n"), found when first asked. The app's own translators load from here too.
     */
    static QString translationsDirectory();
    static void setTranslationsDirectory(const QString &directory);

private:
    enum class Mode { Source, Translated, Ui };
    Mode m_mode = Mode::Ui;
    QLocale m_locale;
    std::shared_ptr<const QTranslator> m_translator;
};

} // namespace redletter
