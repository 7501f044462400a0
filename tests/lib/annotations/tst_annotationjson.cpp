// SPDX-License-Identifier: GPL-3.0-or-later
// W3C Web Annotation JSON: what we write, what we read back, what we refuse.
#include "annotations/annotationjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace redletter;

Q_DECLARE_METATYPE(redletter::Annotation)

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute, int second, int msec = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, msec), Qt::UTC);
}

Annotation fullAnnotation()
{
    Annotation annotation;
    annotation.id = QStringLiteral("6f1c2a3e-8b9d-4e5f-a1b2-c3d4e5f60718");
    annotation.readingId = QStringLiteral("joseph-stalin--the-dictatorship-of-the-proletariat");
    annotation.quote.exact = QStringLiteral("the rule \"unrestricted by law\" ✊🏽\nand based on force");
    annotation.quote.prefix = QStringLiteral("Briefly: ");
    annotation.quote.suffix = QStringLiteral(" of the proletariat \\ over");
    annotation.position.start = 1200;
    annotation.position.end = 1251;
    annotation.note = QStringLiteral("Hold on to this phrase.\n\nSecond paragraph of my note.");
    annotation.color = QStringLiteral("pink");
    annotation.tags = QStringList{QStringLiteral("law"), QStringLiteral("violence"), QStringLiteral("état")};
    annotation.created = utc(2026, 3, 29, 0, 30, 5, 123); // the night Berlin changes to summer time
    annotation.modified = utc(2026, 3, 29, 1, 15, 0, 999);
    return annotation;
}

QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

//! A minimal valid annotation in the W3C format, to which a test case adds or changes one thing.
QByteArray minimal(const QByteArray &extra = QByteArray())
{
    return R"({"type": "Annotation", "id": "urn:uuid:11111111-2222-4333-8444-555555555555",
               "target": {"source": "urn:redletter:reading:x",
                          "selector": {"type": "TextQuoteSelector", "exact": "quoted"}})"
        + extra + "}";
}

} // namespace

class TestAnnotationJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTrip_data();
    void roundTrip();
    void toW3cJson_writesTheWebAnnotationModel();
    void toW3cJson_plainHighlightHasNoBody();
    void fromW3cJson_acceptsVariants_data();
    void fromW3cJson_acceptsVariants();
    void fromW3cJson_foreignIdsMapToStableUuids();
    void fromW3cJson_rejects_data();
    void fromW3cJson_rejects();
    void annotationsFromJson_containers_data();
    void annotationsFromJson_containers();
    void annotationsFromJson_rejects_data();
    void annotationsFromJson_rejects();
    void annotationsFromJson_reportsTheParsersOffset();
};

void TestAnnotationJson::roundTrip_data()
{
    QTest::addColumn<Annotation>("annotation");
    QTest::addColumn<QString>("source");

    QTest::newRow("every field, quotes, backslash, newline, emoji, milliseconds")
        << fullAnnotation() << readingUrn(fullAnnotation().readingId);

    Annotation highlight = fullAnnotation();
    highlight.note.clear();
    highlight.tags.clear();
    highlight.color = QStringLiteral("yellow");
    QTest::newRow("plain highlight: no note, no tags") << highlight << readingUrn(highlight.readingId);

    Annotation tagsOnly = highlight;
    tagsOnly.tags = QStringList{QStringLiteral("to-reread")};
    QTest::newRow("tags without a note") << tagsOnly << readingUrn(tagsOnly.readingId);

    Annotation noPosition = fullAnnotation();
    noPosition.position = TextPositionSelector();
    QTest::newRow("no position selector (imported without one)") << noPosition << readingUrn(noPosition.readingId);

    Annotation noContext = fullAnnotation();
    noContext.quote.prefix.clear();
    noContext.quote.suffix.clear();
    QTest::newRow("quote at the very start and end of the text: no prefix, no suffix")
        << noContext << readingUrn(noContext.readingId);

    Annotation noTimes = fullAnnotation();
    noTimes.created = QDateTime();
    noTimes.modified = QDateTime();
    QTest::newRow("no timestamps") << noTimes << readingUrn(noTimes.readingId);

    Annotation fromUrl = fullAnnotation();
    fromUrl.readingId.clear(); // only a readingUrn() source carries the reading id
    QTest::newRow("source is the reading's web address")
        << fromUrl << QStringLiteral("https://www.marxists.org/reference/archive/stalin/works/1924/foundations-leninism/ch04.htm");
}

void TestAnnotationJson::roundTrip()
{
    QFETCH(Annotation, annotation);
    QFETCH(QString, source);

    const QJsonObject json = toW3cJson(annotation, source);
    Annotation back;
    QString sourceBack;
    QString error;
    QVERIFY2(fromW3cJson(json, &back, &sourceBack, &error), qPrintable(error));
    QCOMPARE(back, annotation);
    QCOMPARE(sourceBack, source);

    // And through bytes, as a file would carry it.
    const QByteArray bytes = QJsonDocument(QJsonArray{json}).toJson();
    QVector<Annotation> annotations;
    QStringList sources;
    QVERIFY2(annotationsFromJson(bytes, &annotations, &sources, &error), qPrintable(error));
    QCOMPARE(annotations.size(), 1);
    QCOMPARE(annotations.first(), annotation);
    QCOMPARE(sources, QStringList{source});
}

void TestAnnotationJson::toW3cJson_writesTheWebAnnotationModel()
{
    const Annotation annotation = fullAnnotation();
    const QJsonObject json = toW3cJson(annotation, QStringLiteral("urn:redletter:reading:r"));

    QCOMPARE(json.value(QLatin1String("@context")).toString(), QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
    QCOMPARE(json.value(QLatin1String("type")).toString(), QStringLiteral("Annotation"));
    QCOMPARE(json.value(QLatin1String("id")).toString(), QStringLiteral("urn:uuid:") + annotation.id);
    QCOMPARE(json.value(QLatin1String("motivation")).toString(), QStringLiteral("commenting"));
    QCOMPARE(json.value(QLatin1String("created")).toString(), QStringLiteral("2026-03-29T00:30:05.123Z"));
    QCOMPARE(json.value(QLatin1String("modified")).toString(), QStringLiteral("2026-03-29T01:15:00.999Z"));

    const QJsonArray bodies = json.value(QLatin1String("body")).toArray();
    QCOMPARE(bodies.size(), 4);
    const QJsonObject comment = bodies.at(0).toObject();
    QCOMPARE(comment.value(QLatin1String("type")).toString(), QStringLiteral("TextualBody"));
    QCOMPARE(comment.value(QLatin1String("purpose")).toString(), QStringLiteral("commenting"));
    QCOMPARE(comment.value(QLatin1String("value")).toString(), annotation.note);
    for (int i = 1; i < 4; ++i) {
        QCOMPARE(bodies.at(i).toObject().value(QLatin1String("purpose")).toString(), QStringLiteral("tagging"));
        QCOMPARE(bodies.at(i).toObject().value(QLatin1String("value")).toString(), annotation.tags.at(i - 1));
    }

    const QJsonObject target = json.value(QLatin1String("target")).toObject();
    QCOMPARE(target.value(QLatin1String("source")).toString(), QStringLiteral("urn:redletter:reading:r"));
    const QJsonArray selectors = target.value(QLatin1String("selector")).toArray();
    QCOMPARE(selectors.size(), 2);
    const QJsonObject quote = selectors.at(0).toObject();
    QCOMPARE(quote.value(QLatin1String("type")).toString(), QStringLiteral("TextQuoteSelector"));
    QCOMPARE(quote.value(QLatin1String("exact")).toString(), annotation.quote.exact);
    QCOMPARE(quote.value(QLatin1String("prefix")).toString(), annotation.quote.prefix);
    QCOMPARE(quote.value(QLatin1String("suffix")).toString(), annotation.quote.suffix);
    const QJsonObject position = selectors.at(1).toObject();
    QCOMPARE(position.value(QLatin1String("type")).toString(), QStringLiteral("TextPositionSelector"));
    QCOMPARE(position.value(QLatin1String("start")).toInt(), 1200);
    QCOMPARE(position.value(QLatin1String("end")).toInt(), 1251);

    // The colour is ours, under a full IRI so that JSON-LD processors keep it apart.
    QVERIFY(w3cColorKey().startsWith(QLatin1String("https://")));
    QCOMPARE(json.value(w3cColorKey()).toString(), QStringLiteral("pink"));
}

void TestAnnotationJson::toW3cJson_plainHighlightHasNoBody()
{
    Annotation highlight = fullAnnotation();
    highlight.note.clear();
    highlight.tags.clear();
    const QJsonObject json = toW3cJson(highlight, QStringLiteral("urn:redletter:reading:r"));
    QVERIFY(!json.contains(QLatin1String("body")));
    QCOMPARE(json.value(QLatin1String("motivation")).toString(), QStringLiteral("highlighting"));
}

void TestAnnotationJson::fromW3cJson_acceptsVariants_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("color");
    QTest::addColumn<int>("positionStart");
    QTest::addColumn<QString>("source");

    const QString reading = QStringLiteral("urn:redletter:reading:x");
    QTest::newRow("minimal: one selector object, no body, no position")
        << minimal() << QString() << QStringList() << QStringLiteral("yellow") << -1 << reading;
    QTest::newRow("body as a single object")
        << minimal(R"(, "body": {"type": "TextualBody", "value": "a note", "purpose": "commenting"})")
        << QStringLiteral("a note") << QStringList() << QStringLiteral("yellow") << -1 << reading;
    QTest::newRow("bodyValue shortcut") << minimal(R"(, "bodyValue": "short note")") << QStringLiteral("short note")
                                        << QStringList() << QStringLiteral("yellow") << -1 << reading;
    QTest::newRow("body without purpose is a comment; several comments are joined")
        << minimal(R"(, "body": [{"type": "TextualBody", "value": "one"}, {"value": "two", "purpose": ["describing"]},
                                {"type": "TextualBody", "value": "tag", "purpose": ["tagging"]}])")
        << QStringLiteral("one\n\ntwo") << QStringList{QStringLiteral("tag")} << QStringLiteral("yellow") << -1 << reading;
    QTest::newRow("external bodies (IRIs, resources without value) are skipped")
        << minimal(R"(, "body": ["http://example.org/note1", {"id": "http://example.org/res", "type": "Image"}])")
        << QString() << QStringList() << QStringLiteral("yellow") << -1 << reading;
    QTest::newRow("our colour; a position selector in an array")
        << QByteArray(R"({"type": ["Annotation"], "https://redletter.invalid/ns#highlightColor": "blue",
                         "target": {"source": "s", "selector": [
                            {"type": "TextPositionSelector", "start": 7, "end": 13},
                            {"type": "TextQuoteSelector", "exact": "quoted", "prefix": "p", "suffix": "s"},
                            {"type": "XPathSelector", "value": "/p[1]"}]}})")
        << QString() << QStringList() << QStringLiteral("blue") << 7 << QStringLiteral("s");
    QTest::newRow("unknown colour becomes the default")
        << minimal(R"(, "https://redletter.invalid/ns#highlightColor": "chartreuse")")
        << QString() << QStringList() << QStringLiteral("yellow") << -1 << reading;
    QTest::newRow("target array: a whole-document IRI first, then the passage; source as an object")
        << QByteArray(R"({"type": "Annotation", "target": ["http://example.org/doc",
                         {"source": {"id": "http://example.org/doc", "type": "Text"},
                          "selector": {"type": "TextQuoteSelector", "exact": "quoted"}}]})")
        << QString() << QStringList() << QStringLiteral("yellow") << -1 << QStringLiteral("http://example.org/doc");
    QTest::newRow("target without source")
        << QByteArray(R"({"target": {"selector": {"type": "TextQuoteSelector", "exact": "quoted"}}})")
        << QString() << QStringList() << QStringLiteral("yellow") << -1 << QString();
}

void TestAnnotationJson::fromW3cJson_acceptsVariants()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, note);
    QFETCH(QStringList, tags);
    QFETCH(QString, color);
    QFETCH(int, positionStart);
    QFETCH(QString, source);

    const QJsonObject object = parseObject(json);
    QVERIFY2(!object.isEmpty(), "the test's JSON should parse");
    Annotation annotation;
    QString sourceOut;
    QString error;
    QVERIFY2(fromW3cJson(object, &annotation, &sourceOut, &error), qPrintable(error));
    QCOMPARE(annotation.quote.exact, QStringLiteral("quoted"));
    QCOMPARE(annotation.note, note);
    QCOMPARE(annotation.tags, tags);
    QCOMPARE(annotation.color, color);
    QCOMPARE(annotation.position.start, positionStart);
    QCOMPARE(sourceOut, source);
    QCOMPARE(annotation.readingId, source == QLatin1String("urn:redletter:reading:x") ? QStringLiteral("x") : QString());
    QVERIFY(!QUuid(annotation.id).isNull());
}

void TestAnnotationJson::fromW3cJson_foreignIdsMapToStableUuids()
{
    const QByteArray json = R"({"id": "https://hypothes.is/a/AbC123", "created": "2026-03-29T02:30:00+02:00",
                               "target": {"selector": {"type": "TextQuoteSelector", "exact": "quoted"}}})";
    Annotation first;
    Annotation second;
    QVERIFY(fromW3cJson(parseObject(json), &first, nullptr, nullptr));
    QVERIFY(fromW3cJson(parseObject(json), &second, nullptr, nullptr));
    QVERIFY(!QUuid(first.id).isNull());
    QCOMPARE(first.id, second.id); // importing twice does not duplicate
    QCOMPARE(first.created, utc(2026, 3, 29, 0, 30, 0)); // offsets are turned into UTC
    QCOMPARE(first.created.timeSpec(), Qt::UTC);

    Annotation withoutId;
    QVERIFY(fromW3cJson(parseObject(R"({"target": {"selector": {"type": "TextQuoteSelector", "exact": "q"}}})"),
                        &withoutId, nullptr, nullptr));
    QVERIFY(!QUuid(withoutId.id).isNull());

    Annotation bareUuid;
    QVERIFY(fromW3cJson(parseObject(R"({"id": "{11111111-2222-4333-8444-555555555555}",
                                        "target": {"selector": {"type": "TextQuoteSelector", "exact": "q"}}})"),
                        &bareUuid, nullptr, nullptr));
    QCOMPARE(bareUuid.id, QStringLiteral("11111111-2222-4333-8444-555555555555"));
}

void TestAnnotationJson::fromW3cJson_rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("an AnnotationPage is not an Annotation")
        << QByteArray(R"({"type": "AnnotationPage", "items": []})") << QStringLiteral("not an Annotation");
    QTest::newRow("no target") << QByteArray(R"({"type": "Annotation", "body": {"value": "x"}})")
                               << QStringLiteral("no \"target\"");
    QTest::newRow("target is only a document IRI")
        << QByteArray(R"({"type": "Annotation", "target": "http://example.org/doc"})") << QStringLiteral("no selector");
    QTest::newRow("no TextQuoteSelector")
        << QByteArray(R"({"target": {"source": "s", "selector": {"type": "TextPositionSelector", "start": 1, "end": 2}}})")
        << QStringLiteral("no TextQuoteSelector");
    QTest::newRow("empty exact")
        << QByteArray(R"({"target": {"selector": {"type": "TextQuoteSelector", "exact": ""}}})") << QStringLiteral("\"exact\"");
    QTest::newRow("exact is a number")
        << QByteArray(R"({"target": {"selector": {"type": "TextQuoteSelector", "exact": 42}}})") << QStringLiteral("\"exact\"");
    QTest::newRow("prefix is not a string")
        << QByteArray(R"({"target": {"selector": {"type": "TextQuoteSelector", "exact": "q", "prefix": ["p"]}}})")
        << QStringLiteral("\"prefix\" is not a string");
    QTest::newRow("selector is a string") << QByteArray(R"({"target": {"selector": "TextQuoteSelector"}})")
                                          << QStringLiteral("not an object");
    QTest::newRow("negative position")
        << minimal(R"(, "target": {"selector": [{"type": "TextQuoteSelector", "exact": "q"},
                                                 {"type": "TextPositionSelector", "start": -1, "end": 2}]})")
        << QStringLiteral("\"start\" is not a non-negative integer");
    QTest::newRow("fractional position")
        << minimal(R"(, "target": {"selector": [{"type": "TextQuoteSelector", "exact": "q"},
                                                 {"type": "TextPositionSelector", "start": 1, "end": 2.5}]})")
        << QStringLiteral("\"end\" is not a non-negative integer");
    QTest::newRow("position as strings")
        << minimal(R"(, "target": {"selector": [{"type": "TextQuoteSelector", "exact": "q"},
                                                 {"type": "TextPositionSelector", "start": "1", "end": "2"}]})")
        << QStringLiteral("\"start\" is not a non-negative integer");
    QTest::newRow("position ends before it starts")
        << minimal(R"(, "target": {"selector": [{"type": "TextQuoteSelector", "exact": "q"},
                                                 {"type": "TextPositionSelector", "start": 9, "end": 2}]})")
        << QStringLiteral("ends (2) before it starts (9)");
    QTest::newRow("created is not a date") << minimal(R"(, "created": "yesterday")")
                                           << QStringLiteral("\"created\" is not an ISO 8601 date and time");
    QTest::newRow("modified is a number") << minimal(R"(, "modified": 1700000000)")
                                          << QStringLiteral("\"modified\" is not a string");
    QTest::newRow("body value is a number") << minimal(R"(, "body": {"value": 3})")
                                            << QStringLiteral("body 1: \"value\" is not a string");
    QTest::newRow("body item is a number") << minimal(R"(, "body": [{"value": "ok"}, 7])")
                                           << QStringLiteral("body 2 is neither");
    QTest::newRow("source is a number")
        << QByteArray(R"({"target": {"source": 5, "selector": {"type": "TextQuoteSelector", "exact": "q"}}})")
        << QStringLiteral("\"source\"");
    QTest::newRow("id is a number") << minimal(R"(, "id": 12)") << QStringLiteral("\"id\" is not a string");
}

void TestAnnotationJson::fromW3cJson_rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorContains);

    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(json, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));

    Annotation annotation = Annotation();
    annotation.note = QStringLiteral("untouched");
    QString source = QStringLiteral("untouched");
    QString error;
    QVERIFY(!fromW3cJson(object, &annotation, &source, &error));
    QVERIFY2(error.contains(errorContains), qPrintable(error));
    QCOMPARE(annotation.note, QStringLiteral("untouched"));
    QCOMPARE(source, QStringLiteral("untouched"));
    QVERIFY(!fromW3cJson(object, &annotation, nullptr, nullptr)); // null outputs are allowed
}

void TestAnnotationJson::annotationsFromJson_containers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("count");

    const QByteArray one = minimal();
    QTest::newRow("a JSON array") << QByteArray("[" + one + ", " + one + "]") << 2;
    QTest::newRow("an empty array") << QByteArray("[]") << 0;
    QTest::newRow("an AnnotationPage")
        << QByteArray(R"({"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationPage", "items": [)" + one
                      + ", " + one + ", " + one + "]}")
        << 3;
    QTest::newRow("an AnnotationCollection with its page embedded")
        << QByteArray(R"({"type": "AnnotationCollection", "total": 1, "first": {"type": "AnnotationPage", "items": [)" + one
                      + "]}}")
        << 1;
    QTest::newRow("a single annotation") << one << 1;
}

void TestAnnotationJson::annotationsFromJson_containers()
{
    QFETCH(QByteArray, json);
    QFETCH(int, count);
    QVector<Annotation> annotations;
    QStringList sources;
    QString error;
    QVERIFY2(annotationsFromJson(json, &annotations, &sources, &error), qPrintable(error));
    QCOMPARE(annotations.size(), count);
    QCOMPARE(sources.size(), count);
    for (const Annotation &annotation : std::as_const(annotations)) {
        QCOMPARE(annotation.quote.exact, QStringLiteral("quoted"));
        QCOMPARE(annotation.readingId, QStringLiteral("x"));
    }
}

void TestAnnotationJson::annotationsFromJson_rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("truncated JSON: the parser's offset is reported")
        << QByteArray(R"([{"type": "Annotation", "target": )") << QStringLiteral("not valid JSON: ");
    QTest::newRow("trailing comma") << QByteArray(R"([{"a": 1},])") << QStringLiteral("at byte offset ");
    QTest::newRow("not JSON at all") << QByteArray("<html></html>") << QStringLiteral("not valid JSON");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("second annotation is bad: numbered in the error")
        << QByteArray("[" + minimal() + R"(, {"type": "Annotation"}])")
        << QStringLiteral("annotation 2: the annotation has no \"target\"");
    QTest::newRow("array item is not an object")
        << QByteArray("[" + minimal() + ", 3]") << QStringLiteral("annotation 2: not a JSON object");
    QTest::newRow("page without items") << QByteArray(R"({"type": "AnnotationPage"})") << QStringLiteral("no \"items\" array");
    QTest::newRow("collection whose pages are elsewhere")
        << QByteArray(R"({"type": "AnnotationCollection", "first": "http://example.org/page1"})")
        << QStringLiteral("no embedded first page");
    QTest::newRow("collection of several pages")
        << QByteArray(R"({"type": "AnnotationCollection", "first": {"items": [], "next": "http://example.org/page2"}})")
        << QStringLiteral("more than one page");
}

void TestAnnotationJson::annotationsFromJson_rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorContains);

    QVector<Annotation> annotations(1);
    QStringList sources{QStringLiteral("untouched")};
    QString error;
    QVERIFY(!annotationsFromJson(json, &annotations, &sources, &error));
    QVERIFY2(error.contains(errorContains), qPrintable(error));
    QCOMPARE(annotations.size(), 1);
    QCOMPARE(sources, QStringList{QStringLiteral("untouched")});
}

void TestAnnotationJson::annotationsFromJson_reportsTheParsersOffset()
{
    const QByteArray json = "[" + minimal() + ",\n  {\"type\": \"Annotation\" \"target\": {}}]"; // missing comma
    QJsonParseError parseError;
    QJsonDocument::fromJson(json, &parseError);
    QVERIFY(parseError.error != QJsonParseError::NoError);
    QVERIFY(parseError.offset > minimal().size()); // in the second annotation, where the comma is missing

    QVector<Annotation> annotations;
    QString error;
    QVERIFY(!annotationsFromJson(json, &annotations, nullptr, &error));
    QVERIFY2(error.endsWith(QStringLiteral("at byte offset %1").arg(parseError.offset)), qPrintable(error));
    QVERIFY2(error.contains(parseError.errorString()), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestAnnotationJson)
#include "tst_annotationjson.moc"
