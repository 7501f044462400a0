// SPDX-License-Identifier: GPL-3.0-or-later
// The installed tree (cmake --install into a temporary prefix): every file where the FHS and the
// freedesktop specifications want it, valid for desktop-file-validate and appstreamcli, and a man
// page that documents every option --help lists; the installed binary finds its installed data
// (translations, default catalog, syntax definition) under the prefix's share/.
#include <QDir>
#include <QImage>
#include <QScopeGuard>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString AppId = QStringLiteral("org.redletter.redletter");

struct Run
{
    int exitCode = -1;
    QString output; // stdout and stderr together
};

Run run(const QString &program, const QStringList &arguments,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    Run result;
    const QString path = QStandardPaths::findExecutable(program).isEmpty() ? program
                                                                           : QStandardPaths::findExecutable(program);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setProcessEnvironment(environment);
    process.start(path, arguments);
    if (!process.waitForStarted(10000)) {
        result.output = program + QStringLiteral(": cannot start (") + process.errorString() + QLatin1Char(')');
        return result;
    }
    process.waitForFinished(120000);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromUtf8(process.readAll());
    return result;
}

//! The long options --help lists ("--data-dir"), in its order.
QStringList helpOptions(const QString &help)
{
    static const QRegularExpression option(QStringLiteral("^\\s+(?:-\\w, )?(--[\\w-]+)"),
                                           QRegularExpression::MultilineOption);
    QStringList options;
    for (auto it = option.globalMatch(help); it.hasNext();)
        options.append(it.next().captured(1));
    return options;
}

//! The man page's text with roff's escaped hyphens and font changes taken out.
QString manText(const QString &roff)
{
    QString text = roff;
    text.replace(QLatin1String("\\-"), QLatin1String("-"));
    static const QRegularExpression fonts(QStringLiteral("\\\\f[BIRP]"));
    text.remove(fonts);
    return text;
}

} // namespace

class TestInstallation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void help_namesTheCommand();
    void manPage_documentsEveryOptionOfHelp();
    void manPage_isCurrentAndInstalledCompressed();
    void tree_hasEverythingWhereTheSpecificationsWantIt();
    void icons_areRenderedAtEverySize();
    void desktopEntry_isValid_andHandlesLinksAndBooks();
    void metainfo_isValidPedantic();
    void metainfo_screenshotsAreTheCommittedOnes_underTheHomepage();
    void installedData_isThere();
    void installedRun_speaksGermanFromTheInstalledTranslations();
    void installedRun_importsTheInstalledDefaultCatalog();

private:
    //! The installed binary's environment: German UI, no user data, nothing but the system's
    //! XDG_DATA_DIRS (the prefix is found beside the binary, not through them).
    QProcessEnvironment installedEnvironment(const QString &home) const;
    Run runInstalled(const QString &home, const QStringList &arguments) const;

    QTemporaryDir m_prefix;
    QString m_help;
};

void TestInstallation::initTestCase()
{
    QVERIFY(m_prefix.isValid());
    const Run install = run(QStringLiteral(REDLETTER_CMAKE),
                            {QStringLiteral("--install"), QStringLiteral(REDLETTER_BUILD_DIR), QStringLiteral("--prefix"),
                             m_prefix.path()});
    QVERIFY2(install.exitCode == 0, qPrintable(install.output));
    const Run help = run(QStringLiteral(REDLETTER_BINARY), {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    m_help = help.output;
}

void TestInstallation::help_namesTheCommand()
{
    QVERIFY2(m_help.startsWith(QLatin1String("Usage: redletter [options]")), qPrintable(m_help));
    QVERIFY(!m_help.contains(QLatin1String("<executable_name>")));
}

void TestInstallation::manPage_documentsEveryOptionOfHelp()
{
    const QStringList options = helpOptions(m_help);
    // The ones every build has: a parse that found only a few would pass for the wrong reason.
    for (const char *known : {"--help", "--version", "--data-dir", "--import", "--today", "--screenshot", "--export-markdown"})
        QVERIFY2(options.contains(QLatin1String(known)), known);
    QVERIFY(options.size() >= 20);

    QFile page(QStringLiteral(REDLETTER_MAN_PAGE));
    QVERIFY2(page.open(QIODevice::ReadOnly), qPrintable(page.fileName()));
    const QString text = manText(QString::fromUtf8(page.readAll()));
    QStringList missing;
    for (const QString &option : options) {
        if (!text.contains(option))
            missing.append(option);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in redletter.1: ") + missing.join(QLatin1String(", "))));
    // The check sees a missing option: one --help does not have is not found.
    QVERIFY(!text.contains(QLatin1String("--no-such-option")));
    // Hidden options stay hidden.
    QVERIFY(!text.contains(QLatin1String("--pretend-now")));
}

void TestInstallation::manPage_isCurrentAndInstalledCompressed()
{
    QFile page(QStringLiteral(REDLETTER_MAN_PAGE));
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QString roff = QString::fromUtf8(page.readAll());
    const Run version = run(QStringLiteral(REDLETTER_BINARY), {QStringLiteral("--version")});
    const QString number = version.output.trimmed().section(QLatin1Char(' '), 1);
    QVERIFY2(!number.isEmpty(), qPrintable(version.output));
    QVERIFY2(roff.contains(QStringLiteral(".TH REDLETTER \"1\"")), qPrintable(roff.left(300)));
    QVERIFY2(roff.contains(QStringLiteral("redletter ") + number), qPrintable(roff.left(300)));

    const QString installed = m_prefix.filePath(QStringLiteral("share/man/man1/redletter.1.gz"));
    QVERIFY2(QFile::exists(installed), qPrintable(installed));
    // man reads what was installed: the same page.
    const Run zcat = run(QStringLiteral("gzip"), {QStringLiteral("-dc"), installed});
    QCOMPARE(zcat.exitCode, 0);
    QCOMPARE(zcat.output, roff);
}

void TestInstallation::tree_hasEverythingWhereTheSpecificationsWantIt()
{
    const QFileInfo binary(m_prefix.filePath(QStringLiteral("bin/redletter")));
    QVERIFY2(binary.isFile() && binary.isExecutable(), qPrintable(binary.filePath()));
    const QStringList files{QStringLiteral("share/applications/") + AppId + QStringLiteral(".desktop"),
                           QStringLiteral("share/metainfo/") + AppId + QStringLiteral(".metainfo.xml"),
                           QStringLiteral("share/icons/hicolor/scalable/apps/") + AppId + QStringLiteral(".svg")};
    for (const QString &file : files) {
        QVERIFY2(QFileInfo(m_prefix.filePath(file)).isFile(), qPrintable(file));
    }
    // The installed binary is the one built, and runs from where it was installed.
    const Run version = run(binary.filePath(), {QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.output.startsWith(QLatin1String("redletter ")), qPrintable(version.output));
}

void TestInstallation::icons_areRenderedAtEverySize()
{
    const QStringList sizes = QStringLiteral(REDLETTER_ICON_SIZES).split(QLatin1Char(','));
    QVERIFY(sizes.contains(QLatin1String("16")) && sizes.contains(QLatin1String("512")));
    for (const QString &size : sizes) {
        const QString path = m_prefix.filePath(QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size, AppId));
        const QImage icon(path);
        QVERIFY2(!icon.isNull(), qPrintable(path));
        QCOMPARE(icon.size(), QSize(size.toInt(), size.toInt()));
        // Drawn, not blank: the SVG's red background left of the envelope (x 2–11 of 64), the
        // envelope's white in the middle above the seal.
        const QColor edge = icon.pixelColor(icon.width() * 6 / 64, icon.height() / 2);
        const QColor paper = icon.pixelColor(icon.width() / 2, icon.height() * 22 / 64);
        QVERIFY2(paper.red() > 200 && paper.green() > 200, qPrintable(size + QLatin1Char(' ') + paper.name()));
        QVERIFY2(edge.red() > 150 && edge.green() < 80 && edge.alpha() > 200, qPrintable(size + QLatin1Char(' ') + edge.name()));
    }
}

void TestInstallation::desktopEntry_isValid_andHandlesLinksAndBooks()
{
    const QString path = m_prefix.filePath(QStringLiteral("share/applications/") + AppId + QStringLiteral(".desktop"));
    const Run validate = run(QStringLiteral("desktop-file-validate"), {path});
    QVERIFY2(validate.exitCode == 0 && validate.output.trimmed().isEmpty(), qPrintable(validate.output));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString entry = QString::fromUtf8(file.readAll());
    QVERIFY2(entry.contains(QLatin1String("\nExec=redletter %U\n")), qPrintable(entry));
    QVERIFY2(entry.contains(QLatin1String("\nIcon=") + AppId + QLatin1Char('\n')), qPrintable(entry));
    static const QRegularExpression mimeLine(QStringLiteral("^MimeType=(.*)$"), QRegularExpression::MultilineOption);
    const QStringList types = mimeLine.match(entry).captured(1).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const char *type : {"x-scheme-handler/redletter", "application/epub+zip", "text/html", "text/markdown"})
        QVERIFY2(types.contains(QLatin1String(type)), type);
}

void TestInstallation::metainfo_isValidPedantic()
{
    const QString path = m_prefix.filePath(QStringLiteral("share/metainfo/") + AppId + QStringLiteral(".metainfo.xml"));
    const Run validate = run(QStringLiteral("appstreamcli"),
                             {QStringLiteral("validate"), QStringLiteral("--pedantic"), QStringLiteral("--no-net"),
                              QStringLiteral("--no-color"), path});
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.output));
    // Not even a pedantic remark: every issue line starts with its severity letter.
    static const QRegularExpression issue(QStringLiteral("^[EWIP]: "), QRegularExpression::MultilineOption);
    QVERIFY2(!issue.match(validate.output).hasMatch(), qPrintable(validate.output));

    // The tree as a software center reads it: the metainfo with its desktop entry and icons.
    const Run tree = run(QStringLiteral("appstreamcli"),
                         {QStringLiteral("validate-tree"), QStringLiteral("--pedantic"), QStringLiteral("--no-net"),
                          QStringLiteral("--no-color"), m_prefix.path()});
    QVERIFY2(tree.exitCode == 0 && !issue.match(tree.output).hasMatch(), qPrintable(tree.output));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(file.readAll());
    for (const char *element : {"<description>", "<screenshots>", "<releases>", "<content_rating", "<provides>",
                                "<binary>redletter</binary>", "<mediatype>x-scheme-handler/redletter</mediatype>"})
        QVERIFY2(xml.contains(QLatin1String(element)), element);
}

void TestInstallation::metainfo_screenshotsAreTheCommittedOnes_underTheHomepage()
{
    QFile file(m_prefix.filePath(QStringLiteral("share/metainfo/") + AppId + QStringLiteral(".metainfo.xml")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(file.readAll());
    QVERIFY2(!xml.contains(QLatin1Char('@')), "a @VARIABLE@ of the template is left in the metainfo");
    // One setting gives every address: the homepage, and the screenshots under it.
    const QString homepage = QStringLiteral(REDLETTER_HOMEPAGE_URL);
    QVERIFY(xml.contains(QStringLiteral("<url type=\"homepage\">%1</url>").arg(homepage)));
    static const QRegularExpression image(QStringLiteral("<image type=\"source\" width=\"(\\d+)\" height=\"(\\d+)\">([^<]+)</image>"));
    int images = 0;
    for (auto it = image.globalMatch(xml); it.hasNext(); ++images) {
        const QRegularExpressionMatch match = it.next();
        const QString url = match.captured(3);
        QVERIFY2(url.startsWith(homepage + QStringLiteral("/screenshots/")), qPrintable(url));
        // Each is a picture in packaging/screenshots of the size the metainfo says.
        const QString committed = QStringLiteral(REDLETTER_SOURCE_DIR "/packaging/screenshots/") + url.section(QLatin1Char('/'), -1);
        const QImage picture(committed);
        QVERIFY2(!picture.isNull(), qPrintable(committed));
        QCOMPARE(picture.size(), QSize(match.captured(1).toInt(), match.captured(2).toInt()));
    }
    QVERIFY(images >= 2);
}

void TestInstallation::installedData_isThere()
{
    for (const char *language : {"de", "en", "fr"}) {
        const QString qm = m_prefix.filePath(QStringLiteral("share/redletter/translations/redletter_%1.qm").arg(QLatin1String(language)));
        QVERIFY2(QFileInfo(qm).size() > 100, qPrintable(qm));
    }
    const QDir catalog(m_prefix.filePath(QStringLiteral("share/redletter/catalog")));
    QVERIFY2(catalog.entryList({QStringLiteral("*.md")}, QDir::Files).size() >= 8, qPrintable(catalog.path()));
    QVERIFY(!catalog.exists(QStringLiteral("README.md")));
    QVERIFY(QFileInfo::exists(m_prefix.filePath(QStringLiteral("share/org.kde.syntax-highlighting/syntax/redletter-reading.xml"))));
}

QProcessEnvironment TestInstallation::installedEnvironment(const QString &home) const
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    environment.insert(QStringLiteral("XDG_DATA_DIRS"), QStringLiteral("/usr/local/share:/usr/share"));
    environment.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Berlin"));
    return environment;
}

Run TestInstallation::runInstalled(const QString &home, const QStringList &arguments) const
{
    return run(m_prefix.filePath(QStringLiteral("bin/redletter")), arguments, installedEnvironment(home));
}

void TestInstallation::installedRun_speaksGermanFromTheInstalledTranslations()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QStringList showMissing{QStringLiteral("--data-dir"), home.filePath(QStringLiteral("data")), QStringLiteral("--show"),
                                  QStringLiteral("no-such-reading")};
    // Commands' "%1: no reading '%2' in the catalog (--list shows the ids)", in German.
    const Run german = runInstalled(home.path(), showMissing);
    QVERIFY2(german.exitCode != 0, qPrintable(german.output));
    QVERIFY2(german.output.contains(QStringLiteral("keine Lektüre „no-such-reading“ im Katalog")), qPrintable(german.output));

    // The German is the installed file's, not the copy embedded in the binary: an installed
    // redletter_de.qm that says something else is what the binary says.
    const QString installedQm = m_prefix.filePath(QStringLiteral("share/redletter/translations/redletter_de.qm"));
    const QString keptQm = installedQm + QStringLiteral(".kept");
    QVERIFY(QFile::rename(installedQm, keptQm));
    const auto restore = qScopeGuard([&] {
        QFile::remove(installedQm);
        QFile::rename(keptQm, installedQm);
    });
    const QString probeTs = home.filePath(QStringLiteral("probe_de.ts"));
    QFile ts(probeTs);
    QVERIFY(ts.open(QIODevice::WriteOnly));
    ts.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" language=\"de_DE\">\n"
             "<context><name>redletter::Commands</name><message>\n"
             "<source>%1: no reading &apos;%2&apos; in the catalog (--list shows the ids)</source>\n"
             "<translation>PROBE-INSTALLED %2 (%1)</translation></message></context></TS>\n");
    ts.close();
    const Run lrelease = run(QStringLiteral(REDLETTER_LRELEASE), {QStringLiteral("-silent"), probeTs, QStringLiteral("-qm"), installedQm});
    QVERIFY2(lrelease.exitCode == 0 && QFile::exists(installedQm), qPrintable(lrelease.output));
    const Run probed = runInstalled(home.path(), showMissing);
    QVERIFY2(probed.output.contains(QStringLiteral("PROBE-INSTALLED no-such-reading")), qPrintable(probed.output));

    // With no installed translations at all, the embedded ones still speak German.
    QVERIFY(QFile::remove(installedQm));
    const QString translations = QFileInfo(installedQm).path();
    QVERIFY(QDir().rename(translations, translations + QStringLiteral(".away")));
    const Run embedded = runInstalled(home.path(), showMissing);
    QVERIFY(QDir().rename(translations + QStringLiteral(".away"), translations));
    QVERIFY2(embedded.output.contains(QStringLiteral("keine Lektüre „no-such-reading“ im Katalog")), qPrintable(embedded.output));
}

void TestInstallation::installedRun_importsTheInstalledDefaultCatalog()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    // One more reading file in the installed catalog: the binary lists it as built in.
    const QString catalog = m_prefix.filePath(QStringLiteral("share/redletter/catalog"));
    QFile source(catalog + QStringLiteral("/hegemony.md"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QString probe = QString::fromUtf8(source.readAll());
    QVERIFY(probe.contains(QLatin1String("\nid: primer-hegemony\n")));
    probe.replace(QLatin1String("\nid: primer-hegemony\n"), QLatin1String("\nid: installed-probe\n"));
    probe.replace(QLatin1String("urn:redletter:primer-hegemony"), QLatin1String("urn:redletter:installed-probe"));
    QFile probeFile(catalog + QStringLiteral("/installed-probe.md"));
    QVERIFY(probeFile.open(QIODevice::WriteOnly));
    probeFile.write(probe.toUtf8());
    probeFile.close();
    const auto remove = qScopeGuard([&] { probeFile.remove(); });

    const Run list = runInstalled(home.path(), {QStringLiteral("--data-dir"), home.filePath(QStringLiteral("data")), QStringLiteral("--list")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.output));
    QVERIFY2(list.output.contains(QLatin1String("\"id\":\"installed-probe\"")), qPrintable(list.output.left(2000)));
    QVERIFY2(list.output.contains(QLatin1String("\"id\":\"primer-the-state\"")), qPrintable(list.output.left(2000)));
}

QTEST_GUILESS_MAIN(TestInstallation)
#include "tst_installation.moc"
