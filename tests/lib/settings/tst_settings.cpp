// SPDX-License-Identifier: GPL-3.0-or-later
// The typed settings: defaults, a round trip through the INI file, and damaged values.
#include "settings/settings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace redletter;

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults_fromAMissingFile();
    void roundTrip_everyValue();
    void invalidValues_clampedOrDefault_data();
    void invalidValues_clampedOrDefault();
    void earlierVersionsKeys_stillRead();
    void store_updateWritesAndSignalsOnlyChanges();
    void store_readingPlaces();

private:
    QTemporaryDir m_dir;
    QString file(const QString &name) const { return m_dir.filePath(name); }
};

void TestSettings::defaults_fromAMissingFile()
{
    QSettings ini(file(QStringLiteral("missing.conf")), QSettings::IniFormat);
    const Settings s = Settings::load(ini);
    QCOMPARE(s, Settings());
    QCOMPARE(s.reminderTime, QTime(0, 0));
    QVERIFY(!s.remindersPaused);
    QCOMPARE(s.theme, Settings::Theme::System);
    QCOMPARE(s.zoom, 1.0);
    QCOMPARE(s.readingFace, QStringLiteral("EB Garamond"));
    QVERIFY(s.justify);
    QVERIFY(s.hyphenate);
    QVERIFY(s.showEditorialNotes && s.showFootnotes && s.showReaderNotes);
    QVERIFY(!s.notesPanel);
    QCOMPARE(s.pace, Settings::Pace::Learned);
    QCOMPARE(s.fixedWordsPerMinute, 0);
    QVERIFY(s.uiLanguage.isEmpty());
    QVERIFY(s.readingLanguages.isEmpty());
}

void TestSettings::roundTrip_everyValue()
{
    Settings s;
    s.reminderTime = QTime(7, 30);
    s.remindersPaused = true;
    s.lastReminded = QDate(2026, 12, 6);
    s.theme = Settings::Theme::Sepia;
    s.zoom = 1.25;
    s.readingFace = QStringLiteral("Charis SIL");
    s.justify = false;
    s.hyphenate = false;
    s.showEditorialNotes = false;
    s.showFootnotes = false;
    s.showReaderNotes = false;
    s.notesPanel = true;
    s.pace = Settings::Pace::Fixed;
    s.fixedWordsPerMinute = 250;
    s.uiLanguage = QStringLiteral("de");
    s.readingLanguages = QStringList{QStringLiteral("de"), QStringLiteral("fr")};
    const QString path = file(QStringLiteral("roundtrip.conf"));
    {
        QSettings ini(path, QSettings::IniFormat);
        s.save(ini);
    }
    QSettings ini(path, QSettings::IniFormat);
    const Settings loaded = Settings::load(ini);
    QCOMPARE(loaded, s);
    QCOMPARE(loaded.readingLanguages, s.readingLanguages);
    QCOMPARE(ini.value(QStringLiteral("reminder/time")).toString(), QStringLiteral("07:30"));

    // One language is a list of one, not a string split into letters.
    s.readingLanguages = QStringList{QStringLiteral("ru")};
    s.save(ini);
    QCOMPARE(Settings::load(ini).readingLanguages, QStringList{QStringLiteral("ru")});
    // An invalid lastReminded removes the key rather than writing garbage.
    s.lastReminded = QDate();
    s.save(ini);
    QVERIFY(!ini.contains(QStringLiteral("reminder/lastReminded")));
    QCOMPARE(Settings::load(ini), s);
}

void TestSettings::invalidValues_clampedOrDefault_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("expected");

    QTest::newRow("time, words") << "reminder/time" << "half past seven" << "reminderTime" << QVariant(QTime(0, 0));
    QTest::newRow("time, 25:00") << "reminder/time" << "25:00" << "reminderTime" << QVariant(QTime(0, 0));
    QTest::newRow("paused, maybe") << "reminder/paused" << "maybe" << "remindersPaused" << QVariant(false);
    QTest::newRow("theme, 7") << "view/theme" << "7" << "theme" << QVariant(int(Settings::Theme::System));
    QTest::newRow("theme, -1") << "view/theme" << "-1" << "theme" << QVariant(int(Settings::Theme::System));
    QTest::newRow("theme, dark") << "view/theme" << "dark" << "theme" << QVariant(int(Settings::Theme::System));
    QTest::newRow("zoom, huge") << "view/zoom" << "40" << "zoom" << QVariant(Settings::MaximumZoom);
    QTest::newRow("zoom, tiny") << "view/zoom" << "0.01" << "zoom" << QVariant(Settings::MinimumZoom);
    QTest::newRow("zoom, negative") << "view/zoom" << "-2" << "zoom" << QVariant(Settings::MinimumZoom);
    QTest::newRow("zoom, nan") << "view/zoom" << "nan" << "zoom" << QVariant(1.0);
    QTest::newRow("zoom, words") << "view/zoom" << "big" << "zoom" << QVariant(1.0);
    QTest::newRow("face, blank") << "view/readingFace" << "   " << "readingFace" << QVariant(QStringLiteral("EB Garamond"));
    QTest::newRow("justify, garbage") << "view/justify" << "perhaps" << "justify" << QVariant(true);
    QTest::newRow("pace, unknown") << "pace/mode" << "turbo" << "pace" << QVariant(int(Settings::Pace::Learned));
    QTest::newRow("wpm, 5000") << "pace/wordsPerMinute" << "5000" << "fixedWordsPerMinute" << QVariant(Settings::MaximumWordsPerMinute);
    QTest::newRow("wpm, 3") << "pace/wordsPerMinute" << "3" << "fixedWordsPerMinute" << QVariant(Settings::MinimumWordsPerMinute);
    QTest::newRow("wpm, -100") << "pace/wordsPerMinute" << "-100" << "fixedWordsPerMinute" << QVariant(Settings::MinimumWordsPerMinute);
    QTest::newRow("ui language, path") << "language/ui" << "../../etc" << "uiLanguage" << QVariant(QString());
    QTest::newRow("reading languages, mixed") << "language/reading" << "DE, xx-yy,, fr,de,1"
                                              << "readingLanguages" << QVariant(QStringList{QStringLiteral("de"), QStringLiteral("fr")});
}

void TestSettings::invalidValues_clampedOrDefault()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, field);
    QFETCH(QVariant, expected);
    const QString path = file(QStringLiteral("invalid-%1.conf").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))));
    {
        // Written as a person or another program would: raw text in the INI file.
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::WriteOnly));
        const int slash = key.indexOf(QLatin1Char('/'));
        raw.write(QStringLiteral("[%1]\n%2=%3\n").arg(key.left(slash), key.mid(slash + 1), value).toUtf8());
    }
    QSettings ini(path, QSettings::IniFormat);
    const Settings s = Settings::load(ini);
    const QHash<QString, QVariant> fields{
        {QStringLiteral("reminderTime"), s.reminderTime},
        {QStringLiteral("remindersPaused"), s.remindersPaused},
        {QStringLiteral("theme"), int(s.theme)},
        {QStringLiteral("zoom"), s.zoom},
        {QStringLiteral("readingFace"), s.readingFace},
        {QStringLiteral("justify"), s.justify},
        {QStringLiteral("pace"), int(s.pace)},
        {QStringLiteral("fixedWordsPerMinute"), s.fixedWordsPerMinute},
        {QStringLiteral("uiLanguage"), s.uiLanguage},
        {QStringLiteral("readingLanguages"), s.readingLanguages},
    };
    QVERIFY2(fields.contains(field), qPrintable(field));
    QCOMPARE(fields.value(field), expected);
    // Everything else stays at its default.
    Settings rest = s;
    const Settings defaults;
    rest.reminderTime = defaults.reminderTime;
    rest.remindersPaused = defaults.remindersPaused;
    rest.theme = defaults.theme;
    rest.zoom = defaults.zoom;
    rest.readingFace = defaults.readingFace;
    rest.justify = defaults.justify;
    rest.pace = defaults.pace;
    rest.fixedWordsPerMinute = defaults.fixedWordsPerMinute;
    rest.uiLanguage = defaults.uiLanguage;
    rest.readingLanguages = defaults.readingLanguages;
    QCOMPARE(rest, defaults);
}

void TestSettings::earlierVersionsKeys_stillRead()
{
    // What 0.1 wrote: the window's theme as an int, zoom, justify, margin layers by kind, positions.
    const QString path = file(QStringLiteral("earlier.conf"));
    {
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::WriteOnly));
        raw.write("[view]\ntheme=3\nzoom=1.5\njustify=false\nlayer1=false\nnotesPanel=true\n"
                  "[reminder]\ntime=07:00\npaused=true\nlastReminded=2026-11-30\n"
                  "[positions]\nmarx--manifesto=1:12:40\n");
    }
    QSettings ini(path, QSettings::IniFormat);
    const Settings s = Settings::load(ini);
    QCOMPARE(s.theme, Settings::Theme::Dark);
    QCOMPARE(s.zoom, 1.5);
    QVERIFY(!s.justify);
    QVERIFY(s.showEditorialNotes);
    QVERIFY(!s.showFootnotes);
    QVERIFY(s.notesPanel);
    QCOMPARE(s.reminderTime, QTime(7, 0));
    QVERIFY(s.remindersPaused);
    QCOMPARE(s.lastReminded, QDate(2026, 11, 30));
    QCOMPARE(Settings::readingPlace(ini, QStringLiteral("marx--manifesto")), QStringLiteral("1:12:40"));
}

void TestSettings::store_updateWritesAndSignalsOnlyChanges()
{
    const QString path = file(QStringLiteral("store.conf"));
    SettingsStore store(path);
    QCOMPARE(store.settings(), Settings());
    QSignalSpy spy(&store, &SettingsStore::changed);

    Settings s = store.settings();
    store.update(s);
    QCOMPARE(spy.count(), 0); // nothing changed

    s.zoom = 99; // clamped on the way in
    s.theme = Settings::Theme::Dark;
    store.update(s);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(store.settings().zoom, Settings::MaximumZoom);
    QCOMPARE(spy.at(0).at(0).value<Settings>().theme, Settings::Theme::Dark);

    // Written at once: another reader of the file sees it without the store being destroyed.
    QSettings other(path, QSettings::IniFormat);
    QCOMPARE(Settings::load(other), store.settings());
}

void TestSettings::store_readingPlaces()
{
    const QString path = file(QStringLiteral("places.conf"));
    {
        SettingsStore store(path);
        QVERIFY(store.readingPlace(QStringLiteral("a")).isEmpty());
        store.setReadingPlace(QStringLiteral("a"), QStringLiteral("1:3:0"));
        store.setReadingPlace(QStringLiteral("b"), QStringLiteral("1:4:0"));
        store.setReadingPlace(QStringLiteral("b"), QString());
    }
    SettingsStore reopened(path);
    QCOMPARE(reopened.readingPlace(QStringLiteral("a")), QStringLiteral("1:3:0"));
    QVERIFY(reopened.readingPlace(QStringLiteral("b")).isEmpty());
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
