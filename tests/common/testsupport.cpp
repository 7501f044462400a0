// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "catalog/catalog.h"
#include "importing/importservice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace redletter::test {

QString corpusDir()
{
    const QFileInfo info(QStringLiteral(REDLETTER_CORPUS_DIR));
    return info.isDir() ? info.canonicalFilePath() : QString();
}

QString corpusFile(const QString &relativePath)
{
    return QDir(corpusDir()).filePath(relativePath);
}

QString sourceDir()
{
    return QStringLiteral(REDLETTER_SOURCE_DIR);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(QStringLiteral("cannot read %1: %2").arg(path, file.errorString())),
                     __FILE__, __LINE__);
        return {};
    }
    return file.readAll();
}

ImportedText readCorpusSource(const QString &relativePath)
{
    return readSource(corpusFile(relativePath));
}

std::unique_ptr<Catalog> openCatalogIn(const QTemporaryDir &dir)
{
    if (!dir.isValid()) {
        QTest::qFail(qPrintable(QStringLiteral("no temporary folder: %1").arg(dir.errorString())), __FILE__, __LINE__);
        return nullptr;
    }
    auto catalog = std::make_unique<Catalog>();
    QString error;
    if (!catalog->open(dir.filePath(QStringLiteral("catalog.sqlite")), &error)) {
        QTest::qFail(qPrintable(QStringLiteral("cannot open a catalog in %1: %2").arg(dir.path(), error)), __FILE__, __LINE__);
        return nullptr;
    }
    return catalog;
}

ImportedText readSource(const QString &path)
{
    FormatInput input;
    SourceError error;
    if (!ImportService::readFile(path, &input, &error)) {
        qWarning("%s", qPrintable(error.toString()));
        return {};
    }
    SourceReport report;
    ImportedText text;
    if (!ImportService::readInput(input, {}, &report, &text)) {
        qWarning("%s", qPrintable(report.error.toString()));
        return {};
    }
    return text;
}

FormatRead readWith(FormatReader reader, const FormatInput &input)
{
    FormatRead read;
    read.ok = reader(input, &read.imported, &read.error);
    return read;
}

QStringList headings(const Reading &reading)
{
    QStringList result;
    for (const Block &block : reading.body) {
        if (block.kind == Block::Heading)
            result.append(QStringLiteral("%1 %2").arg(block.headingLevel).arg(block.text));
    }
    return result;
}

QString allText(const Reading &reading)
{
    QString text = plainText(reading.body);
    for (const Footnote &note : reading.footnotes)
        text += QLatin1Char('\n') + plainText(note.blocks);
    return text;
}

bool readWholeSource(const QString &path, Reading *whole)
{
    const ImportedText imported = readSource(path);
    if (imported.readings.isEmpty())
        return false;
    *whole = imported.readings.first();
    for (int part = 1; part < imported.readings.size(); ++part)
        whole->body += imported.readings.at(part).body;
    return true;
}

void addTypesettingTexts()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("Red Letter sample") << corpusFile(QStringLiteral("red-letter/dictatorship-of-the-proletariat.md"));
    QTest::newRow("Lenin, State and Revolution")
        << corpusFile(QStringLiteral("plain/miaderived_lenin_state-and-revolution.txt"));
    QTest::newRow("Manifest, German original") << corpusFile(QStringLiteral("markdown/comtext_marx-engels_manifest_de.md"));
    QTest::newRow("Russian essay (ours)") << sourceDir() + QStringLiteral("/tests/data/reading-in-installments.ru.md");
}

} // namespace redletter::test
