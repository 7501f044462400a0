// SPDX-License-Identifier: GPL-3.0-or-later
#include "reading/readingjson.h"

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>
#include <limits>

namespace redletter {

namespace {

constexpr int CurrentFormat = 1;

// Enum values are stored by name, not by number, so reordering an enum in reading.h cannot
// silently change the meaning of every catalog already on disk.
struct StyleName
{
    StyleRange::Style style;
    const char *name;
};
constexpr StyleName styleNames[] = {
    {StyleRange::Emphasis, "emphasis"}, {StyleRange::Strong, "strong"},
    {StyleRange::Code, "code"},         {StyleRange::Link, "link"},
    {StyleRange::Strikethrough, "strikethrough"},
};

struct AnchorKindName
{
    Anchor::Kind kind;
    const char *name;
};
constexpr AnchorKindName anchorKindNames[] = {
    {Anchor::FootnoteReference, "footnote"},
    {Anchor::EditorialNote, "note"},
};

struct BlockKindName
{
    Block::Kind kind;
    const char *name;
};
constexpr BlockKindName blockKindNames[] = {
    {Block::Paragraph, "paragraph"},
    {Block::Heading, "heading"},
    {Block::CodeBlock, "code"},
    {Block::ThematicBreak, "thematicBreak"},
};

QString styleName(StyleRange::Style style)
{
    for (const StyleName &entry : styleNames) {
        if (entry.style == style)
            return QLatin1String(entry.name);
    }
    return QString::number(int(style)); // not a known style: the reader will reject it, loudly
}

QString anchorKindName(Anchor::Kind kind)
{
    for (const AnchorKindName &entry : anchorKindNames) {
        if (entry.kind == kind)
            return QLatin1String(entry.name);
    }
    return QString::number(int(kind));
}

QString blockKindName(Block::Kind kind)
{
    for (const BlockKindName &entry : blockKindNames) {
        if (entry.kind == kind)
            return QLatin1String(entry.name);
    }
    return QString::number(int(kind));
}

// ---- writing ------------------------------------------------------------------------------------

QJsonArray stylesToJson(const QVector<StyleRange> &styles)
{
    QJsonArray array;
    for (const StyleRange &range : styles) {
        QJsonObject object{
            {QStringLiteral("style"), styleName(range.style)},
            {QStringLiteral("start"), range.start},
            {QStringLiteral("end"), range.end},
        };
        if (!range.href.isEmpty())
            object.insert(QStringLiteral("href"), range.href);
        array.append(object);
    }
    return array;
}

QJsonArray anchorsToJson(const QVector<Anchor> &anchors)
{
    QJsonArray array;
    for (const Anchor &anchor : anchors) {
        array.append(QJsonObject{
            {QStringLiteral("kind"), anchorKindName(anchor.kind)},
            {QStringLiteral("start"), anchor.start},
            {QStringLiteral("end"), anchor.end},
            {QStringLiteral("index"), anchor.index},
        });
    }
    return array;
}

// A reading has hundreds of blocks and most of their fields are at the default; leaving the
// defaults out keeps the catalog small. The reader fills them back in.
QJsonObject blockToJson(const Block &block)
{
    QJsonObject object;
    object.insert(QStringLiteral("kind"), blockKindName(block.kind));
    object.insert(QStringLiteral("text"), block.text);
    if (block.headingLevel != 0)
        object.insert(QStringLiteral("headingLevel"), block.headingLevel);
    if (block.quoteDepth != 0)
        object.insert(QStringLiteral("quoteDepth"), block.quoteDepth);
    if (block.listDepth != 0)
        object.insert(QStringLiteral("listDepth"), block.listDepth);
    if (block.ordered)
        object.insert(QStringLiteral("ordered"), true);
    if (block.listNumber != 0)
        object.insert(QStringLiteral("listNumber"), block.listNumber);
    if (block.listItemStart)
        object.insert(QStringLiteral("listItemStart"), true);
    if (!block.styles.isEmpty())
        object.insert(QStringLiteral("styles"), stylesToJson(block.styles));
    if (!block.anchors.isEmpty())
        object.insert(QStringLiteral("anchors"), anchorsToJson(block.anchors));
    if (block.sourceLine != 0)
        object.insert(QStringLiteral("sourceLine"), block.sourceLine);
    return object;
}

QJsonArray blocksToJson(const QVector<Block> &blocks)
{
    QJsonArray array;
    for (const Block &block : blocks)
        array.append(blockToJson(block));
    return array;
}

// ---- reading ------------------------------------------------------------------------------------

/*!
 * Reads one JSON value after another and remembers the first thing that is wrong, with the
 * path to it ("body[3].styles[0].end"), so a damaged catalog row can be diagnosed from the log.
 */
class JsonReader
{
public:
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    void fail(const QString &path, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = path.isEmpty() ? what : path + QLatin1String(": ") + what;
    }

    static QString typeName(const QJsonValue &value)
    {
        switch (value.type()) {
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Bool:
            return QStringLiteral("a boolean");
        case QJsonValue::Double:
            return QStringLiteral("a number");
        case QJsonValue::String:
            return QStringLiteral("a string");
        case QJsonValue::Array:
            return QStringLiteral("an array");
        case QJsonValue::Object:
            return QStringLiteral("an object");
        case QJsonValue::Undefined:
            break;
        }
        return QStringLiteral("nothing");
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    static QString at(const QString &path, int index)
    {
        return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    }

    // Missing keys give the default: the writer leaves defaults out.
    QString string(const QJsonObject &object, const QString &path, const QString &key,
                   const QString &fallback = QString())
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return fallback;
        if (!value.isString()) {
            fail(join(path, key), QStringLiteral("expected a string, found ") + typeName(value));
            return fallback;
        }
        return value.toString();
    }

    int integer(const QJsonObject &object, const QString &path, const QString &key,
                int minimum = std::numeric_limits<int>::min())
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return 0;
        if (!value.isDouble()) {
            fail(join(path, key), QStringLiteral("expected an integer, found ") + typeName(value));
            return 0;
        }
        const double number = value.toDouble();
        if (!std::isfinite(number) || std::floor(number) != number
            || number < double(std::numeric_limits<int>::min())
            || number > double(std::numeric_limits<int>::max())) {
            fail(join(path, key),
                 QStringLiteral("expected an integer, found %1").arg(number, 0, 'g', 17));
            return 0;
        }
        const int result = int(number);
        if (result < minimum) {
            fail(join(path, key),
                 QStringLiteral("%1 is below the smallest allowed value %2").arg(result).arg(minimum));
            return 0;
        }
        return result;
    }

    bool boolean(const QJsonObject &object, const QString &path, const QString &key)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return false;
        if (!value.isBool()) {
            fail(join(path, key), QStringLiteral("expected true or false, found ") + typeName(value));
            return false;
        }
        return value.toBool();
    }

    QJsonArray array(const QJsonObject &object, const QString &path, const QString &key)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return {};
        if (!value.isArray()) {
            fail(join(path, key), QStringLiteral("expected an array, found ") + typeName(value));
            return {};
        }
        return value.toArray();
    }

    bool isObject(const QJsonValue &value, const QString &path)
    {
        if (value.isObject())
            return true;
        fail(path, QStringLiteral("expected an object, found ") + typeName(value));
        return false;
    }

private:
    QString m_error;
};

template<typename Enum, typename Entry, size_t N>
Enum enumByName(JsonReader &reader, const QJsonObject &object, const QString &path,
                const QString &key, const Entry (&table)[N], Enum Entry::*field)
{
    const QJsonValue value = object.value(key);
    if (!value.isString()) {
        reader.fail(JsonReader::join(path, key),
                    QStringLiteral("expected a string, found ") + JsonReader::typeName(value));
        return table[0].*field;
    }
    const QString name = value.toString();
    QStringList known;
    for (const Entry &entry : table) {
        if (name == QLatin1String(entry.name))
            return entry.*field;
        known.append(QLatin1Char('"') + QLatin1String(entry.name) + QLatin1Char('"'));
    }
    reader.fail(JsonReader::join(path, key), QStringLiteral("unknown value \"%1\" (expected one of %2)")
                                                 .arg(name, known.join(QLatin1String(", "))));
    return table[0].*field;
}

// Offsets index UTF-16 code units of the block's text; out-of-range ones would make the
// typesetter read past the end, so they are refused here rather than trusted.
void checkRange(JsonReader &reader, const QString &path, int start, int end, int textLength)
{
    if (reader.failed())
        return;
    if (start < 0 || end < start || end > textLength) {
        reader.fail(path, QStringLiteral("range %1–%2 does not fit in a text of length %3")
                              .arg(start)
                              .arg(end)
                              .arg(textLength));
    }
}

/*!
 * Reads @p array at @p path as objects, one T each through @p readItem(object, itemPath); stops
 * at the first error (the reader keeps it).
 */
template<typename T, typename ReadItem>
QVector<T> objectsFromJson(JsonReader &reader, const QJsonArray &array, const QString &path, ReadItem readItem)
{
    QVector<T> items;
    items.reserve(int(array.size()));
    for (int i = 0; i < int(array.size()) && !reader.failed(); ++i) {
        const QString here = JsonReader::at(path, i);
        const QJsonValue value = array.at(i);
        if (!reader.isObject(value, here))
            break;
        items.append(readItem(value.toObject(), here));
    }
    return items;
}

QVector<StyleRange> stylesFromJson(JsonReader &reader, const QJsonArray &array, const QString &path,
                                   int textLength)
{
    return objectsFromJson<StyleRange>(reader, array, path, [&](const QJsonObject &object, const QString &here) {
        StyleRange range;
        range.style = enumByName(reader, object, here, QStringLiteral("style"), styleNames,
                                 &StyleName::style);
        range.start = reader.integer(object, here, QStringLiteral("start"));
        range.end = reader.integer(object, here, QStringLiteral("end"));
        range.href = reader.string(object, here, QStringLiteral("href"));
        checkRange(reader, here, range.start, range.end, textLength);
        return range;
    });
}

struct AnchorTargets
{
    int footnotes = 0;
    int editorialNotes = 0;
};

QVector<Anchor> anchorsFromJson(JsonReader &reader, const QJsonArray &array, const QString &path,
                                int textLength, const AnchorTargets &targets)
{
    return objectsFromJson<Anchor>(reader, array, path, [&](const QJsonObject &object, const QString &here) {
        Anchor anchor;
        anchor.kind = enumByName(reader, object, here, QStringLiteral("kind"), anchorKindNames,
                                 &AnchorKindName::kind);
        anchor.start = reader.integer(object, here, QStringLiteral("start"));
        anchor.end = reader.integer(object, here, QStringLiteral("end"));
        anchor.index = reader.integer(object, here, QStringLiteral("index"));
        checkRange(reader, here, anchor.start, anchor.end, textLength);
        const int targetCount = anchor.kind == Anchor::FootnoteReference ? targets.footnotes
                                                                         : targets.editorialNotes;
        if (!reader.failed() && (anchor.index < 0 || anchor.index >= targetCount)) {
            reader.fail(JsonReader::join(here, QStringLiteral("index")),
                        QStringLiteral("%1 points past the %2 %3")
                            .arg(anchor.index)
                            .arg(targetCount)
                            .arg(anchor.kind == Anchor::FootnoteReference
                                     ? QStringLiteral("footnote(s)")
                                     : QStringLiteral("editorial note(s)")));
        }
        return anchor;
    });
}

QVector<Block> blocksFromJson(JsonReader &reader, const QJsonObject &parent, const QString &parentPath,
                              const QString &key, const AnchorTargets &targets)
{
    const QJsonArray array = reader.array(parent, parentPath, key);
    const QString path = JsonReader::join(parentPath, key);
    return objectsFromJson<Block>(reader, array, path, [&](const QJsonObject &object, const QString &here) {
        Block block;
        block.kind = enumByName(reader, object, here, QStringLiteral("kind"), blockKindNames,
                                &BlockKindName::kind);
        block.text = reader.string(object, here, QStringLiteral("text"));
        block.headingLevel = reader.integer(object, here, QStringLiteral("headingLevel"), 0);
        block.quoteDepth = reader.integer(object, here, QStringLiteral("quoteDepth"), 0);
        block.listDepth = reader.integer(object, here, QStringLiteral("listDepth"), 0);
        block.ordered = reader.boolean(object, here, QStringLiteral("ordered"));
        block.listNumber = reader.integer(object, here, QStringLiteral("listNumber"));
        block.listItemStart = reader.boolean(object, here, QStringLiteral("listItemStart"));
        block.sourceLine = reader.integer(object, here, QStringLiteral("sourceLine"), 0);
        const int textLength = int(block.text.size());
        block.styles = stylesFromJson(reader, reader.array(object, here, QStringLiteral("styles")),
                                      JsonReader::join(here, QStringLiteral("styles")), textLength);
        block.anchors = anchorsFromJson(reader, reader.array(object, here, QStringLiteral("anchors")),
                                        JsonReader::join(here, QStringLiteral("anchors")), textLength,
                                        targets);
        return block;
    });
}

/*!
 * The source URL as it will be written back. Content we wrote is FullyEncoded and comes back
 * unchanged; hand-edited or damaged content may not, and is read tolerantly, then taken in the
 * form every later save reproduces (storedSourceForm()). A source that is no valid URL is no
 * source: kept, it would be written back as "".
 */
QUrl storedSource(const QString &text)
{
    return text.isEmpty() ? QUrl() : storedSourceForm(QUrl(text));
}

} // namespace

QJsonObject readingToJson(const Reading &reading)
{
    QJsonArray extra;
    for (const ExtraMetadata &item : reading.extraMetadata)
        extra.append(QJsonObject{{QStringLiteral("key"), item.key}, {QStringLiteral("yaml"), item.yaml}});

    QJsonArray footnotes;
    for (const Footnote &footnote : reading.footnotes) {
        footnotes.append(QJsonObject{{QStringLiteral("label"), footnote.label},
                                     {QStringLiteral("blocks"), blocksToJson(footnote.blocks)}});
    }

    QJsonArray notes;
    for (const RichText &note : reading.editorialNotes) {
        QJsonObject object{{QStringLiteral("text"), note.text}};
        if (!note.styles.isEmpty())
            object.insert(QStringLiteral("styles"), stylesToJson(note.styles));
        notes.append(object);
    }

    // Metadata is always written in full, defaults included: "language" defaults to "en", so
    // leaving out an empty one would not come back as empty.
    return QJsonObject{
        {QStringLiteral("format"), CurrentFormat},
        {QStringLiteral("id"), reading.id},
        {QStringLiteral("title"), reading.title},
        {QStringLiteral("author"), reading.author},
        {QStringLiteral("work"), reading.work},
        {QStringLiteral("year"), reading.year},
        {QStringLiteral("editor"), reading.editor},
        {QStringLiteral("source"), reading.source.toString(QUrl::FullyEncoded)},
        {QStringLiteral("translator"), reading.translator},
        {QStringLiteral("language"), reading.language},
        {QStringLiteral("tagline"), reading.tagline},
        {QStringLiteral("tags"), QJsonArray::fromStringList(reading.tags)},
        {QStringLiteral("curatedDate"), reading.curatedDate.isValid()
                                            ? QJsonValue(reading.curatedDate.toString(Qt::ISODate))
                                            : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("editorMinutes"), reading.editorMinutes},
        {QStringLiteral("extraMetadata"), extra},
        {QStringLiteral("introduction"), blocksToJson(reading.introduction)},
        {QStringLiteral("body"), blocksToJson(reading.body)},
        {QStringLiteral("footnotes"), footnotes},
        {QStringLiteral("editorialNotes"), notes},
    };
}

bool readingFromJson(const QJsonObject &json, Reading *reading, QString *error)
{
    const auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };

    const QJsonValue format = json.value(QStringLiteral("format"));
    if (format.isUndefined())
        return failWith(QStringLiteral("not stored reading content: no \"format\" key"));
    if (!format.isDouble())
        return failWith(QStringLiteral("format: expected a number, found ") + JsonReader::typeName(format));
    if (format.toDouble() != double(CurrentFormat)) {
        return failWith(QStringLiteral("unsupported content format %1 (this Red Letter reads format %2)")
                            .arg(format.toDouble(), 0, 'g', 17)
                            .arg(CurrentFormat));
    }

    JsonReader reader;
    const QString top;
    Reading result;
    result.id = reader.string(json, top, QStringLiteral("id"));
    result.title = reader.string(json, top, QStringLiteral("title"));
    result.author = reader.string(json, top, QStringLiteral("author"));
    result.work = reader.string(json, top, QStringLiteral("work"));
    result.year = reader.integer(json, top, QStringLiteral("year"));
    result.editor = reader.string(json, top, QStringLiteral("editor"));
    result.source = storedSource(reader.string(json, top, QStringLiteral("source")));
    result.translator = reader.string(json, top, QStringLiteral("translator"));
    result.language = reader.string(json, top, QStringLiteral("language"), result.language);
    result.tagline = reader.string(json, top, QStringLiteral("tagline"));

    const QJsonArray tags = reader.array(json, top, QStringLiteral("tags"));
    for (int i = 0; i < int(tags.size()) && !reader.failed(); ++i) {
        if (!tags.at(i).isString()) {
            reader.fail(JsonReader::at(QStringLiteral("tags"), i),
                        QStringLiteral("expected a string, found ") + JsonReader::typeName(tags.at(i)));
            break;
        }
        result.tags.append(tags.at(i).toString());
    }

    const QJsonValue curated = json.value(QStringLiteral("curatedDate"));
    if (curated.isString()) {
        result.curatedDate = QDate::fromString(curated.toString(), Qt::ISODate);
        if (!result.curatedDate.isValid()) {
            reader.fail(QStringLiteral("curatedDate"),
                        QStringLiteral("\"%1\" is not a date (expected YYYY-MM-DD)").arg(curated.toString()));
        }
    } else if (!curated.isNull() && !curated.isUndefined()) {
        reader.fail(QStringLiteral("curatedDate"),
                    QStringLiteral("expected a date string or null, found ") + JsonReader::typeName(curated));
    }

    result.editorMinutes = reader.integer(json, top, QStringLiteral("editorMinutes"), 0);

    const QJsonArray extra = reader.array(json, top, QStringLiteral("extraMetadata"));
    for (int i = 0; i < int(extra.size()) && !reader.failed(); ++i) {
        const QString here = JsonReader::at(QStringLiteral("extraMetadata"), i);
        if (!reader.isObject(extra.at(i), here))
            break;
        const QJsonObject object = extra.at(i).toObject();
        ExtraMetadata item;
        item.key = reader.string(object, here, QStringLiteral("key"));
        item.yaml = reader.string(object, here, QStringLiteral("yaml"));
        result.extraMetadata.append(item);
    }

    // Anchors point into these two lists, so their sizes are needed before any block is read.
    const QJsonArray footnotes = reader.array(json, top, QStringLiteral("footnotes"));
    const QJsonArray notes = reader.array(json, top, QStringLiteral("editorialNotes"));
    const AnchorTargets targets{int(footnotes.size()), int(notes.size())};

    for (int i = 0; i < int(notes.size()) && !reader.failed(); ++i) {
        const QString here = JsonReader::at(QStringLiteral("editorialNotes"), i);
        if (!reader.isObject(notes.at(i), here))
            break;
        const QJsonObject object = notes.at(i).toObject();
        RichText note;
        note.text = reader.string(object, here, QStringLiteral("text"));
        note.styles = stylesFromJson(reader, reader.array(object, here, QStringLiteral("styles")),
                                     JsonReader::join(here, QStringLiteral("styles")),
                                     int(note.text.size()));
        result.editorialNotes.append(note);
    }

    for (int i = 0; i < int(footnotes.size()) && !reader.failed(); ++i) {
        const QString here = JsonReader::at(QStringLiteral("footnotes"), i);
        if (!reader.isObject(footnotes.at(i), here))
            break;
        const QJsonObject object = footnotes.at(i).toObject();
        Footnote footnote;
        footnote.label = reader.string(object, here, QStringLiteral("label"));
        footnote.blocks = blocksFromJson(reader, object, here, QStringLiteral("blocks"), targets);
        result.footnotes.append(footnote);
    }

    result.introduction = blocksFromJson(reader, json, top, QStringLiteral("introduction"), targets);
    result.body = blocksFromJson(reader, json, top, QStringLiteral("body"), targets);

    if (reader.failed())
        return failWith(reader.error());
    *reading = result;
    return true;
}

} // namespace redletter
