// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reading/reading.h"

#include <QJsonObject>

namespace redletter {

/*!
 * The catalog stores parsed readings as JSON (column readings.content). The shape is versioned by
 * the "format" key so an older catalog's content can still be read after the Reading type grows.
 */
QJsonObject readingToJson(const Reading &reading);

//! Inverse of readingToJson(). Returns false with @p error on malformed or unknown content.
[[nodiscard]] bool readingFromJson(const QJsonObject &json, Reading *reading, QString *error);

} // namespace redletter
