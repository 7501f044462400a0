// SPDX-License-Identifier: GPL-3.0-or-later
#include "reading/readingjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace redletter;

Q_DECLARE_METATYPE(redletter::Reading)

namespace {

Block paragraph(const QString &text, int sourceLine = 0)
{
    Block block;
    block.text = text;
    block.sourceLine = sourceLine;
    return block;
}

StyleRange style(StyleRange::Style kind, int start, int end, const QString &href = QString())
{
    StyleRange range;
    range.style = kind;
    range.start = start;
    range.end = end;
    range.href = href;
    return range;
}

Anchor anchor(Anchor::Kind kind, int start, int end, int index)
{
    Anchor result;
    result.kind = kind;
    result.start = start;
    result.end = end;
    result.index = index;
    return result;
}

// Every field of Reading set to something other than its default, with text that is hard on
// JSON writers: non-BMP characters (surrogate pairs), U+2028/U+2029 (invalid in JavaScript string
// literals), quotes, backslashes, control characters.
Reading everyField()
{
    Reading reading;
    reading.id = QStringLiteral("rosa-luxemburg--sozialreform-oder-revolution");
    reading.title = QStringLiteral("Sozialreform oder Revolution? „Grüße“ ✊🏽");
    reading.author = QStringLiteral("Rosa Luxemburg");
    reading.work = QStringLiteral("Werke, Band 1/1");
    reading.year = 1899;
    reading.editor = QStringLiteral("Red Letter");
    reading.source = QUrl(QStringLiteral("https://example.org/archiv/luxemburg/1899/sozialreform/índex.htm?q=ü&x=1#kapitel 2"));
    reading.translator = QStringLiteral("Иван Петров");
    reading.language = QStringLiteral("de");
    reading.tagline = QStringLiteral("Tagline with \"quotes\", a \\ backslash and a\ttab");
    reading.tags = QStringList{QStringLiteral("reform"), QStringLiteral("révolution"), QStringLiteral("𝔐arx")};
    reading.curatedDate = QDate(2026, 5, 1);
    reading.editorMinutes = 14;
    reading.extraMetadata = {
        {QStringLiteral("series"), QStringLiteral("[a, b]")},
        {QStringLiteral("note"), QStringLiteral("|\n  two\n  lines\n")},
    };

    reading.editorialNotes = {
        RichText{QStringLiteral("Hold on to this phrase."), {style(StyleRange::Emphasis, 8, 12)}},
        RichText{QStringLiteral("See the [Manifesto](x)."), {style(StyleRange::Link, 8, 16, QStringLiteral("https://example.org/m"))}},
    };

    Footnote first;
    first.label = QStringLiteral("1");
    first.blocks = {paragraph(QStringLiteral("My italics — R. L."), 90)};
    first.blocks[0].styles = {style(StyleRange::Emphasis, 3, 10)};
    Footnote second;
    second.label = QStringLiteral("note");
    second.blocks = {paragraph(QStringLiteral("First paragraph of a long note."), 92),
                     paragraph(QStringLiteral("Second, pointing at another note"), 94)};
    second.blocks[1].anchors = {anchor(Anchor::FootnoteReference, 32, 32, 0)};
    reading.footnotes = {first, second};

    Block heading = paragraph(QStringLiteral("Die Methode"), 12);
    heading.kind = Block::Heading;
    heading.headingLevel = 2;

    Block quote = paragraph(QStringLiteral("Quoted ✊🏽 text") + QChar(0x2028) + QStringLiteral("after a line separator")
                                + QChar(0x2029) + QStringLiteral("and a paragraph separator"),
                            14);
    quote.quoteDepth = 2;
    const int emoji = int(quote.text.indexOf(QStringLiteral("✊🏽")));
    quote.styles = {style(StyleRange::Strong, emoji, emoji + 4), style(StyleRange::Strikethrough, 0, 6)};

    Block item = paragraph(QStringLiteral("the rule — unrestricted by law"), 20);
    item.listDepth = 2;
    item.ordered = true;
    item.listNumber = 3;
    item.listItemStart = true;
    item.styles = {style(StyleRange::Code, 4, 8), style(StyleRange::Link, 11, 23, QStringLiteral("https://example.org/a?b=c&d=\"e\""))};
    item.anchors = {anchor(Anchor::EditorialNote, 4, 30, 0), anchor(Anchor::FootnoteReference, 30, 30, 1)};

    Block code = paragraph(QStringLiteral("int main() {\n\treturn 0; // \\ \"\x01\"\n}"), 30);
    code.kind = Block::CodeBlock;

    Block rule;
    rule.kind = Block::ThematicBreak;
    rule.sourceLine = 40;

    Block plain = paragraph(QStringLiteral("A point note"), 42);
    plain.anchors = {anchor(Anchor::EditorialNote, 12, 12, 1)};

    reading.introduction = {paragraph(QStringLiteral("Calm down, we read this critically."), 11)};
    reading.introduction[0].styles = {style(StyleRange::Emphasis, 0, 4)};
    reading.body = {heading, quote, item, code, rule, plain};
    return reading;
}

QJsonObject toObject(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("test data is not a JSON object: %s", json);
    return document.object();
}

// A minimal valid stored reading with one body block, to break in one place at a time.
QJsonObject minimalWithBlock(const QJsonObject &block)
{
    Reading reading;
    reading.id = QStringLiteral("x");
    reading.title = QStringLiteral("X");
    QJsonObject json = readingToJson(reading);
    json.insert(QStringLiteral("body"), QJsonArray{block});
    return json;
}

} // namespace

class TestReadingJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void storedShape_namesEnumsAndCarriesFormat();
    void storedShape_leavesDefaultBlockFieldsOut();
    void malformed_data();
    void malformed();
    void malformed_anyFieldReplacedByAnyType_neverCrashes();
    void fuzzFound_invalidSourceUrl_isDroppedSoTheReadingSurvivesItsJson();
    void fuzzFound_sourceFragmentWithHash_isStableThroughItsJson();
};

void TestReadingJson::roundTrip_data()
{
    QTest::addColumn<Reading>("reading");

    QTest::newRow("default-constructed reading") << Reading();

    Reading metadataOnly;
    metadataOnly.id = QStringLiteral("a--b");
    metadataOnly.title = QStringLiteral("B");
    metadataOnly.author = QStringLiteral("A");
    QTest::newRow("metadata only, no text") << metadataOnly;

    QTest::newRow("every field set") << everyField();

    Reading emptyLanguage = everyField();
    emptyLanguage.language.clear();
    QTest::newRow("empty language is not turned into the default en") << emptyLanguage;

    Reading negative = everyField();
    negative.year = -50; // 50 BC
    negative.curatedDate = QDate();
    negative.editorMinutes = 0;
    negative.source = QUrl();
    QTest::newRow("negative year, no curated date, no source") << negative;

    Reading onlyNonBmp;
    onlyNonBmp.id = QStringLiteral("𝔐");
    onlyNonBmp.title = QStringLiteral("😀😀") + QChar(0x2028);
    onlyNonBmp.body = {paragraph(QStringLiteral("😀 😀"))};
    onlyNonBmp.body[0].styles = {style(StyleRange::Emphasis, 0, 2), style(StyleRange::Strong, 3, 5)};
    QTest::newRow("offsets inside surrogate pairs text") << onlyNonBmp;
}

void TestReadingJson::roundTrip()
{
    QFETCH(Reading, reading);

    const QJsonObject json = readingToJson(reading);
    // Through bytes, the way the catalog stores it.
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QVERIFY(document.isObject());

    Reading back;
    back.title = QStringLiteral("must be overwritten");
    QString error;
    QVERIFY2(readingFromJson(document.object(), &back, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(back == reading);
    // operator== covers every field; spot-check the ones most likely to be lost on the way.
    QCOMPARE(back.source, reading.source);
    QCOMPARE(back.language, reading.language);
    QCOMPARE(back.body.size(), reading.body.size());

    // Writing what was read gives the same bytes: the content hash is stable across imports.
    QCOMPARE(QJsonDocument(readingToJson(back)).toJson(QJsonDocument::Compact), bytes);
}

void TestReadingJson::storedShape_namesEnumsAndCarriesFormat()
{
    const QJsonObject json = readingToJson(everyField());
    QCOMPARE(json.value(QStringLiteral("format")).toInt(), 1);
    const QJsonArray body = json.value(QStringLiteral("body")).toArray();
    QCOMPARE(body.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("heading"));
    QCOMPARE(body.at(3).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("code"));
    QCOMPARE(body.at(4).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("thematicBreak"));
    const QJsonObject item = body.at(2).toObject();
    QCOMPARE(item.value(QStringLiteral("styles")).toArray().at(1).toObject().value(QStringLiteral("style")).toString(),
             QStringLiteral("link"));
    QCOMPARE(item.value(QStringLiteral("anchors")).toArray().at(0).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("note"));
    QCOMPARE(item.value(QStringLiteral("anchors")).toArray().at(1).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("footnote"));
    QCOMPARE(json.value(QStringLiteral("curatedDate")).toString(), QStringLiteral("2026-05-01"));
    QVERIFY(readingToJson(Reading()).value(QStringLiteral("curatedDate")).isNull());
}

void TestReadingJson::storedShape_leavesDefaultBlockFieldsOut()
{
    Reading reading;
    reading.body = {paragraph(QStringLiteral("plain"))};
    const QJsonObject block = readingToJson(reading).value(QStringLiteral("body")).toArray().at(0).toObject();
    QCOMPARE(block.keys(), (QStringList{QStringLiteral("kind"), QStringLiteral("text")}));
}

void TestReadingJson::malformed_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("expectedError"); // a part of the message: what and where

    const QJsonObject valid = readingToJson(everyField());
    const auto with = [&valid](const char *key, const QJsonValue &value) {
        QJsonObject json = valid;
        json.insert(QLatin1String(key), value);
        return json;
    };
    const auto withBlock = [](const char *json) { return minimalWithBlock(toObject(json)); };

    QTest::newRow("empty object") << QJsonObject() << QStringLiteral("\"format\"");
    QJsonObject noFormat = valid;
    noFormat.remove(QStringLiteral("format"));
    QTest::newRow("no format key") << noFormat << QStringLiteral("\"format\"");
    QTest::newRow("format is a string") << with("format", QStringLiteral("1")) << QStringLiteral("format: expected a number");
    QTest::newRow("format from the future") << with("format", 2) << QStringLiteral("unsupported content format 2");
    QTest::newRow("format 0") << with("format", 0) << QStringLiteral("unsupported content format 0");
    QTest::newRow("format 1.5") << with("format", 1.5) << QStringLiteral("unsupported content format 1.5");

    QTest::newRow("title is a number") << with("title", 3) << QStringLiteral("title: expected a string, found a number");
    QTest::newRow("id is null") << with("id", QJsonValue::Null) << QStringLiteral("id: expected a string, found null");
    QTest::newRow("language is an object") << with("language", QJsonObject()) << QStringLiteral("language: expected a string, found an object");
    QTest::newRow("year is fractional") << with("year", 1899.5) << QStringLiteral("year: expected an integer, found 1899.5");
    QTest::newRow("year beyond int") << with("year", 1e20) << QStringLiteral("year: expected an integer");
    QTest::newRow("year is a string") << with("year", QStringLiteral("1899")) << QStringLiteral("year: expected an integer, found a string");
    QTest::newRow("editorMinutes negative") << with("editorMinutes", -3) << QStringLiteral("editorMinutes: -3 is below");
    QTest::newRow("tags is a string") << with("tags", QStringLiteral("a, b")) << QStringLiteral("tags: expected an array, found a string");
    QTest::newRow("tag is a number") << with("tags", QJsonArray{QStringLiteral("a"), 2}) << QStringLiteral("tags[1]: expected a string, found a number");
    QTest::newRow("curatedDate not a date") << with("curatedDate", QStringLiteral("2026-02-30")) << QStringLiteral("curatedDate: \"2026-02-30\" is not a date");
    QTest::newRow("curatedDate is a number") << with("curatedDate", 20260501) << QStringLiteral("curatedDate: expected a date string or null");
    QTest::newRow("extraMetadata item is a string") << with("extraMetadata", QJsonArray{QStringLiteral("k: v")}) << QStringLiteral("extraMetadata[0]: expected an object, found a string");
    QTest::newRow("extraMetadata yaml is an array") << with("extraMetadata", QJsonArray{toObject(R"({"key":"k","yaml":[]})")}) << QStringLiteral("extraMetadata[0].yaml: expected a string, found an array");
    QTest::newRow("body is an object") << with("body", QJsonObject()) << QStringLiteral("body: expected an array, found an object");
    QTest::newRow("body item is a number") << with("body", QJsonArray{1}) << QStringLiteral("body[0]: expected an object, found a number");
    QTest::newRow("footnote blocks is a string") << with("footnotes", QJsonArray{toObject(R"({"label":"1","blocks":"x"})")}) << QStringLiteral("footnotes[0].blocks: expected an array");
    QTest::newRow("footnote block without kind") << with("footnotes", QJsonArray{toObject(R"({"label":"1","blocks":[{"text":"x"}]})")}) << QStringLiteral("footnotes[0].blocks[0].kind: expected a string, found nothing");
    QTest::newRow("editorial note style past its text") << with("editorialNotes", QJsonArray{toObject(R"({"text":"abc","styles":[{"style":"strong","start":1,"end":4}]})")}) << QStringLiteral("editorialNotes[0].styles[0]: range 1–4 does not fit in a text of length 3");

    QTest::newRow("block kind unknown") << withBlock(R"({"kind":"table","text":"x"})") << QStringLiteral("body[0].kind: unknown value \"table\"");
    QTest::newRow("block kind is a number") << withBlock(R"({"kind":0,"text":"x"})") << QStringLiteral("body[0].kind: expected a string, found a number");
    QTest::newRow("block text is an array") << withBlock(R"({"kind":"paragraph","text":["x"]})") << QStringLiteral("body[0].text: expected a string, found an array");
    QTest::newRow("ordered is a number") << withBlock(R"({"kind":"paragraph","text":"x","ordered":1})") << QStringLiteral("body[0].ordered: expected true or false");
    QTest::newRow("quoteDepth negative") << withBlock(R"({"kind":"paragraph","text":"x","quoteDepth":-1})") << QStringLiteral("body[0].quoteDepth: -1 is below");
    QTest::newRow("headingLevel negative") << withBlock(R"({"kind":"heading","text":"x","headingLevel":-2})") << QStringLiteral("body[0].headingLevel: -2 is below");
    QTest::newRow("styles is an object") << withBlock(R"({"kind":"paragraph","text":"x","styles":{}})") << QStringLiteral("body[0].styles: expected an array, found an object");
    QTest::newRow("style unknown") << withBlock(R"({"kind":"paragraph","text":"abc","styles":[{"style":"blink","start":0,"end":1}]})") << QStringLiteral("body[0].styles[0].style: unknown value \"blink\"");
    QTest::newRow("style end past the text") << withBlock(R"({"kind":"paragraph","text":"abc","styles":[{"style":"emphasis","start":0,"end":4}]})") << QStringLiteral("body[0].styles[0]: range 0–4 does not fit in a text of length 3");
    QTest::newRow("style start negative") << withBlock(R"({"kind":"paragraph","text":"abc","styles":[{"style":"emphasis","start":-1,"end":1}]})") << QStringLiteral("range -1–1");
    QTest::newRow("style start after end") << withBlock(R"({"kind":"paragraph","text":"abc","styles":[{"style":"emphasis","start":2,"end":1}]})") << QStringLiteral("range 2–1");
    QTest::newRow("style href is a number") << withBlock(R"({"kind":"paragraph","text":"abc","styles":[{"style":"link","start":0,"end":1,"href":5}]})") << QStringLiteral("body[0].styles[0].href: expected a string");
    QTest::newRow("anchor kind unknown") << withBlock(R"({"kind":"paragraph","text":"abc","anchors":[{"kind":"comment","start":0,"end":0,"index":0}]})") << QStringLiteral("body[0].anchors[0].kind: unknown value \"comment\"");
    QTest::newRow("footnote anchor without footnotes") << withBlock(R"({"kind":"paragraph","text":"abc","anchors":[{"kind":"footnote","start":3,"end":3,"index":0}]})") << QStringLiteral("body[0].anchors[0].index: 0 points past the 0 footnote(s)");
    QTest::newRow("note anchor index negative") << withBlock(R"({"kind":"paragraph","text":"abc","anchors":[{"kind":"note","start":0,"end":3,"index":-1}]})") << QStringLiteral("body[0].anchors[0].index: -1 points past");
    QTest::newRow("anchor past the text") << withBlock(R"({"kind":"paragraph","text":"abc","anchors":[{"kind":"note","start":0,"end":9,"index":0}]})") << QStringLiteral("body[0].anchors[0]: range 0–9");
    QTest::newRow("anchor start is a string") << withBlock(R"({"kind":"paragraph","text":"abc","anchors":[{"kind":"note","start":"0","end":1,"index":0}]})") << QStringLiteral("body[0].anchors[0].start: expected an integer, found a string");
}

void TestReadingJson::malformed()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, expectedError);

    const Reading untouched = everyField();
    Reading reading = untouched;
    QString error;
    QVERIFY(!readingFromJson(json, &reading, &error));
    QVERIFY2(error.contains(expectedError), qPrintable(QStringLiteral("error was: ") + error));
    QVERIFY2(reading == untouched, "a failed read must leave the reading as it was");
}

// Not a table of expectations but a sweep: every field of a full stored reading, at every level,
// replaced by a value of every JSON type. Each must either read or fail with a message.
void TestReadingJson::malformed_anyFieldReplacedByAnyType_neverCrashes()
{
    const QJsonValue replacements[] = {
        QJsonValue(QJsonValue::Null), QJsonValue(true), QJsonValue(-1), QJsonValue(1e300),
        QJsonValue(QStringLiteral("x")), QJsonValue(QJsonArray{1, QStringLiteral("a")}),
        QJsonValue(QJsonObject{{QStringLiteral("k"), 1}}),
    };

    int tried = 0;
    int refused = 0;
    const std::function<void(const QJsonObject &, const std::function<QJsonObject(const QJsonObject &)> &)> sweep =
        [&](const QJsonObject &object, const std::function<QJsonObject(const QJsonObject &)> &rebuild) {
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QString key = it.key();
                for (const QJsonValue &replacement : replacements) {
                    QJsonObject changed = object;
                    changed.insert(key, replacement);
                    Reading reading;
                    QString error;
                    ++tried;
                    if (!readingFromJson(rebuild(changed), &reading, &error)) {
                        ++refused;
                        QVERIFY2(!error.isEmpty(), qPrintable(key));
                    }
                }
                const QJsonValue value = it.value();
                if (value.isObject()) {
                    sweep(value.toObject(), [&rebuild, object, key](const QJsonObject &inner) {
                        QJsonObject outer = object;
                        outer.insert(key, inner);
                        return rebuild(outer);
                    });
                } else if (value.isArray()) {
                    const QJsonArray array = value.toArray();
                    for (int i = 0; i < int(array.size()); ++i) {
                        if (!array.at(i).isObject())
                            continue;
                        sweep(array.at(i).toObject(), [&rebuild, object, key, array, i](const QJsonObject &inner) {
                            QJsonArray copy = array;
                            copy.replace(i, inner);
                            QJsonObject outer = object;
                            outer.insert(key, copy);
                            return rebuild(outer);
                        });
                    }
                }
            }
        };
    sweep(readingToJson(everyField()), [](const QJsonObject &json) { return json; });

    QVERIFY2(tried > 500, qPrintable(QString::number(tried)));
    // Most replacements are of the wrong type; a few (null curatedDate, -1 year, ...) are fine.
    QVERIFY2(refused > tried / 2, qPrintable(QStringLiteral("%1 of %2 refused").arg(refused).arg(tried)));
}

// Found by tests/fuzz/fuzz_readingjson: a stored "source" that is no valid URL (a '+' in the
// host) was kept as an invalid QUrl, written back as "" and so lost on the next save — the
// reading changed through its own JSON. An invalid source is now no source, on the first read.
void TestReadingJson::fuzzFound_invalidSourceUrl_isDroppedSoTheReadingSurvivesItsJson()
{
    const QJsonObject stored{{QStringLiteral("format"), 1},
                             {QStringLiteral("title"), QStringLiteral("T")},
                             {QStringLiteral("source"), QStringLiteral("https://red+letter.invalid/seed")},
                             {QStringLiteral("body"), QJsonArray()}};
    Reading first;
    QString error;
    QVERIFY2(readingFromJson(stored, &first, &error), qPrintable(error));
    QVERIFY(first.source.isEmpty());
    Reading again;
    QVERIFY2(readingFromJson(readingToJson(first), &again, &error), qPrintable(error));
    QCOMPARE(again, first);

    // A valid source is kept exactly.
    QJsonObject valid = stored;
    valid.insert(QStringLiteral("source"), QStringLiteral("https://redletter.invalid/seed?x=1"));
    QVERIFY2(readingFromJson(valid, &first, &error), qPrintable(error));
    QCOMPARE(first.source, QUrl(QStringLiteral("https://redletter.invalid/seed?x=1")));
}

// Found by tests/fuzz/fuzz_readingjson in CI: QUrl's tolerant parsing keeps a second '#' in the
// fragment literally; written FullyEncoded it becomes "%23", which the next parse keeps encoded.
// The reading differed from itself after one save. The source is now read as it will be written.
void TestReadingJson::fuzzFound_sourceFragmentWithHash_isStableThroughItsJson()
{
    const QString hostile = QStringLiteral("//#") + QChar(0) + QStringLiteral("#") + QChar(0);
    QJsonObject stored{{QStringLiteral("format"), 1},
                       {QStringLiteral("title"), QStringLiteral("T")},
                       {QStringLiteral("source"), hostile},
                       {QStringLiteral("body"), QJsonArray()}};
    // Sanity: the Qt behaviour this guards against is still there (else this test proves little).
    const QUrl tolerant(hostile);
    QVERIFY(tolerant.isValid());
    QVERIFY(QUrl(tolerant.toString(QUrl::FullyEncoded)) != tolerant);

    for (const QString &source : {hostile, QStringLiteral("https://example.org/a#b#c d%zz")}) {
        stored.insert(QStringLiteral("source"), source);
        Reading first;
        QString error;
        QVERIFY2(readingFromJson(stored, &first, &error), qPrintable(error));
        QVERIFY2(first.source.isValid(), qPrintable(source));
        Reading again;
        QVERIFY2(readingFromJson(readingToJson(first), &again, &error), qPrintable(error));
        QCOMPARE(again.source.toString(QUrl::FullyEncoded), first.source.toString(QUrl::FullyEncoded));
        QCOMPARE(again, first);
    }
}

QTEST_GUILESS_MAIN(TestReadingJson)
#include "tst_readingjson.moc"
