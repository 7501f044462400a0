// SPDX-License-Identifier: GPL-3.0-or-later
// The lookup order of the app's data files: beside the binary (../share), then XDG_DATA_DIRS,
// then the embedded copy; on temporary folders laid out like a prefix.
#include "util/datalocations.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace redletter;

class TestDataLocations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void searchDirectories_binaryShareFirst_thenDataDirsInOrder_eachOnce();
    void find_besideTheBinary_winsOverTheDataDirs();
    void find_inTheFirstDataDirThatHasIt();
    void find_fallsBackToTheEmbeddedCopy_thenToNothing();
    void translationsAndCatalog_areTheirFoldersUnderRedletter();
    void syntaxSearchPath_isTheFolderAboveSyntax();
    void forThisProcess_asksBesideTheBinary_thenXdgDataDirs();

private:
    //! Makes @p relativePath (a file, with its folders) under @p root.
    static void touch(const QString &root, const QString &relativePath);

    QTemporaryDir m_root;
    QString m_binaryDir; //!< prefix/bin, as for an installed /usr/bin/redletter
    QString m_prefixShare;
    QString m_firstDataDir;
    QString m_secondDataDir;
};

void TestDataLocations::touch(const QString &root, const QString &relativePath)
{
    const QString path = root + QLatin1Char('/') + relativePath;
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x");
}

void TestDataLocations::init()
{
    QVERIFY(m_root.isValid());
    const QDir root(m_root.path());
    // A fresh layout for every test: removing the last one's.
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        QVERIFY(QDir(root.filePath(name)).removeRecursively());
    m_binaryDir = root.filePath(QStringLiteral("prefix/bin"));
    m_prefixShare = root.filePath(QStringLiteral("prefix/share"));
    m_firstDataDir = root.filePath(QStringLiteral("xdg-one"));
    m_secondDataDir = root.filePath(QStringLiteral("xdg-two"));
    for (const QString &dir : {m_binaryDir, m_prefixShare, m_firstDataDir, m_secondDataDir})
        QVERIFY(QDir().mkpath(dir));
}

void TestDataLocations::searchDirectories_binaryShareFirst_thenDataDirsInOrder_eachOnce()
{
    const DataLocations locations(m_binaryDir, {m_firstDataDir, m_secondDataDir + QLatin1Char('/'), m_prefixShare, QString()});
    QCOMPARE(locations.searchDirectories(), (QStringList{m_prefixShare, m_firstDataDir, m_secondDataDir}));
    // No binary folder (no application object yet): the data dirs alone.
    QCOMPARE(DataLocations(QString(), {m_firstDataDir}).searchDirectories(), QStringList{m_firstDataDir});
}

void TestDataLocations::find_besideTheBinary_winsOverTheDataDirs()
{
    touch(m_prefixShare, QStringLiteral("redletter/translations/redletter_de.qm"));
    touch(m_firstDataDir, QStringLiteral("redletter/translations/redletter_de.qm"));
    const DataLocations locations(m_binaryDir, {m_firstDataDir});
    QCOMPARE(locations.find(QStringLiteral("redletter/translations")), m_prefixShare + QStringLiteral("/redletter/translations"));
    QCOMPARE(locations.find(QStringLiteral("redletter/translations/redletter_de.qm")),
             m_prefixShare + QStringLiteral("/redletter/translations/redletter_de.qm"));
}

void TestDataLocations::find_inTheFirstDataDirThatHasIt()
{
    touch(m_secondDataDir, QStringLiteral("redletter/catalog/the-state.md"));
    const DataLocations locations(m_binaryDir, {m_firstDataDir, m_secondDataDir});
    QCOMPARE(locations.find(QStringLiteral("redletter/catalog")), m_secondDataDir + QStringLiteral("/redletter/catalog"));
    touch(m_firstDataDir, QStringLiteral("redletter/catalog/the-state.md"));
    QCOMPARE(locations.find(QStringLiteral("redletter/catalog")), m_firstDataDir + QStringLiteral("/redletter/catalog"));
}

void TestDataLocations::find_fallsBackToTheEmbeddedCopy_thenToNothing()
{
    const DataLocations locations(m_binaryDir, {m_firstDataDir});
    // A resource of this test (Qt Test's executables have none of ours): a real file stands in.
    touch(m_root.path(), QStringLiteral("embedded/catalog/a.md"));
    const QString embedded = m_root.filePath(QStringLiteral("embedded/catalog"));
    QCOMPARE(locations.find(QStringLiteral("redletter/catalog"), embedded), embedded);
    QCOMPARE(locations.find(QStringLiteral("redletter/catalog"), m_root.filePath(QStringLiteral("no-such-folder"))), QString());
    QCOMPARE(locations.find(QStringLiteral("redletter/catalog")), QString());
    // An installed copy wins over the embedded one.
    touch(m_firstDataDir, QStringLiteral("redletter/catalog/a.md"));
    QCOMPARE(locations.find(QStringLiteral("redletter/catalog"), embedded), m_firstDataDir + QStringLiteral("/redletter/catalog"));
}

void TestDataLocations::translationsAndCatalog_areTheirFoldersUnderRedletter()
{
    touch(m_prefixShare, QStringLiteral("redletter/translations/redletter_fr.qm"));
    touch(m_firstDataDir, QStringLiteral("redletter/catalog/hegemony.md"));
    const DataLocations locations(m_binaryDir, {m_firstDataDir});
    QCOMPARE(locations.translationsDirectory(), m_prefixShare + QStringLiteral("/redletter/translations"));
    QCOMPARE(locations.defaultCatalogDirectory(), m_firstDataDir + QStringLiteral("/redletter/catalog"));
    // Nothing installed and nothing embedded in this test binary: empty, never the current folder.
    const DataLocations nowhere(m_root.filePath(QStringLiteral("elsewhere/bin")), {m_secondDataDir});
    QCOMPARE(nowhere.translationsDirectory(), QString());
    QCOMPARE(nowhere.defaultCatalogDirectory(), QString());
}

void TestDataLocations::syntaxSearchPath_isTheFolderAboveSyntax()
{
    // A KSH folder with other definitions but not ours does not count.
    touch(m_prefixShare, QStringLiteral("org.kde.syntax-highlighting/syntax/markdown.xml"));
    touch(m_secondDataDir, QStringLiteral("org.kde.syntax-highlighting/syntax/redletter-reading.xml"));
    const DataLocations locations(m_binaryDir, {m_firstDataDir, m_secondDataDir});
    QCOMPARE(locations.syntaxSearchPath(), m_secondDataDir + QStringLiteral("/org.kde.syntax-highlighting"));
    QCOMPARE(DataLocations(m_binaryDir, {m_firstDataDir}).syntaxSearchPath(), QString());
}

void TestDataLocations::forThisProcess_asksBesideTheBinary_thenXdgDataDirs()
{
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_root.filePath(QStringLiteral("home-data"))));
    qputenv("XDG_DATA_DIRS", QFile::encodeName(m_firstDataDir + QLatin1Char(':') + m_secondDataDir));
    const QStringList directories = DataLocations::forThisProcess().searchDirectories();
    const QString besideBinary = QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share"));
    QCOMPARE(directories, (QStringList{besideBinary, m_root.filePath(QStringLiteral("home-data")), m_firstDataDir,
                                       m_secondDataDir}));
}

QTEST_GUILESS_MAIN(TestDataLocations)
#include "tst_datalocations.moc"
