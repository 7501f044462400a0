// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/languagetranslator.h"

#include "util/datalocations.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QTranslator>

namespace redletter {

namespace {

struct Registry
{
    QMutex mutex;
    //! Empty until set or first asked: then DataLocations finds it (installed, or embedded).
    QString directory;
    //! Keyed by the locale's name; a null pointer: no .qm for that language (asked once).
    QHash<QString, std::shared_ptr<const QTranslator>> translators;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

//! The registry's directory, found on first use; call with its mutex held.
const QString &directoryOf(Registry &r)
{
    if (r.directory.isEmpty())
        r.directory = DataLocations::forThisProcess().translationsDirectory();
    return r.directory;
}

std::shared_ptr<const QTranslator> translatorFor(const QLocale &locale)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    const QString key = locale.name();
    const auto found = r.translators.constFind(key);
    if (found != r.translators.constEnd())
        return found.value();
    auto translator = std::make_shared<QTranslator>();
    std::shared_ptr<const QTranslator> loaded;
    // QTranslator tries redletter_de_AT, then redletter_de, for the locale's UI languages.
    if (translator->load(locale, QStringLiteral("redletter"), QStringLiteral("_"), directoryOf(r))
        && !translator->isEmpty())
        loaded = std::move(translator);
    r.translators.insert(key, loaded);
    return loaded;
}

QString replacePlural(QString text, int n)
{
    if (n >= 0)
        text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}

} // namespace

LanguageTranslator::LanguageTranslator(const QString &language) : m_locale(QLocale())
{
    const QString tag = language.trimmed();
    if (tag.isEmpty())
        return;
    const QLocale locale(tag);
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return;
    // Where the UI already speaks the language, its locale keeps the user's region (de_AT, en_GB).
    const QLocale ui;
    const bool uiSpeaksIt = ui.language() == locale.language()
        || (locale.language() == QLocale::English && ui.language() == QLocale::C);
    if (locale.language() == QLocale::English) {
        m_mode = Mode::Source;
        m_locale = uiSpeaksIt ? ui : locale;
        return;
    }
    m_translator = translatorFor(locale);
    if (m_translator) {
        m_mode = Mode::Translated;
        m_locale = uiSpeaksIt ? ui : locale;
    }
}

QString LanguageTranslator::translate(const char *context, const char *sourceText, const char *disambiguation,
                                      int n) const
{
    switch (m_mode) {
    case Mode::Source:
        break;
    case Mode::Translated: {
        const QString translated = m_translator->translate(context, sourceText, disambiguation, n);
        if (!translated.isEmpty())
            return replacePlural(translated, n);
        break;
    }
    case Mode::Ui:
        return QCoreApplication::translate(context, sourceText, disambiguation, n);
    }
    return replacePlural(QString::fromUtf8(sourceText), n);
}

QString LanguageTranslator::translationsDirectory()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    return directoryOf(r);
}

void LanguageTranslator::setTranslationsDirectory(const QString &directory)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.directory = directory;
    r.translators.clear();
}

} // namespace redletter
