// SPDX-License-Identifier: GPL-3.0-or-later
#include "installments/installmentjson.h"

namespace redletter {

QJsonObject cutAnchorToJson(const CutAnchor &anchor)
{
    QJsonObject json{
        {QStringLiteral("reading"), anchor.at.reading},
        {QStringLiteral("block"), anchor.at.block},
        {QStringLiteral("offset"), anchor.at.offset},
        {QStringLiteral("readingId"), anchor.readingId},
        {QStringLiteral("before"), QString::fromLatin1(anchor.blockBefore)},
        {QStringLiteral("after"), QString::fromLatin1(anchor.blockAfter)},
    };
    // Only a cut inside a paragraph has text around it; leaving the keys out keeps stored
    // anchors small and says at a glance which kind of cut it is.
    if (!anchor.textBefore.isEmpty() || !anchor.textAfter.isEmpty()) {
        json.insert(QStringLiteral("textBefore"), anchor.textBefore);
        json.insert(QStringLiteral("textAfter"), anchor.textAfter);
    }
    return json;
}

bool cutAnchorFromJson(const QJsonObject &json, CutAnchor *anchor, QString *error)
{
    // Not user-visible: these errors go to the log of whoever stored the anchor.
    for (const char *key : {"reading", "block", "offset"}) {
        if (!json.value(QLatin1String(key)).isDouble()) {
            if (error)
                *error = QStringLiteral("cut anchor: \"%1\" is not a number").arg(QLatin1String(key));
            return false;
        }
    }
    if (!json.value(QStringLiteral("readingId")).isString()) {
        if (error)
            *error = QStringLiteral("cut anchor: no \"readingId\"");
        return false;
    }
    CutAnchor result;
    result.at.reading = json.value(QStringLiteral("reading")).toInt();
    result.at.block = json.value(QStringLiteral("block")).toInt();
    result.at.offset = json.value(QStringLiteral("offset")).toInt();
    result.readingId = json.value(QStringLiteral("readingId")).toString();
    result.blockBefore = json.value(QStringLiteral("before")).toString().toLatin1();
    result.blockAfter = json.value(QStringLiteral("after")).toString().toLatin1();
    result.textBefore = json.value(QStringLiteral("textBefore")).toString();
    result.textAfter = json.value(QStringLiteral("textAfter")).toString();
    if (result.at.reading < 0 || result.at.block < 0 || result.at.offset < 0) {
        if (error)
            *error = QStringLiteral("cut anchor: negative position");
        return false;
    }
    *anchor = result;
    return true;
}

QJsonArray cutAnchorsToJson(const QVector<CutAnchor> &anchors)
{
    QJsonArray array;
    for (const CutAnchor &anchor : anchors)
        array.append(cutAnchorToJson(anchor));
    return array;
}

bool cutAnchorsFromJson(const QJsonArray &json, QVector<CutAnchor> *anchors, QString *error)
{
    QVector<CutAnchor> result;
    for (const QJsonValue &value : json) {
        CutAnchor anchor;
        if (!value.isObject() || !cutAnchorFromJson(value.toObject(), &anchor, error)) {
            if (error && !value.isObject())
                *error = QStringLiteral("cut anchors: an entry is not an object");
            return false;
        }
        result.append(anchor);
    }
    *anchors = result;
    return true;
}

} // namespace redletter
