// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/settings.h"

#include <QRegularExpression>
#include <QSettings>

#include <cmath>

namespace redletter {

namespace {

// The keys, here and nowhere else. They are those earlier versions wrote, so nothing is lost.
const QString ReminderTimeKey = QStringLiteral("reminder/time");
const QString ReminderPausedKey = QStringLiteral("reminder/paused");
const QString LastRemindedKey = QStringLiteral("reminder/lastReminded");
const QString ThemeKey = QStringLiteral("view/theme");
const QString ZoomKey = QStringLiteral("view/zoom");
const QString FaceKey = QStringLiteral("view/readingFace");
const QString JustifyKey = QStringLiteral("view/justify");
const QString HyphenateKey = QStringLiteral("view/hyphenate");
const QString EditorialLayerKey = QStringLiteral("view/layer0");
const QString FootnoteLayerKey = QStringLiteral("view/layer1");
const QString ReaderLayerKey = QStringLiteral("view/layer2");
const QString NotesPanelKey = QStringLiteral("view/notesPanel");
const QString PaceKey = QStringLiteral("pace/mode");
const QString FixedPaceKey = QStringLiteral("pace/wordsPerMinute");
const QString UiLanguageKey = QStringLiteral("language/ui");
const QString ReadingLanguagesKey = QStringLiteral("language/reading");
const QString PlacesGroup = QStringLiteral("positions/");

const QString TimeFormat = QStringLiteral("HH:mm");

bool isLanguageCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}$"));
    return pattern.match(code).hasMatch();
}

bool readBool(const QSettings &settings, const QString &key, bool fallback)
{
    const QVariant value = settings.value(key);
    if (!value.isValid())
        return fallback;
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0"))
        return false;
    return fallback;
}

} // namespace

Settings Settings::load(const QSettings &settings)
{
    Settings loaded;
    const QTime time = QTime::fromString(settings.value(ReminderTimeKey).toString(), TimeFormat);
    if (time.isValid())
        loaded.reminderTime = time;
    loaded.remindersPaused = readBool(settings, ReminderPausedKey, loaded.remindersPaused);
    loaded.lastReminded = QDate::fromString(settings.value(LastRemindedKey).toString(), Qt::ISODate);

    bool ok = false;
    const int theme = settings.value(ThemeKey).toInt(&ok);
    if (ok && theme >= int(Theme::System) && theme <= int(Theme::Dark))
        loaded.theme = Theme(theme);
    const double zoom = settings.value(ZoomKey).toDouble(&ok);
    if (ok)
        loaded.zoom = zoom;
    const QString face = settings.value(FaceKey).toString().trimmed();
    if (!face.isEmpty())
        loaded.readingFace = face;
    loaded.justify = readBool(settings, JustifyKey, loaded.justify);
    loaded.hyphenate = readBool(settings, HyphenateKey, loaded.hyphenate);

    loaded.showEditorialNotes = readBool(settings, EditorialLayerKey, loaded.showEditorialNotes);
    loaded.showFootnotes = readBool(settings, FootnoteLayerKey, loaded.showFootnotes);
    loaded.showReaderNotes = readBool(settings, ReaderLayerKey, loaded.showReaderNotes);
    loaded.notesPanel = readBool(settings, NotesPanelKey, loaded.notesPanel);

    const QString pace = settings.value(PaceKey).toString();
    if (pace == QLatin1String("fixed"))
        loaded.pace = Pace::Fixed;
    const int wpm = settings.value(FixedPaceKey).toInt(&ok);
    if (ok)
        loaded.fixedWordsPerMinute = wpm;

    loaded.uiLanguage = settings.value(UiLanguageKey).toString().trimmed();
    // An INI list of one item reads back as a string; split covers both and a hand-written "de, en".
    const QVariant languages = settings.value(ReadingLanguagesKey);
    const QStringList list = languages.userType() == QMetaType::QStringList
                                 ? languages.toStringList()
                                 : languages.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &code : list)
        loaded.readingLanguages.append(code.trimmed().toLower());
    return loaded.normalized();
}

void Settings::save(QSettings &settings) const
{
    const Settings s = normalized();
    settings.setValue(ReminderTimeKey, s.reminderTime.toString(TimeFormat));
    settings.setValue(ReminderPausedKey, s.remindersPaused);
    if (s.lastReminded.isValid())
        settings.setValue(LastRemindedKey, s.lastReminded.toString(Qt::ISODate));
    else
        settings.remove(LastRemindedKey);
    settings.setValue(ThemeKey, int(s.theme));
    settings.setValue(ZoomKey, s.zoom);
    settings.setValue(FaceKey, s.readingFace);
    settings.setValue(JustifyKey, s.justify);
    settings.setValue(HyphenateKey, s.hyphenate);
    settings.setValue(EditorialLayerKey, s.showEditorialNotes);
    settings.setValue(FootnoteLayerKey, s.showFootnotes);
    settings.setValue(ReaderLayerKey, s.showReaderNotes);
    settings.setValue(NotesPanelKey, s.notesPanel);
    settings.setValue(PaceKey, s.pace == Pace::Fixed ? QStringLiteral("fixed") : QStringLiteral("learned"));
    settings.setValue(FixedPaceKey, s.fixedWordsPerMinute);
    settings.setValue(UiLanguageKey, s.uiLanguage);
    settings.setValue(ReadingLanguagesKey, s.readingLanguages.join(QLatin1Char(',')));
    // Written now, not at exit: a crash after a reminder must not repeat it, nor lose a choice.
    settings.sync();
}

Settings Settings::normalized() const
{
    Settings s = *this;
    if (!s.reminderTime.isValid())
        s.reminderTime = QTime(0, 0);
    // Whole minutes: the file keeps HH:mm, and a round trip must give back the same value.
    s.reminderTime = QTime(s.reminderTime.hour(), s.reminderTime.minute());
    s.zoom = std::isfinite(s.zoom) ? qBound(MinimumZoom, s.zoom, MaximumZoom) : 1.0;
    if (s.readingFace.trimmed().isEmpty())
        s.readingFace = Settings().readingFace;
    if (s.fixedWordsPerMinute != 0)
        s.fixedWordsPerMinute = qBound(MinimumWordsPerMinute, s.fixedWordsPerMinute, MaximumWordsPerMinute);
    if (!s.uiLanguage.isEmpty() && !isLanguageCode(s.uiLanguage))
        s.uiLanguage.clear();
    QStringList languages;
    for (const QString &code : std::as_const(s.readingLanguages)) {
        if (isLanguageCode(code) && !languages.contains(code))
            languages.append(code);
    }
    s.readingLanguages = languages;
    return s;
}

QString Settings::readingPlace(const QSettings &settings, const QString &readingId)
{
    return settings.value(PlacesGroup + readingId).toString();
}

void Settings::setReadingPlace(QSettings &settings, const QString &readingId, const QString &place)
{
    if (place.isEmpty())
        settings.remove(PlacesGroup + readingId);
    else
        settings.setValue(PlacesGroup + readingId, place);
}

bool operator==(const Settings &a, const Settings &b)
{
    return a.reminderTime == b.reminderTime && a.remindersPaused == b.remindersPaused
        && a.lastReminded == b.lastReminded && a.theme == b.theme && qFuzzyCompare(a.zoom, b.zoom)
        && a.readingFace == b.readingFace && a.justify == b.justify && a.hyphenate == b.hyphenate
        && a.showEditorialNotes == b.showEditorialNotes && a.showFootnotes == b.showFootnotes
        && a.showReaderNotes == b.showReaderNotes && a.notesPanel == b.notesPanel && a.pace == b.pace
        && a.fixedWordsPerMinute == b.fixedWordsPerMinute && a.uiLanguage == b.uiLanguage
        && a.readingLanguages == b.readingLanguages;
}

// ---- SettingsStore -----------------------------------------------------------------------------

SettingsStore::SettingsStore(const QString &fileName, QObject *parent)
    : QObject(parent), m_file(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{
    qRegisterMetaType<Settings>();
    m_settings = Settings::load(*m_file);
}

SettingsStore::~SettingsStore() = default;

QString SettingsStore::fileName() const
{
    return m_file->fileName();
}

void SettingsStore::update(const Settings &settings)
{
    const Settings normalized = settings.normalized();
    if (normalized == m_settings)
        return;
    m_settings = normalized;
    m_settings.save(*m_file);
    Q_EMIT changed(m_settings);
}

QString SettingsStore::readingPlace(const QString &readingId) const
{
    return Settings::readingPlace(*m_file, readingId);
}

void SettingsStore::setReadingPlace(const QString &readingId, const QString &place)
{
    Settings::setReadingPlace(*m_file, readingId, place);
}

} // namespace redletter
