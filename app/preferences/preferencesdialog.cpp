// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences/preferencesdialog.h"

#include "desktop/autostart.h"
#include "estimating/readingtime.h"
#include "typesetting/typography.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace redletter {

namespace {

QString languageName(const QString &code)
{
    const QLocale locale(code);
    const QString name = locale.nativeLanguageName();
    if (name.isEmpty() || locale.language() == QLocale::C)
        return code;
    if (locale.language() == QLocale::English)
        return QStringLiteral("English"); // not "American English": the language, not a variant
    return name.left(1).toUpper() + name.mid(1);
}

QWidget *page(QWidget *parent, QLayout *layout)
{
    auto *widget = new QWidget(parent);
    widget->setLayout(layout);
    return widget;
}

} // namespace

QStringList PreferencesDialog::readingFaces()
{
    // The house face and its companions first (Debian: fonts-ebgaramond, fonts-sil-charis), then
    // whatever else is installed with a serif in its name. QFontDatabase cannot tell a serif face
    // from others by itself, so the name is the honest test.
    const QStringList known{QStringLiteral("EB Garamond"), QStringLiteral("Charis SIL"),
                            QStringLiteral("Gentium Plus"), QStringLiteral("Libertinus Serif"),
                            QStringLiteral("Linux Libertine O"), QStringLiteral("Crimson Pro"),
                            QStringLiteral("Source Serif 4"), QStringLiteral("Noto Serif"),
                            QStringLiteral("DejaVu Serif"), QStringLiteral("Liberation Serif")};
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    const QStringList installed = QFontDatabase::families();
#else
    const QStringList installed = QFontDatabase().families();
#endif
    QStringList faces;
    for (const QString &face : known) {
        if (installed.contains(face, Qt::CaseInsensitive))
            faces.append(face);
    }
    for (const QString &family : installed) {
        const bool serif = family.contains(QLatin1String("Serif"), Qt::CaseInsensitive)
            && !family.contains(QLatin1String("Sans"), Qt::CaseInsensitive)
            && !family.contains(QLatin1String("Mono"), Qt::CaseInsensitive);
        if (serif && !faces.contains(family, Qt::CaseInsensitive))
            faces.append(family);
    }
    return faces;
}

PreferencesDialog::PreferencesDialog(SettingsStore &store, Autostart &autostart, QWidget *parent)
    : QDialog(parent), m_store(store), m_autostart(autostart)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto *tabs = new QTabWidget(this);

    // ---- The page
    auto *pageForm = new QFormLayout;
    // In points, as the desktop's own font settings count (the house size is 15.75 pt).
    m_typeSize = new QDoubleSpinBox(this);
    m_typeSize->setObjectName(QStringLiteral("typeSize"));
    m_typeSize->setDecimals(2);
    m_typeSize->setRange(Settings::MinimumZoom * Typography::HousePointSize, Settings::MaximumZoom * Typography::HousePointSize);
    m_typeSize->setSingleStep(1);
    m_typeSize->setSuffix(tr(" pt"));
    m_typeSize->setAccessibleName(tr("Type size"));
    pageForm->addRow(tr("&Type size:"), m_typeSize);
    m_face = new QComboBox(this);
    m_face->setObjectName(QStringLiteral("readingFace"));
    m_face->addItems(readingFaces());
    m_face->setAccessibleName(tr("Reading face"));
    pageForm->addRow(tr("Reading &face:"), m_face);
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Follow the system"), int(Settings::Theme::System));
    m_theme->addItem(tr("Light"), int(Settings::Theme::Light));
    m_theme->addItem(tr("Sepia"), int(Settings::Theme::Sepia));
    m_theme->addItem(tr("Dark"), int(Settings::Theme::Dark));
    m_theme->setAccessibleName(tr("Theme"));
    pageForm->addRow(tr("T&heme:"), m_theme);
    m_justify = new QCheckBox(tr("&Justify the text"), this);
    m_justify->setObjectName(QStringLiteral("justify"));
    m_hyphenate = new QCheckBox(tr("H&yphenate justified text"), this);
    m_hyphenate->setObjectName(QStringLiteral("hyphenate"));
    m_hyphenate->setToolTip(tr("Ragged-right text is never hyphenated."));
    pageForm->addRow(QString(), m_justify);
    pageForm->addRow(QString(), m_hyphenate);
    auto *marginBox = new QGroupBox(tr("In the margin"), this);
    auto *marginLayout = new QVBoxLayout(marginBox);
    m_editorialNotes = new QCheckBox(tr("The &editor's notes"), marginBox);
    m_editorialNotes->setObjectName(QStringLiteral("editorialNotes"));
    m_footnotes = new QCheckBox(tr("The &author's footnotes"), marginBox);
    m_footnotes->setObjectName(QStringLiteral("footnotes"));
    m_readerNotes = new QCheckBox(tr("&My notes"), marginBox);
    m_readerNotes->setObjectName(QStringLiteral("readerNotes"));
    for (QCheckBox *box : {m_editorialNotes, m_footnotes, m_readerNotes})
        marginLayout->addWidget(box);
    pageForm->addRow(marginBox);
    tabs->addTab(page(tabs, pageForm), tr("&Page"));

    // ---- The reminder
    auto *reminderForm = new QFormLayout;
    m_reminderTime = new QTimeEdit(this);
    m_reminderTime->setObjectName(QStringLiteral("reminderTime"));
    m_reminderTime->setDisplayFormat(QStringLiteral("HH:mm"));
    m_reminderTime->setAccessibleName(tr("Reminder time"));
    reminderForm->addRow(tr("Remind me &at:"), m_reminderTime);
    m_paused = new QCheckBox(tr("&Pause reminders"), this);
    m_paused->setObjectName(QStringLiteral("remindersPaused"));
    reminderForm->addRow(QString(), m_paused);
    m_startAtLogin = new QCheckBox(tr("&Start at login"), this);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLogin"));
    m_startAtLogin->setToolTip(tr("Starts Red Letter in the background when you log in, so the reminder comes."));
    reminderForm->addRow(QString(), m_startAtLogin);
    auto *reminderNote = new QLabel(tr("Reminders come while Red Letter runs. Midnight is when the day's reading changes."), this);
    reminderNote->setWordWrap(true);
    reminderForm->addRow(reminderNote);
    tabs->addTab(page(tabs, reminderForm), tr("&Reminder"));

    // ---- The pace
    auto *paceLayout = new QVBoxLayout;
    m_learnedPace = new QRadioButton(tr("&Learn my pace from my reading"), this);
    m_learnedPace->setObjectName(QStringLiteral("learnedPace"));
    m_fixedPace = new QRadioButton(tr("A &fixed pace:"), this);
    m_fixedPace->setObjectName(QStringLiteral("fixedPace"));
    auto *paceGroup = new QButtonGroup(this);
    paceGroup->addButton(m_learnedPace);
    paceGroup->addButton(m_fixedPace);
    m_wordsPerMinute = new QSpinBox(this);
    m_wordsPerMinute->setObjectName(QStringLiteral("wordsPerMinute"));
    m_wordsPerMinute->setRange(Settings::MinimumWordsPerMinute, Settings::MaximumWordsPerMinute);
    m_wordsPerMinute->setSingleStep(10);
    m_wordsPerMinute->setSuffix(tr(" words a minute"));
    m_wordsPerMinute->setAccessibleName(tr("Fixed pace in words a minute"));
    auto *fixedRow = new QHBoxLayout;
    fixedRow->addWidget(m_fixedPace);
    fixedRow->addWidget(m_wordsPerMinute);
    fixedRow->addStretch(1);
    m_paceState = new QLabel(this);
    m_paceState->setObjectName(QStringLiteral("paceState"));
    m_paceState->setWordWrap(true);
    m_resetPace = new QPushButton(tr("&Forget My Pace"), this);
    m_resetPace->setObjectName(QStringLiteral("resetPace"));
    auto *paceNote = new QLabel(tr("Your pace changes only the time shown for you. Long works are still "
                                   "divided into the same daily parts."), this);
    paceNote->setWordWrap(true);
    paceLayout->addWidget(m_learnedPace);
    paceLayout->addLayout(fixedRow);
    paceLayout->addWidget(m_paceState);
    paceLayout->addWidget(m_resetPace, 0, Qt::AlignLeft);
    paceLayout->addWidget(paceNote);
    paceLayout->addStretch(1);
    m_pacePage = page(tabs, paceLayout);
    tabs->addTab(m_pacePage, tr("Pa&ce"));
    setLearnedPace(PaceEstimate(), 0);

    // ---- Languages
    auto *languageForm = new QFormLayout;
    m_uiLanguage = new QComboBox(this);
    m_uiLanguage->setObjectName(QStringLiteral("uiLanguage"));
    m_uiLanguage->addItem(tr("Follow the desktop"), QString());
    for (const QString &code : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")})
        m_uiLanguage->addItem(languageName(code), code);
    m_uiLanguage->setAccessibleName(tr("Language of the menus"));
    languageForm->addRow(tr("&Menus and dialogs:"), m_uiLanguage);
    languageForm->addRow(QString(), new QLabel(tr("Takes effect the next time Red Letter starts."), this));
    m_readingLanguages = new QListWidget(this);
    m_readingLanguages->setObjectName(QStringLiteral("readingLanguages"));
    m_readingLanguages->setAccessibleName(tr("Languages I read"));
    languageForm->addRow(tr("Languages I &read:"), m_readingLanguages);
    auto *languageNote = new QLabel(tr("Readings in these languages come first in the daily rotation. "
                                       "None ticked: the desktop's languages."), this);
    languageNote->setWordWrap(true);
    languageForm->addRow(languageNote);
    tabs->addTab(page(tabs, languageForm), tr("&Languages"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);

    load(m_store.settings());
    m_startAtLogin->setChecked(m_autostart.isEnabled());
    connect(&m_store, &SettingsStore::changed, this, &PreferencesDialog::load);

    // Each control changes one value of the store, at once.
    connect(m_typeSize, qOverload<double>(&QDoubleSpinBox::valueChanged), this,
            [this](double points) { change([points](Settings &s) { s.zoom = points / Typography::HousePointSize; }); });
    connect(m_face, &QComboBox::currentTextChanged, this,
            [this](const QString &face) { change([face](Settings &s) { s.readingFace = face; }); });
    connect(m_theme, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int) {
        const auto theme = Settings::Theme(m_theme->currentData().toInt());
        change([theme](Settings &s) { s.theme = theme; });
    });
    connect(m_justify, &QCheckBox::toggled, this, [this](bool on) { change([on](Settings &s) { s.justify = on; }); });
    connect(m_hyphenate, &QCheckBox::toggled, this, [this](bool on) { change([on](Settings &s) { s.hyphenate = on; }); });
    connect(m_editorialNotes, &QCheckBox::toggled, this,
            [this](bool on) { change([on](Settings &s) { s.showEditorialNotes = on; }); });
    connect(m_footnotes, &QCheckBox::toggled, this, [this](bool on) { change([on](Settings &s) { s.showFootnotes = on; }); });
    connect(m_readerNotes, &QCheckBox::toggled, this,
            [this](bool on) { change([on](Settings &s) { s.showReaderNotes = on; }); });
    connect(m_reminderTime, &QTimeEdit::timeChanged, this,
            [this](const QTime &time) { change([time](Settings &s) { s.reminderTime = time; }); });
    connect(m_paused, &QCheckBox::toggled, this, [this](bool on) { change([on](Settings &s) { s.remindersPaused = on; }); });
    connect(m_startAtLogin, &QCheckBox::toggled, this, [this](bool on) {
        if (m_loading)
            return;
        QString error;
        if (!m_autostart.setEnabled(on, QCoreApplication::applicationFilePath(), &error))
            QMessageBox::warning(this, tr("Start at Login"), tr("The login entry cannot be changed.\n\n%1").arg(error));
        const bool enabled = m_autostart.isEnabled();
        m_loading = true;
        m_startAtLogin->setChecked(enabled);
        m_loading = false;
        Q_EMIT startAtLoginChanged(enabled);
    });
    connect(m_learnedPace, &QRadioButton::toggled, this, [this](bool on) {
        m_wordsPerMinute->setEnabled(!on);
        change([on, this](Settings &s) {
            s.pace = on ? Settings::Pace::Learned : Settings::Pace::Fixed;
            if (!on)
                s.fixedWordsPerMinute = m_wordsPerMinute->value();
        });
    });
    connect(m_wordsPerMinute, qOverload<int>(&QSpinBox::valueChanged), this,
            [this](int wpm) { change([wpm](Settings &s) { s.fixedWordsPerMinute = wpm; }); });
    connect(m_resetPace, &QPushButton::clicked, this, &PreferencesDialog::resetPaceRequested);
    connect(m_uiLanguage, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int) {
        const QString code = m_uiLanguage->currentData().toString();
        change([code](Settings &s) { s.uiLanguage = code; });
    });
    connect(m_readingLanguages, &QListWidget::itemChanged, this, [this] {
        QStringList codes;
        for (int i = 0; i < m_readingLanguages->count(); ++i) {
            const QListWidgetItem *item = m_readingLanguages->item(i);
            if (item->checkState() == Qt::Checked)
                codes.append(item->data(Qt::UserRole).toString());
        }
        change([codes](Settings &s) { s.readingLanguages = codes; });
    });
}

void PreferencesDialog::showEvent(QShowEvent *event)
{
    // The tray menu may have changed the login entry since the dialog was last shown.
    m_loading = true;
    m_startAtLogin->setChecked(m_autostart.isEnabled());
    m_loading = false;
    QDialog::showEvent(event);
}

void PreferencesDialog::setAvailableLanguages(const QStringList &codes)
{
    m_availableLanguages = codes;
    updateLanguages(m_store.settings());
}

void PreferencesDialog::setLearnedPace(const PaceEstimate &estimate, int storedSessions)
{
    if (estimate.isLearned())
        m_paceState->setText(tr("Learned so far: about %1 words a minute, from %n reading(s).", nullptr,
                                estimate.sessionsUsed)
                                 .arg(estimate.wordsPerMinute));
    else
        m_paceState->setText(tr("Not learned yet: after a few readings the time shown is also given at "
                                "your pace. Until then: %1 words a minute.")
                                 .arg(ReadingTimeEstimator::DefaultWordsPerMinute));
    m_resetPace->setEnabled(storedSessions > 0);
}

void PreferencesDialog::change(const std::function<void(Settings &)> &edit)
{
    if (m_loading)
        return;
    // Always from the store's current value: the tray or the reminder may have changed another one.
    Settings settings = m_store.settings();
    edit(settings);
    m_store.update(settings);
}

void PreferencesDialog::load(const Settings &settings)
{
    m_loading = true;
    m_typeSize->setValue(settings.zoom * Typography::HousePointSize);
    if (m_face->findText(settings.readingFace) < 0)
        m_face->insertItem(0, settings.readingFace); // chosen before, not installed now: still shown
    m_face->setCurrentText(settings.readingFace);
    m_theme->setCurrentIndex(m_theme->findData(int(settings.theme)));
    m_justify->setChecked(settings.justify);
    m_hyphenate->setChecked(settings.hyphenate);
    m_hyphenate->setEnabled(settings.justify);
    m_editorialNotes->setChecked(settings.showEditorialNotes);
    m_footnotes->setChecked(settings.showFootnotes);
    m_readerNotes->setChecked(settings.showReaderNotes);
    m_reminderTime->setTime(settings.reminderTime);
    m_paused->setChecked(settings.remindersPaused);
    const bool learned = settings.pace == Settings::Pace::Learned;
    m_learnedPace->setChecked(learned);
    m_fixedPace->setChecked(!learned);
    m_wordsPerMinute->setValue(settings.fixedWordsPerMinute > 0 ? settings.fixedWordsPerMinute
                                                                : ReadingTimeEstimator::DefaultWordsPerMinute);
    m_wordsPerMinute->setEnabled(!learned);
    m_uiLanguage->setCurrentIndex(qMax(0, m_uiLanguage->findData(settings.uiLanguage)));
    updateLanguages(settings);
    m_loading = false;
}

void PreferencesDialog::updateLanguages(const Settings &settings)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    // The chosen ones first, in their order, then the rest of what the catalog has.
    QStringList codes = settings.readingLanguages;
    for (const QString &code : std::as_const(m_availableLanguages)) {
        if (!codes.contains(code))
            codes.append(code);
    }
    // Unchanged (the usual case when a tick itself changed the store): leave the items alone.
    bool same = m_readingLanguages->count() == codes.size();
    for (int i = 0; same && i < m_readingLanguages->count(); ++i) {
        const QListWidgetItem *item = m_readingLanguages->item(i);
        const QString code = item->data(Qt::UserRole).toString();
        same = codes.contains(code) && (item->checkState() == Qt::Checked) == settings.readingLanguages.contains(code);
    }
    if (same) {
        m_loading = wasLoading;
        return;
    }
    m_readingLanguages->clear();
    for (const QString &code : std::as_const(codes)) {
        auto *item = new QListWidgetItem(languageName(code), m_readingLanguages);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(settings.readingLanguages.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
    m_loading = wasLoading;
}

} // namespace redletter
