// SPDX-License-Identifier: GPL-3.0-or-later
// The reading format's syntax definition (resources/syntax/redletter-reading.xml): installed, it
// makes Debian's kate-syntax-highlighter colour a reading; in the editor, SourceHighlighting gives
// front-matter keys, editorial notes and footnote references formats of their own (Qt 5 leg with
// KF5; on a Qt 6 build without KF6 the source is plain and the reason is given).
#include "editor/sourcehighlighting.h"

#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QtTest>

using namespace redletter;

namespace {

// Written for this test: every construct the definition knows, once.
const char sampleReading[] = R"(---
title: What Is the State?
author: The Red Letter editors
year: 1917
tags: [state, class]
---

::: introduction
Calm down, we are going to read this *critically*.
:::

# The state

The state is {==an organ of class rule==}{>>Hold on to this phrase.<<} and[^1] more.
A point note follows.{>>See the first chapter.<<} Then {++added++}, {--removed--}, {~~old~>new~~}.

[^1]: A footnote of the author.
)";

QStringList &capturedWarnings()
{
    static QStringList warnings;
    return warnings;
}

QtMessageHandler previousHandler = nullptr;

void captureKshWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArray(context.category).startsWith("kf.syntaxhighlighting"))
        capturedWarnings().append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}

//! The format the highlighter gave the character at @p position (default when none).
QTextCharFormat formatAt(const QTextDocument &document, int position)
{
    const QTextBlock block = document.findBlock(position);
    const int inBlock = position - block.position();
    const auto ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (inBlock >= range.start && inBlock < range.start + range.length)
            return range.format;
    }
    return {};
}

int positionOf(const QTextDocument &document, const QString &text)
{
    const int position = document.toPlainText().indexOf(text);
    if (position < 0)
        qWarning("'%s' is not in the sample", qPrintable(text));
    return position;
}

//! The style of the HTML span whose whole content is @p text; "" when it stands outside any span,
//! "(missing)" when it is not in @p html at all.
QString spanStyle(const QString &html, const QString &text)
{
    const QString escaped = text.toHtmlEscaped();
    const QRegularExpression span(QStringLiteral("<span style=\"([^\"]*)\">")
                                  + QRegularExpression::escape(escaped) + QStringLiteral("</span>"));
    const QRegularExpressionMatch match = span.match(html);
    if (match.hasMatch())
        return match.captured(1);
    return html.contains(escaped) ? QString() : QStringLiteral("(missing)");
}

} // namespace

class TestSyntaxDefinition : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void definitionLoadsWithoutErrors();
    void editorFormatsDifferFromBodyText();
    void themeFollowsTheApp();
    void installedDefinitionHighlightsInKateSyntaxHighlighter();
};

void TestSyntaxDefinition::initTestCase()
{
    previousHandler = qInstallMessageHandler(captureKshWarnings);
}

void TestSyntaxDefinition::definitionLoadsWithoutErrors()
{
    QTextDocument document(QString::fromUtf8(sampleReading));
    SourceHighlighting highlighting(&document, Theme::Light);
    QCOMPARE(SourceHighlighting::isAvailable(), bool(REDLETTER_EXPECT_SYNTAX_HIGHLIGHTING));
    if (!SourceHighlighting::isAvailable()) {
        // Debian 12's Qt 6: no KF6, so no colours, and the editor's status bar says why.
        QVERIFY(!highlighting.isActive());
        QVERIFY(highlighting.unavailableReason().contains(QStringLiteral("KDE Syntax-Highlighting")));
        return;
    }
    QVERIFY2(highlighting.isActive(), qPrintable(highlighting.unavailableReason()));
    QVERIFY(highlighting.unavailableReason().isEmpty());
    // Loading resolves our contexts and the ones we take from Markdown and YAML: KSH warns about
    // every unknown context, format or included definition.
    QVERIFY2(capturedWarnings().isEmpty(), qPrintable(capturedWarnings().join(QLatin1Char('\n'))));
}

void TestSyntaxDefinition::editorFormatsDifferFromBodyText()
{
    QTextDocument document(QString::fromUtf8(sampleReading));
    SourceHighlighting highlighting(&document, Theme::Light);
    const QTextCharFormat body = formatAt(document, positionOf(document, QStringLiteral("The state is")));
    const QTextCharFormat key = formatAt(document, positionOf(document, QStringLiteral("title")));
    const QTextCharFormat note = formatAt(document, positionOf(document, QStringLiteral("Hold on")));
    const QTextCharFormat pointNote = formatAt(document, positionOf(document, QStringLiteral("See the first")));
    const QTextCharFormat passage = formatAt(document, positionOf(document, QStringLiteral("an organ")));
    const QTextCharFormat footnote = formatAt(document, positionOf(document, QStringLiteral("[^1] more")));
    const QTextCharFormat fence = formatAt(document, positionOf(document, QStringLiteral("::: intro")));
    if (!highlighting.isActive()) {
        // Without KSH nothing is coloured: every character has the document's own format.
        QCOMPARE(key, body);
        QCOMPARE(note, body);
        QCOMPARE(footnote, body);
        return;
    }
    QVERIFY(key != body);
    QVERIFY(note != body);
    QVERIFY(pointNote == note);
    QVERIFY(passage != body);
    QVERIFY(passage != note);
    QVERIFY(footnote != body);
    QVERIFY(fence != body);
    QVERIFY(key.foreground() != body.foreground());
    QVERIFY(note.fontItalic());
    QVERIFY(!body.fontItalic());
    QVERIFY2(capturedWarnings().isEmpty(), qPrintable(capturedWarnings().join(QLatin1Char('\n'))));
}

void TestSyntaxDefinition::themeFollowsTheApp()
{
    QCOMPARE(SourceHighlighting::themeName(Theme::Light), QStringLiteral("Breeze Light"));
    QCOMPARE(SourceHighlighting::themeName(Theme::Sepia), QStringLiteral("Solarized Light"));
    QCOMPARE(SourceHighlighting::themeName(Theme::Dark), QStringLiteral("Breeze Dark"));
    QTextDocument document(QString::fromUtf8(sampleReading));
    SourceHighlighting highlighting(&document, Theme::Light);
    const QPalette light = highlighting.palette(QPalette());
    highlighting.setTheme(Theme::Dark);
    const QPalette dark = highlighting.palette(QPalette());
    QVERIFY(light.color(QPalette::Base).lightness() > 200);
    QVERIFY(dark.color(QPalette::Base).lightness() < 80);
    QVERIFY(dark.color(QPalette::Text).lightness() > 150);
    if (highlighting.isActive()) {
        const QTextCharFormat key = formatAt(document, positionOf(document, QStringLiteral("title")));
        QVERIFY(key.foreground().color().lightness() > 100); // readable on the dark background
    }
}

void TestSyntaxDefinition::installedDefinitionHighlightsInKateSyntaxHighlighter()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("kate-syntax-highlighter"));
    QVERIFY2(!tool.isEmpty(), "kate-syntax-highlighter is missing: Debian package "
                              "libkf5syntaxhighlighting-tools (scripts/install-deps.sh test)");
    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());

    // What `cmake --install` puts in place, from this build tree.
    QProcess install;
    install.start(QStringLiteral(REDLETTER_CMAKE_COMMAND),
                  {QStringLiteral("--install"), QStringLiteral(REDLETTER_BINARY_DIR),
                   QStringLiteral("--prefix"), prefix.path(),
                   QStringLiteral("--component"), QStringLiteral("syntax-definition")});
    QVERIFY(install.waitForFinished(60000));
    QVERIFY2(install.exitCode() == 0, install.readAllStandardError().constData());
    const QString installed =
        prefix.filePath(QStringLiteral("share/org.kde.syntax-highlighting/syntax/redletter-reading.xml"));
    QVERIFY2(QFileInfo::exists(installed), qPrintable(installed));

    const QString reading = prefix.filePath(QStringLiteral("sample.md"));
    QFile file(reading);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(sampleReading);
    file.close();

    QProcess highlighter;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Only the installed prefix and the system: never the user's own definitions.
    environment.insert(QStringLiteral("XDG_DATA_DIRS"), prefix.filePath(QStringLiteral("share")) + QStringLiteral(":/usr/share"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), prefix.filePath(QStringLiteral("no-user-data")));
    highlighter.setProcessEnvironment(environment);
    highlighter.start(tool, {QStringLiteral("--syntax"), QStringLiteral("Red Letter Reading"),
                             QStringLiteral("--output-format"), QStringLiteral("html"), reading});
    QVERIFY(highlighter.waitForFinished(60000));
    const QString errors = QString::fromUtf8(highlighter.readAllStandardError());
    QCOMPARE(highlighter.exitCode(), 0);
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
    const QString html = QString::fromUtf8(highlighter.readAllStandardOutput());
    QVERIFY2(html.contains(QStringLiteral("Definition (Red Letter Reading)")), qPrintable(html.left(400)));

    QCOMPARE(spanStyle(html, QStringLiteral("The state is ")), QString());
    const QString key = spanStyle(html, QStringLiteral("title"));
    const QString note = spanStyle(html, QStringLiteral("Hold on to this phrase."));
    const QString passage = spanStyle(html, QStringLiteral("an organ of class rule"));
    const QString footnote = spanStyle(html, QStringLiteral("[^1]"));
    const QString deleted = spanStyle(html, QStringLiteral("removed"));
    for (const QString &style : {key, note, passage, footnote, deleted})
        QVERIFY2(!style.isEmpty() && style != QStringLiteral("(missing)"), qPrintable(html));
    QVERIFY(note != passage);
    QVERIFY(note.contains(QStringLiteral("italic")));
    QVERIFY(deleted.contains(QStringLiteral("line-through")));
    QCOMPARE(spanStyle(html, QStringLiteral("See the first chapter.")), note);

    // Without --syntax: a *.reading.md file gets ours, any other .md file stays Markdown.
    const auto detected = [&](const QString &name) {
        QFile::copy(reading, prefix.filePath(name));
        QProcess run;
        run.setProcessEnvironment(environment);
        run.start(tool, {QStringLiteral("--output-format"), QStringLiteral("html"), prefix.filePath(name)});
        run.waitForFinished(60000);
        const QString out = QString::fromUtf8(run.readAllStandardOutput());
        const QRegularExpression generator(QStringLiteral("Definition \\(([^)]*)\\)"));
        return generator.match(out).captured(1);
    };
    QCOMPARE(detected(QStringLiteral("state.reading.md")), QStringLiteral("Red Letter Reading"));
    QCOMPARE(detected(QStringLiteral("notes.md")), QStringLiteral("Markdown"));
}

QTEST_MAIN(TestSyntaxDefinition)
#include "tst_syntaxdefinition.moc"
