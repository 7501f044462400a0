// SPDX-License-Identifier: GPL-3.0-or-later
// The reading view as a person sees it: the real binary on a real X server (Xvfb) renders the Red
// Letter sample with the editor's notes, the author's footnotes and three of the reader's notes,
// at 1280x900 (margin beside the text) and 800x900 (margin folded), light and dark. The PNGs are
// kept in the build directory (tests/e2e/reader-*.png) to be looked at.
#include "annotations/annotatabletext.h"
#include "annotations/annotation.h"
#include "catalog/catalog.h"
#include "testsupport.h"
#include "virtualdisplay.h"

#include <QDir>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace redletter;

class TestE2eReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void screenshots_data();
    void screenshots();
    void importedReadingsSetTheirFootnotesInTheMargin_data();
    void importedReadingsSetTheirFootnotesInTheMargin();

private:
    int run(const QStringList &arguments, QString *errors, QString *output = nullptr);

    test::VirtualDisplay m_display;
    QTemporaryDir m_home;
    QString m_dataDir;
    QString m_readingId;
};

void TestE2eReader::initTestCase()
{
    REDLETTER_REQUIRE_CORPUS();
    if (!test::VirtualDisplay::isAvailable())
        QSKIP("Xvfb is not installed (scripts/install-deps.sh test installs it)");
    QString error;
    QVERIFY2(m_display.start(&error), qPrintable(error));
    m_dataDir = m_home.filePath(QStringLiteral("data"));

    QString errors;
    QCOMPARE(run({QStringLiteral("--import"),
                  test::corpusFile(QStringLiteral("red-letter/dictatorship-of-the-proletariat.md"))},
                 &errors),
             0);

    // Three notes of the reader's near two of the editor's notes and a footnote.
    Catalog catalog;
    QVERIFY2(catalog.open(QDir(m_dataDir).filePath(QStringLiteral("catalog.sqlite")), &error), qPrintable(error));
    m_readingId = QStringLiteral("joseph-stalin--the-dictatorship-of-the-proletariat");
    const std::optional<Reading> reading = catalog.reading(m_readingId);
    QVERIFY(reading);
    const AnnotatableText text(*reading);
    const QDateTime when(QDate(2026, 11, 24), QTime(21, 0), Qt::UTC);
    const QList<std::pair<QString, QString>> notes{
        {QStringLiteral("a machine in the hands of the ruling class"),
         QStringLiteral("Lenin's definition, from The State and Revolution. Ask who holds the machine after 1917.")},
        {QStringLiteral("a rule enjoying the sympathy and support of the labouring and exploited masses"),
         QStringLiteral("Enjoying sympathy is not the same as being elected.")},
        {QStringLiteral("From this follow two main conclusions"), QStringLiteral("Count them: one is about democracy.")}};
    int placeBlock = -1;
    for (const auto &note : notes) {
        const int start = text.text().indexOf(note.first);
        QVERIFY2(start >= 0, qPrintable(note.first));
        Annotation annotation = makeAnnotation(text, start, start + int(note.first.size()), when,
                                               placeBlock < 0 ? QStringLiteral("yellow") : QStringLiteral("green"));
        annotation.note = note.second;
        QVERIFY2(catalog.saveAnnotation(annotation, &error), qPrintable(error));
        if (placeBlock < 0)
            placeBlock = text.fromTextOffset(start).block;
    }
    catalog.close();

    // Open the reading at the first note, as if the reader had got that far: the editor's note,
    // a footnote and my three notes are then on one screen.
    QSettings settings(QDir(m_dataDir).filePath(QStringLiteral("redletter.conf")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("positions/") + m_readingId,
                      QStringLiteral("%1:%2:0").arg(int(TextLocation::Body)).arg(placeBlock));
}

int TestE2eReader::run(const QStringList &arguments, QString *errors, QString *output)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), m_display.display());
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the real xcb platform
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("share")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path());
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(REDLETTER_BINARY), QStringList{QStringLiteral("--data-dir"), m_dataDir} + arguments);
    if (!app.waitForFinished(60000)) {
        app.kill();
        app.waitForFinished();
        return -1;
    }
    *errors = QString::fromUtf8(app.readAllStandardError());
    if (output)
        *output = QString::fromUtf8(app.readAllStandardOutput());
    return app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
}

void TestE2eReader::screenshots_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("theme"); // MainWindow::ThemeChoice: 1 light, 3 dark
    QTest::addColumn<bool>("margin");
    QTest::newRow("1280 light") << 1280 << 1 << true;
    QTest::newRow("1280 dark") << 1280 << 3 << true;
    QTest::newRow("800 light, margin folded") << 800 << 1 << false;
    QTest::newRow("800 dark, margin folded") << 800 << 3 << false;
}

void TestE2eReader::screenshots()
{
    QFETCH(int, width);
    QFETCH(int, theme);
    QFETCH(bool, margin);
    {
        QSettings settings(QDir(m_dataDir).filePath(QStringLiteral("redletter.conf")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("view/theme"), theme);
    }
    const QString png = QDir(QStringLiteral(REDLETTER_E2E_OUTPUT))
                            .filePath(QStringLiteral("reader-%1-%2.png").arg(width).arg(theme == 3 ? QStringLiteral("dark")
                                                                                                   : QStringLiteral("light")));
    QFile::remove(png);
    QString errors;
    QCOMPARE(run({QStringLiteral("--date"), QStringLiteral("2026-11-24"), QStringLiteral("--screenshot"), png,
                  QStringLiteral("--size"), QStringLiteral("%1x900").arg(width)},
                 &errors),
             0);
    const QImage image(png);
    QVERIFY2(!image.isNull(), qPrintable(errors));
    QCOMPARE(image.size(), QSize(width, 900));

    // The reader's highlights show (yellow or green tint over the text, in both themes).
    int tinted = 0;
    int inkRightOfText = 0;
    for (int y = 60; y < image.height() - 30; y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            const bool yellowish = c.red() > c.blue() + 40 && c.green() > c.blue() + 30;
            const bool greenish = c.green() > c.red() + 25 && c.green() > c.blue() + 15;
            if (yellowish || greenish)
                ++tinted;
            const bool ink = theme == 3 ? c.lightness() > 150 : c.lightness() < 110;
            // Right of the text column: the margin at 1280, beyond the text's right edge at 800.
            const int rightOfText = margin ? image.width() * 66 / 100 : image.width() * 86 / 100;
            if (ink && x > rightOfText && x < image.width() - 20)
                ++inkRightOfText;
        }
    }
    QVERIFY2(tinted > 200, qPrintable(QString::number(tinted)));
    // With the margin, notes stand to the right of the text; folded, the right side is paper.
    if (margin)
        QVERIFY2(inkRightOfText > 300, qPrintable(QString::number(inkRightOfText)));
    else
        QVERIFY2(inkRightOfText < 100, qPrintable(QString::number(inkRightOfText)));
}

void TestE2eReader::importedReadingsSetTheirFootnotesInTheMargin_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("png");
    QTest::addColumn<int>("footnotes");
    // MIA's chapter 1 cites Engels' 1888 notes (4, grep -c 'class="enote"') in its first
    // paragraphs; the Luxemburg EPUB's first chapter of Part One has six notes of the editors'.
    QTest::newRow("marxists.org chapter") << QStringLiteral("mia/mia_marx-engels_communist-manifesto_ch01.htm")
                                          << QStringLiteral("Chapter I. Bourgeois and Proletarians")
                                          << QStringLiteral("imported-mia-chapter.png") << 4;
    QTest::newRow("EPUB chapter") << QStringLiteral("epub/epubber_luxemburg_sozialreform-oder-revolution_de.epub")
                                  << QStringLiteral("Erster Teil: 1. Die opportunistische Methode")
                                  << QStringLiteral("imported-epub-chapter.png") << 6;
}

void TestE2eReader::importedReadingsSetTheirFootnotesInTheMargin()
{
    QFETCH(QString, source);
    QFETCH(QString, title);
    QFETCH(QString, png);
    QFETCH(int, footnotes);
    QString errors;
    QCOMPARE(run({QStringLiteral("--import"), test::corpusFile(source)}, &errors), 0);
    QString listing;
    QCOMPARE(run({QStringLiteral("--list")}, &errors, &listing), 0);
    QString id;
    int listedFootnotes = -1;
    for (const QString &line : listing.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QJsonObject entry = QJsonDocument::fromJson(line.toUtf8()).object();
        if (entry.value(QStringLiteral("title")).toString() == title) {
            id = entry.value(QStringLiteral("id")).toString();
            listedFootnotes = entry.value(QStringLiteral("footnotes")).toInt();
        }
    }
    QVERIFY2(!id.isEmpty(), qPrintable(listing));
    QCOMPARE(listedFootnotes, footnotes);

    // Opened where the reader would be when the first footnote comes: at the paragraph before the
    // one that cites it (MIA's first note is some pages in; the Luxemburg chapter's at the top).
    int placeBlock = -1;
    {
        Catalog catalog;
        QString error;
        QVERIFY2(catalog.open(QDir(m_dataDir).filePath(QStringLiteral("catalog.sqlite")), &error), qPrintable(error));
        const std::optional<Reading> reading = catalog.reading(id);
        QVERIFY(reading);
        for (int i = 0; i < reading->body.size() && placeBlock < 0; ++i) {
            for (const Anchor &anchor : reading->body.at(i).anchors) {
                if (anchor.kind == Anchor::FootnoteReference)
                    placeBlock = qMax(0, i - 1);
            }
        }
        QVERIFY(placeBlock >= 0);
    }
    {
        QSettings settings(QDir(m_dataDir).filePath(QStringLiteral("redletter.conf")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("view/theme"), 1);
        if (placeBlock > 1) {
            settings.setValue(QStringLiteral("positions/") + id,
                              QStringLiteral("%1:%2:0").arg(int(TextLocation::Body)).arg(placeBlock));
        }
    }
    const QString file = QDir(QStringLiteral(REDLETTER_E2E_OUTPUT)).filePath(png);
    QFile::remove(file);
    QCOMPARE(run({QStringLiteral("--screenshot"), file, QStringLiteral("--reading"), id}, &errors), 0);
    const QImage image(file);
    QVERIFY2(!image.isNull(), qPrintable(errors));
    QCOMPARE(image.size(), QSize(1280, 900));
    // Ink in the margin, right of the text column: the footnotes stand beside their references.
    int inkInMargin = 0;
    int inkInText = 0;
    for (int y = 60; y < image.height() - 30; y += 2) {
        for (int x = 0; x < image.width() - 20; x += 2) {
            if (image.pixelColor(x, y).lightness() >= 110)
                continue;
            if (x > image.width() * 66 / 100)
                ++inkInMargin;
            else if (x > image.width() / 10)
                ++inkInText;
        }
    }
    qInfo().noquote() << png << "ink in the text column:" << inkInText << "in the margin:" << inkInMargin;
    QVERIFY2(inkInText > 5000, qPrintable(QString::number(inkInText)));
    QVERIFY2(inkInMargin > 300, qPrintable(QString::number(inkInMargin)));

    // An id that is not in the catalog is an error naming it, not an empty window.
    QCOMPARE(run({QStringLiteral("--screenshot"), file, QStringLiteral("--reading"), QStringLiteral("no-such-reading")},
                 &errors),
             1);
    QVERIFY2(errors.contains(QLatin1String("no reading 'no-such-reading'")), qPrintable(errors));
}

QTEST_GUILESS_MAIN(TestE2eReader)
#include "tst_e2e_reader.moc"
