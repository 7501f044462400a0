// SPDX-License-Identifier: GPL-3.0-or-later
// What the export tests and bench_export share: the sample reading with annotations made the way
// the reader makes them and then imported from W3C JSON, the command-line PDF tools, and the
// comparison of text that went through typesetting and pdftotext.
#pragma once

#include "annotations/annotatabletext.h"
#include "annotations/annotation.h"
#include "annotations/annotationjson.h"
#include "exporting/exportoptions.h"
#include "exporting/w3cexport.h"
#include "importing/importer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QVector>

namespace redletter::test {

inline Block paragraph(const QString &text)
{
    Block block;
    block.text = text;
    return block;
}

/*!
 * A small made-up reading: an introduction, three paragraphs (the third of 30 numbered sentences,
 * long enough to be quoted by sentences), one footnote (mark after "owned"), two editorial notes
 * (on "Land yields rent" and on the long paragraph's first word). Source https://example.org/rent.
 */
inline Reading smallReading()
{
    Reading r;
    r.id = QStringLiteral("test--rent");
    r.title = QStringLiteral("On Rent");
    r.author = QStringLiteral("A. Writer");
    r.work = QStringLiteral("Essays");
    r.year = 1901;
    r.source = QUrl(QStringLiteral("https://example.org/rent"));
    r.introduction.append(paragraph(QStringLiteral("Read this slowly.")));

    Block first = paragraph(QStringLiteral("Land yields rent because it is owned, not because it works."));
    first.anchors.append({Anchor::FootnoteReference, 36, 36, 0});
    first.anchors.append({Anchor::EditorialNote, 0, 16, 0}); // "Land yields rent"
    r.body.append(first);
    r.body.append(paragraph(QStringLiteral("A second paragraph follows here.")));
    QStringList sentences;
    for (int i = 1; i <= 30; ++i)
        sentences << QStringLiteral("Sentence number %1 says a little about rent.").arg(i);
    Block long_ = paragraph(sentences.join(QLatin1Char(' ')));
    long_.anchors.append({Anchor::EditorialNote, 0, 8, 1}); // "Sentence" at the very start
    r.body.append(long_);

    Footnote note;
    note.label = QStringLiteral("1");
    note.blocks.append(paragraph(QStringLiteral("Ricardo, ch. 2.")));
    r.footnotes.append(note);
    r.editorialNotes.append({QStringLiteral("Owned by whom?"), {}});
    r.editorialNotes.append({QStringLiteral("A long one."), {}});
    return r;
}

//! A highlight made at 09:00 UTC on 24 November 2026 on the first @p quote in body block @p block.
inline Annotation highlight(const Reading &reading, int block, const QString &quote, const QString &note = {})
{
    const AnnotatableText text(reading);
    const int offset = reading.body.at(block).text.indexOf(quote);
    Q_ASSERT(offset >= 0);
    const int start = text.toTextOffset({TextLocation::Body, block, offset});
    Annotation a = makeAnnotation(text, start, start + int(quote.size()),
                                  QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC));
    a.note = note;
    return a;
}

//! Reads a reading file; false (and @p error) if it cannot be imported.
inline bool importReading(const QString &path, Reading *reading, QString *error)
{
    SourceError sourceError;
    if (!Importer::importFile(path, reading, &sourceError)) {
        *error = sourceError.toString();
        return false;
    }
    return true;
}

/*!
 * @p count highlights on body paragraphs of @p reading, at places drawn from a generator seeded
 * with @p seed, each from a word start to a word end, 20 to 140 characters long (with
 * @p distinctParagraphs, never two in one paragraph, so that each is a passage of its own, as long
 * as the reading has paragraphs enough). Two of three carry
 * a note ("Remark N of the sample: …"), every fifth the tag "study"; colours cycle.
 */
inline QVector<Annotation> makeSampleAnnotations(const Reading &reading, int count, quint32 seed,
                                                 const QDateTime &firstCreated,
                                                 bool distinctParagraphs = false)
{
    const AnnotatableText text(reading);
    QVector<int> blocks;
    for (int b = 0; b < reading.body.size(); ++b) {
        if (reading.body.at(b).kind == Block::Paragraph && reading.body.at(b).text.size() >= 60)
            blocks.append(b);
    }
    QVector<Annotation> annotations;
    if (blocks.isEmpty())
        return annotations;
    QRandomGenerator random(seed);
    const QStringList colors = annotationColors();
    for (int k = 0; k < count; ++k) {
        if (blocks.isEmpty())
            break;
        const int pick = random.bounded(int(blocks.size()));
        const int block = blocks.at(pick);
        if (distinctParagraphs)
            blocks.removeAt(pick); // one highlight a paragraph: one passage each
        const QString &blockText = reading.body.at(block).text;
        int start = random.bounded(int(blockText.size()) - 30);
        while (start > 0 && !blockText.at(start - 1).isSpace())
            --start;
        int end = qMin(int(blockText.size()), start + 20 + random.bounded(120));
        while (end < blockText.size() && blockText.at(end).isLetterOrNumber())
            ++end;
        while (end > start && (blockText.at(end - 1).isSpace()))
            --end;
        const int offset = text.toTextOffset({TextLocation::Body, block, 0});
        Annotation annotation = makeAnnotation(text, offset + start, offset + end,
                                               firstCreated.addSecs(60 * k), colors.at(k % colors.size()));
        if (k % 3 != 2)
            annotation.note = QStringLiteral("Remark %1 of the sample: read this against the introduction.")
                                  .arg(k + 1);
        if (k % 5 == 0)
            annotation.tags = QStringList{QStringLiteral("study")};
        annotations.append(annotation);
    }
    return annotations;
}

//! @p annotations as a W3C AnnotationPage targeting @p source, made with toW3cJson().
inline QByteArray annotationPageJson(const QVector<Annotation> &annotations, const QString &source)
{
    QJsonArray items;
    for (const Annotation &annotation : annotations)
        items.append(toW3cJson(annotation, source));
    QJsonObject page;
    page.insert(QStringLiteral("type"), QStringLiteral("AnnotationPage"));
    page.insert(QStringLiteral("items"), items);
    return QJsonDocument(page).toJson();
}

/*!
 * The sample reading (Red Letter's "The Dictatorship of the Proletariat") with @p count sample
 * annotations that went through W3C JSON and importAnnotationsJson(), as the app would get them
 * from a file. False with @p error when the corpus or the import fails.
 */
inline bool sampleSource(const QString &corpusPath, int count, ExportSource *source, QString *error)
{
    ExportSource sample;
    if (!importReading(corpusPath, &sample.reading, error))
        return false;
    sample.servedOn = QDate(2026, 11, 24);
    const QVector<Annotation> made = makeSampleAnnotations(
        sample.reading, count, 1917, QDateTime(QDate(2026, 11, 24), QTime(7, 30), Qt::UTC));
    const QByteArray json = annotationPageJson(made, annotationTargetSource(sample.reading));
    QVector<ExportSource> sources{sample};
    AnnotationImportReport report;
    if (!importAnnotationsJson(json, &sources, &report, error))
        return false;
    if (report.imported != count) {
        *error = QStringLiteral("imported %1 of %2 annotations").arg(report.imported).arg(count);
        return false;
    }
    *source = sources.first();
    return true;
}

//! Runs a command-line tool; -1 if it is not installed. Output in @p out, errors in @p err.
inline int runTool(const QString &program, const QStringList &arguments, QByteArray *out = nullptr,
                   QByteArray *err = nullptr)
{
    const QString executable = QStandardPaths::findExecutable(program);
    if (executable.isEmpty())
        return -1;
    QProcess process;
    process.start(executable, arguments);
    if (!process.waitForFinished(120000))
        return -2;
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -3;
}

/*!
 * What is left of a text for comparing it across typesetting and PDF text extraction: letters
 * (and with @p digits, digits) in lower case, after compatibility normalisation. Curly quotes,
 * dashes, soft hyphens, hyphenation at line ends, footnote marks and line breaks all disappear.
 */
inline QString skeleton(const QString &text, bool digits = false)
{
    const QString normalised = text.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(normalised.size());
    for (const QChar c : normalised) {
        if (c.isLetter() || (digits && c.isDigit()))
            out += c.toLower();
    }
    return out;
}

} // namespace redletter::test
