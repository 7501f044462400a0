// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimating/pace.h"
#include "settings/settings.h"

#include <QDialog>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimeEdit;

namespace redletter {

class Autostart;

/*!
 * Edit › Preferences: every choice of the reader in one place, so a desktop without a tray (GNOME)
 * still reaches the reminder and start at login. Each control writes to the SettingsStore at once;
 * whoever shows a setting follows the store's changed() signal, so nothing waits for an OK.
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    //! @p store and @p autostart must outlive the dialog.
    PreferencesDialog(SettingsStore &store, Autostart &autostart, QWidget *parent = nullptr);

    //! The reading languages offered (two-letter codes), e.g. those of the catalog.
    void setAvailableLanguages(const QStringList &codes);
    //! What the learned pace is now, for the line under the pace choice, and how many sittings
    //! are stored (what Forget My Pace would clear).
    void setLearnedPace(const PaceEstimate &estimate, int storedSessions);

    //! Serif faces installed here that can set a reading, the house face first when present.
    static QStringList readingFaces();

Q_SIGNALS:
    //! The reader asked to forget the learned pace.
    void resetPaceRequested();
    //! The login entry was written or removed (the tray menu shows it too).
    void startAtLoginChanged(bool enabled);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load(const Settings &settings);
    void change(const std::function<void(Settings &)> &edit);
    void updateLanguages(const Settings &settings);

    SettingsStore &m_store;
    Autostart &m_autostart;
    QStringList m_availableLanguages;
    bool m_loading = false;

    QTimeEdit *m_reminderTime = nullptr;
    QCheckBox *m_paused = nullptr;
    QCheckBox *m_startAtLogin = nullptr;
    QDoubleSpinBox *m_typeSize = nullptr;
    QComboBox *m_face = nullptr;
    QComboBox *m_theme = nullptr;
    QCheckBox *m_justify = nullptr;
    QCheckBox *m_hyphenate = nullptr;
    QCheckBox *m_editorialNotes = nullptr;
    QCheckBox *m_footnotes = nullptr;
    QCheckBox *m_readerNotes = nullptr;
    QRadioButton *m_learnedPace = nullptr;
    QRadioButton *m_fixedPace = nullptr;
    QSpinBox *m_wordsPerMinute = nullptr;
    QWidget *m_pacePage = nullptr;
    QLabel *m_paceState = nullptr;
    QPushButton *m_resetPace = nullptr;
    QComboBox *m_uiLanguage = nullptr;
    QListWidget *m_readingLanguages = nullptr;
};

} // namespace redletter
