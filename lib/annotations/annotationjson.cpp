// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotationjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QUuid>

#include <climits>
#include <cmath>

namespace redletter {

namespace {

QLatin1String contextIri()
{
    return QLatin1String("http://www.w3.org/ns/anno.jsonld");
}

QLatin1String uuidUrnPrefix()
{
    return QLatin1String("urn:uuid:");
}

QLatin1String readingUrnPrefix()
{
    return QLatin1String("urn:redletter:reading:");
}

// RFC 4122's name space for URLs: foreign annotation ids are IRIs.
const QUuid &urlNamespace()
{
    static const QUuid uuid(QStringLiteral("6ba7b811-9dad-11d1-80b4-00c04fd430c8"));
    return uuid;
}

QString timestamp(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

//! A JSON value that may be one item or an array of items, as arrays.
QJsonArray asArray(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined() || value.isNull())
        return {};
    return QJsonArray{value};
}

//! "type" is a string or an array of strings; does it name @p type?
bool hasType(const QJsonObject &object, const QString &type)
{
    const QJsonArray types = asArray(object.value(QLatin1String("type")));
    for (const QJsonValue &value : types) {
        if (value.toString() == type)
            return true;
    }
    return false;
}

bool readOptionalString(const QJsonObject &object, const QString &key, const QString &where,
                        QString *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString()) {
        *error = QStringLiteral("%1 \"%2\" is not a string").arg(where, key);
        return false;
    }
    *out = value.toString();
    return true;
}

bool readOffset(const QJsonObject &selector, const QString &key, int *out, QString *error)
{
    const QJsonValue value = selector.value(key);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number > INT_MAX || std::floor(number) != number) {
        *error = QStringLiteral("TextPositionSelector \"%1\" is not a non-negative integer").arg(key);
        return false;
    }
    *out = int(number);
    return true;
}

bool readDateTime(const QJsonObject &object, const QString &key, QDateTime *out, QString *error)
{
    QString text;
    if (!readOptionalString(object, key, QStringLiteral("annotation"), &text, error))
        return false;
    if (text.isEmpty())
        return true;
    const QDateTime dateTime = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dateTime.isValid()) {
        *error = QStringLiteral("\"%1\" is not an ISO 8601 date and time: \"%2\"").arg(key, text);
        return false;
    }
    *out = dateTime.toUTC();
    return true;
}

bool readId(const QJsonObject &object, QString *id, QString *error)
{
    QString text;
    if (!readOptionalString(object, QStringLiteral("id"), QStringLiteral("annotation"), &text, error))
        return false;
    const QString candidate = text.startsWith(uuidUrnPrefix()) ? text.mid(uuidUrnPrefix().size()) : text;
    const QUuid uuid(candidate);
    if (!uuid.isNull())
        *id = uuid.toString(QUuid::WithoutBraces);
    else if (!text.isEmpty())
        *id = QUuid::createUuidV5(urlNamespace(), text.toUtf8()).toString(QUuid::WithoutBraces);
    else
        *id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return true;
}

bool readBodies(const QJsonObject &object, Annotation *annotation, QString *error)
{
    QStringList comments;
    const QJsonValue bodyValue = object.value(QLatin1String("bodyValue"));
    if (!bodyValue.isUndefined()) {
        if (!bodyValue.isString()) {
            *error = QStringLiteral("\"bodyValue\" is not a string");
            return false;
        }
        comments.append(bodyValue.toString());
    }

    const QJsonArray bodies = asArray(object.value(QLatin1String("body")));
    for (int i = 0; i < bodies.size(); ++i) {
        const QJsonValue body = bodies.at(i);
        if (body.isString())
            continue; // an IRI: an external resource, nothing we can show in the margin
        if (!body.isObject()) {
            *error = QStringLiteral("body %1 is neither an object nor an IRI").arg(i + 1);
            return false;
        }
        const QJsonObject item = body.toObject();
        const QJsonValue value = item.value(QLatin1String("value"));
        if (value.isUndefined())
            continue; // a SpecificResource or other non-textual body
        if (!value.isString()) {
            *error = QStringLiteral("body %1: \"value\" is not a string").arg(i + 1);
            return false;
        }
        const QJsonArray purposes = asArray(item.value(QLatin1String("purpose")));
        bool tagging = false;
        for (const QJsonValue &purpose : purposes)
            tagging = tagging || purpose.toString() == QLatin1String("tagging");
        if (tagging)
            annotation->tags.append(value.toString());
        else
            comments.append(value.toString());
    }
    annotation->note = comments.join(QLatin1String("\n\n"));
    return true;
}

bool readSelectors(const QJsonValue &selectorValue, Annotation *annotation, QString *error)
{
    bool haveQuote = false;
    bool havePosition = false;
    const QJsonArray selectors = asArray(selectorValue);
    for (const QJsonValue &value : selectors) {
        if (!value.isObject()) {
            *error = QStringLiteral("a selector is not an object");
            return false;
        }
        const QJsonObject selector = value.toObject();
        if (hasType(selector, QStringLiteral("TextQuoteSelector")) && !haveQuote) {
            const QJsonValue exact = selector.value(QLatin1String("exact"));
            if (!exact.isString() || exact.toString().isEmpty()) {
                *error = QStringLiteral("TextQuoteSelector \"exact\" is missing, empty or not a string");
                return false;
            }
            annotation->quote.exact = exact.toString();
            const QString where = QStringLiteral("TextQuoteSelector");
            if (!readOptionalString(selector, QStringLiteral("prefix"), where, &annotation->quote.prefix, error)
                || !readOptionalString(selector, QStringLiteral("suffix"), where, &annotation->quote.suffix, error)) {
                return false;
            }
            haveQuote = true;
        } else if (hasType(selector, QStringLiteral("TextPositionSelector")) && !havePosition) {
            TextPositionSelector position;
            if (!readOffset(selector, QStringLiteral("start"), &position.start, error)
                || !readOffset(selector, QStringLiteral("end"), &position.end, error)) {
                return false;
            }
            if (position.end < position.start) {
                *error = QStringLiteral("TextPositionSelector ends (%1) before it starts (%2)")
                             .arg(position.end)
                             .arg(position.start);
                return false;
            }
            annotation->position = position;
            havePosition = true;
        }
        // Other selectors (XPath, CSS, Range, Fragment...) describe a DOM we do not have.
    }
    if (!haveQuote) {
        *error = QStringLiteral("the target has no TextQuoteSelector");
        return false;
    }
    return true;
}

bool readTarget(const QJsonObject &object, Annotation *annotation, QString *source, QString *error)
{
    const QJsonValue targetValue = object.value(QLatin1String("target"));
    if (targetValue.isUndefined() || targetValue.isNull()) {
        *error = QStringLiteral("the annotation has no \"target\"");
        return false;
    }
    const QJsonArray targets = asArray(targetValue);
    for (const QJsonValue &value : targets) {
        if (!value.isObject())
            continue; // a bare IRI: the whole document, which cannot be anchored to a passage
        const QJsonObject target = value.toObject();
        if (!target.contains(QLatin1String("selector")))
            continue;
        const QJsonValue sourceValue = target.value(QLatin1String("source"));
        if (sourceValue.isString()) {
            *source = sourceValue.toString();
        } else if (sourceValue.isObject() && sourceValue.toObject().value(QLatin1String("id")).isString()) {
            *source = sourceValue.toObject().value(QLatin1String("id")).toString();
        } else if (!sourceValue.isUndefined()) {
            *error = QStringLiteral("the target's \"source\" is neither an IRI nor an object with an \"id\"");
            return false;
        }
        return readSelectors(target.value(QLatin1String("selector")), annotation, error);
    }
    *error = QStringLiteral("the target has no selector: a whole document cannot be anchored to a passage");
    return false;
}

} // namespace

QString readingUrn(const QString &readingId)
{
    return readingUrnPrefix() + readingId;
}

QString w3cColorKey()
{
    return QStringLiteral("https://redletter.invalid/ns#highlightColor");
}

QJsonObject toW3cJson(const Annotation &annotation, const QString &sourceUrlOrUrn)
{
    QJsonObject json;
    json.insert(QLatin1String("@context"), contextIri());
    json.insert(QLatin1String("type"), QLatin1String("Annotation"));
    json.insert(QLatin1String("id"), QString(uuidUrnPrefix() + annotation.id));
    json.insert(QLatin1String("motivation"),
                annotation.isHighlightOnly() ? QLatin1String("highlighting") : QLatin1String("commenting"));
    if (annotation.created.isValid())
        json.insert(QLatin1String("created"), timestamp(annotation.created));
    if (annotation.modified.isValid())
        json.insert(QLatin1String("modified"), timestamp(annotation.modified));

    QJsonArray bodies;
    if (!annotation.note.isEmpty()) {
        bodies.append(QJsonObject{
            {QLatin1String("type"), QLatin1String("TextualBody")},
            {QLatin1String("value"), annotation.note},
            {QLatin1String("format"), QLatin1String("text/plain")},
            {QLatin1String("purpose"), QLatin1String("commenting")},
        });
    }
    for (const QString &tag : annotation.tags) {
        bodies.append(QJsonObject{
            {QLatin1String("type"), QLatin1String("TextualBody")},
            {QLatin1String("value"), tag},
            {QLatin1String("purpose"), QLatin1String("tagging")},
        });
    }
    if (!bodies.isEmpty())
        json.insert(QLatin1String("body"), bodies);

    QJsonObject quote{
        {QLatin1String("type"), QLatin1String("TextQuoteSelector")},
        {QLatin1String("exact"), annotation.quote.exact},
    };
    if (!annotation.quote.prefix.isEmpty())
        quote.insert(QLatin1String("prefix"), annotation.quote.prefix);
    if (!annotation.quote.suffix.isEmpty())
        quote.insert(QLatin1String("suffix"), annotation.quote.suffix);
    QJsonArray selectors{quote};
    if (annotation.position.isValid()) {
        selectors.append(QJsonObject{
            {QLatin1String("type"), QLatin1String("TextPositionSelector")},
            {QLatin1String("start"), annotation.position.start},
            {QLatin1String("end"), annotation.position.end},
        });
    }
    json.insert(QLatin1String("target"), QJsonObject{
                                             {QLatin1String("source"), sourceUrlOrUrn},
                                             {QLatin1String("selector"), selectors},
                                         });
    json.insert(w3cColorKey(), annotation.color);
    return json;
}

bool fromW3cJson(const QJsonObject &json, Annotation *annotation, QString *sourceOut, QString *error)
{
    QString message;
    Annotation result;
    QString source;
    const auto fail = [&] {
        if (error)
            *error = message;
        return false;
    };

    if (json.contains(QLatin1String("type")) && !hasType(json, QStringLiteral("Annotation"))) {
        message = QStringLiteral("not an Annotation (type %1)")
                      .arg(QString::fromUtf8(QJsonDocument(QJsonArray{json.value(QLatin1String("type"))})
                                                 .toJson(QJsonDocument::Compact)));
        return fail();
    }
    if (!readId(json, &result.id, &message) || !readTarget(json, &result, &source, &message)
        || !readBodies(json, &result, &message)
        || !readDateTime(json, QStringLiteral("created"), &result.created, &message)
        || !readDateTime(json, QStringLiteral("modified"), &result.modified, &message)) {
        return fail();
    }
    const QString color = json.value(w3cColorKey()).toString();
    result.color = isAnnotationColor(color) ? color : defaultAnnotationColor();
    if (source.startsWith(readingUrnPrefix()))
        result.readingId = source.mid(readingUrnPrefix().size());

    *annotation = result;
    if (sourceOut)
        *sourceOut = source;
    return true;
}

bool annotationsFromJson(const QByteArray &json, QVector<Annotation> *annotations, QStringList *sources,
                         QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(QStringLiteral("not valid JSON: %1 at byte offset %2")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    }

    QJsonArray items;
    if (document.isArray()) {
        items = document.array();
    } else {
        const QJsonObject root = document.object();
        if (hasType(root, QStringLiteral("AnnotationCollection"))) {
            const QJsonValue first = root.value(QLatin1String("first"));
            if (!first.isObject())
                return fail(QStringLiteral("the AnnotationCollection has no embedded first page"));
            if (first.toObject().contains(QLatin1String("next")))
                return fail(QStringLiteral("the AnnotationCollection has more than one page; "
                                           "only single-page files can be read"));
            items = first.toObject().value(QLatin1String("items")).toArray();
        } else if (hasType(root, QStringLiteral("AnnotationPage"))) {
            const QJsonValue pageItems = root.value(QLatin1String("items"));
            if (!pageItems.isArray())
                return fail(QStringLiteral("the AnnotationPage has no \"items\" array"));
            items = pageItems.toArray();
        } else {
            items = QJsonArray{root};
        }
    }

    QVector<Annotation> read;
    QStringList readSources;
    read.reserve(items.size());
    for (int i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject())
            return fail(QStringLiteral("annotation %1: not a JSON object").arg(i + 1));
        Annotation annotation;
        QString source;
        QString message;
        if (!fromW3cJson(items.at(i).toObject(), &annotation, &source, &message))
            return fail(QStringLiteral("annotation %1: %2").arg(i + 1).arg(message));
        read.append(annotation);
        readSources.append(source);
    }
    *annotations = read;
    if (sources)
        *sources = readSources;
    return true;
}

} // namespace redletter
