// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTime>

#include <memory>

class QSettings;

namespace redletter {

/*!
 * Everything the reader chooses, as one value: the reminder, the page's look, the margin, the
 * reading pace, the languages. Loaded from and saved to one QSettings (INI) file; its keys are
 * known here and nowhere else. Values out of range or of the wrong kind load as their nearest
 * valid value or the default, so a hand-edited or damaged file never breaks the app.
 *
 * Start at login is not here: the autostart entry is its only truth (desktop/autostart.h).
 */
struct Settings
{
    // The daily reminder
    QTime reminderTime = QTime(0, 0); //!< local time of day; midnight, when the reading changes
    bool remindersPaused = false;
    QDate lastReminded;               //!< the last day a reminder was due for (ReminderPolicy)

    // The page
    enum class Theme { System, Light, Sepia, Dark };
    Theme theme = Theme::System;
    static constexpr double MinimumZoom = 0.5;
    static constexpr double MaximumZoom = 3.0;
    double zoom = 1.0;                                //!< type size, relative to the house size
    QString readingFace = QStringLiteral("EB Garamond"); //!< the text's face; fallbacks follow it
    bool justify = true;                              //!< off: ragged right
    bool hyphenate = true;                            //!< only takes effect while justified

    // The margin and the notes panel
    bool showEditorialNotes = true;
    bool showFootnotes = true;
    bool showReaderNotes = true;
    bool notesPanel = false;

    // The reading time shown
    enum class Pace { Learned, Fixed };
    Pace pace = Pace::Learned; //!< learned: the measured pace once there is enough of it
    static constexpr int MinimumWordsPerMinute = 80;
    static constexpr int MaximumWordsPerMinute = 900;
    int fixedWordsPerMinute = 0; //!< Pace::Fixed: this pace; 0 means the house pace

    // Languages
    QString uiLanguage;          //!< "de", "fr", …; empty: the desktop's
    QStringList readingLanguages; //!< two-letter codes, first preferred; empty: from the locale

    //! Reads every value from @p settings; missing or unreadable ones are the defaults.
    static Settings load(const QSettings &settings);
    //! Writes every value to @p settings (and syncs).
    void save(QSettings &settings) const;
    //! The values brought into range: zoom and pace clamped, unknown language codes dropped.
    Settings normalized() const;

    //! Where in a reading the reader stopped, as the window encodes it; empty when not kept.
    static QString readingPlace(const QSettings &settings, const QString &readingId);
    static void setReadingPlace(QSettings &settings, const QString &readingId, const QString &place);

    friend bool operator==(const Settings &a, const Settings &b);
    friend bool operator!=(const Settings &a, const Settings &b) { return !(a == b); }
};

} // namespace redletter

Q_DECLARE_METATYPE(redletter::Settings)

namespace redletter {

/*!
 * The one place the app's settings live while it runs: the file, the current value, and a signal
 * when it changes, so the window, the reminder and the preferences dialog all see one truth
 * (Zeal's Core::Settings is the model). Every change is written to the file at once.
 */
class SettingsStore : public QObject
{
    Q_OBJECT
public:
    //! Opens (or will create) the INI file @p fileName and loads it.
    explicit SettingsStore(const QString &fileName, QObject *parent = nullptr);
    ~SettingsStore() override;

    QString fileName() const;
    const Settings &settings() const { return m_settings; }
    //! Normalizes @p settings, writes it, and emits changed() if anything differs.
    void update(const Settings &settings);

    QString readingPlace(const QString &readingId) const;
    void setReadingPlace(const QString &readingId, const QString &place);

Q_SIGNALS:
    void changed(const redletter::Settings &settings);

private:
    std::unique_ptr<QSettings> m_file;
    Settings m_settings;
};

} // namespace redletter
