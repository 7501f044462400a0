// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/languagedetection.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

#include <textcat.h>

#include <cstdlib>

namespace redletter {

namespace {

Q_LOGGING_CATEGORY(lcLanguage, "redletter.language", QtWarningMsg)

//! "en--utf8" → "en", "zh-CN-utf8" → "zh", "haw-utf8" → "haw": the primary subtag.
QString primaryTag(const char *name)
{
    const QString full = QString::fromLatin1(name);
    return full.left(full.indexOf(QLatin1Char('-'))).toLower();
}

//! The first SampleBytes of @p text as UTF-8, never cut inside a character.
QByteArray sampleOf(const QString &text)
{
    // A character is at most 3 UTF-8 bytes per UTF-16 unit, so this many units always suffice.
    QByteArray utf8 = text.left(LanguageGuesser::SampleBytes).toUtf8();
    if (utf8.size() > LanguageGuesser::SampleBytes) {
        int end = LanguageGuesser::SampleBytes;
        while (end > 0 && (static_cast<unsigned char>(utf8.at(end)) & 0xC0) == 0x80)
            --end; // back to the lead byte of the character that would be cut
        utf8.truncate(end);
    }
    return utf8;
}

int letterCount(const QString &text, int enough)
{
    int letters = 0;
    for (const QChar c : text) {
        if (c.isLetter() && ++letters >= enough)
            break;
    }
    return letters;
}

} // namespace

struct LanguageGuesser::Handle
{
    void *textcat = nullptr;
    ~Handle()
    {
        if (textcat)
            textcat_Done(textcat);
    }
};

LanguageGuesser::LanguageGuesser(const QString &dataDir)
    : m_handle(std::make_unique<Handle>())
{
    const QString config = QDir(dataDir).filePath(QStringLiteral("fpdb.conf"));
    if (!QFileInfo::exists(config)) {
        qCWarning(lcLanguage) << "no language fingerprints at" << config
                              << "(libexttextcat-data): languages will not be detected";
        return;
    }
    // special_textcat_Init resolves the .lm names in fpdb.conf against the prefix (textcat_Init
    // would resolve them against the working directory).
    const QByteArray prefix = QFile::encodeName(QDir(dataDir).absolutePath() + QLatin1Char('/'));
    m_handle->textcat = special_textcat_Init(QFile::encodeName(config).constData(), prefix.constData());
    if (!m_handle->textcat)
        qCWarning(lcLanguage) << "cannot load the language fingerprints listed in" << config
                              << ": languages will not be detected";
}

LanguageGuesser::~LanguageGuesser() = default;

bool LanguageGuesser::isValid() const
{
    return m_handle->textcat != nullptr;
}

QString LanguageGuesser::guess(const QString &text) const
{
    if (!isValid())
        return {};
    if (letterCount(text, MinimumLetters) < MinimumLetters)
        return {};
    const QByteArray sample = sampleOf(text);

    // textcat_Classify writes into a buffer inside the handle; textcat_ClassifyFull with a
    // candidate array of our own only reads the handle, so one database serves every thread.
    candidate_t *candidates = textcat_GetClassifyFullOutput(m_handle->textcat);
    const int count = textcat_ClassifyFull(m_handle->textcat, sample.constData(),
                                           static_cast<size_t>(sample.size()), candidates);
    QString result;
    if (count > 0) { // TEXTCAT_RESULT_UNKNOWN (0): too many candidates; _SHORT (-2): no n-grams
        // textcat keeps every candidate within 3 % of the best score. A second language in that
        // window means unsure, however the two are ranked: on 6,466 paragraphs of the corpus
        // (de, en) the first of several candidates was wrong 293 times in 1,175, leading by up to
        // 2.98 % (English texts under Scots, mostly), while a lone candidate was never wrong from
        // 60 letters on. Variants of one language (zh-CN, zh-TW) agree on the tag.
        const QString best = primaryTag(candidates[0].name);
        result = best;
        for (int i = 1; i < count; ++i) {
            if (primaryTag(candidates[i].name) != best) {
                result.clear();
                break;
            }
        }
        qCDebug(lcLanguage) << "language" << best << "from" << count << "candidate(s):"
                            << (result.isEmpty() ? "unsure" : "sure");
    }
    textcat_ReleaseClassifyFullOutput(m_handle->textcat, candidates);
    return result;
}

QString languageDataDir()
{
    const QString fromEnvironment = qEnvironmentVariable("REDLETTER_TEXTCAT_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString fromBuild = QStringLiteral(REDLETTER_TEXTCAT_DIR);
    if (!fromBuild.isEmpty() && QFileInfo::exists(QDir(fromBuild).filePath(QStringLiteral("fpdb.conf"))))
        return fromBuild;
    return QStringLiteral("/usr/share/libexttextcat");
}

QString detectLanguage(const QString &text)
{
    // Loaded on first use (≈160 fingerprints, a few ms), once: a function-local static is
    // initialised exactly once even when several threads call at the same time.
    static const LanguageGuesser shared(languageDataDir());
    return shared.guess(text);
}

} // namespace redletter
