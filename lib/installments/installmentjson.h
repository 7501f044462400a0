// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "installments/installmentplanner.h"

#include <QJsonArray>
#include <QJsonObject>

namespace redletter {

/*!
 * A cut anchor as JSON, for whoever keeps what was served (a served day, a series in progress):
 * {"reading": 0, "block": 75, "offset": 0, "readingId": "…", "before": "hex", "after": "hex",
 *  "textBefore": "…", "textAfter": "…"} (the text keys only for a cut inside a paragraph).
 * Stored with the served part, it is all InstallmentPlanner::replan() needs to keep that part's
 * end where it was after the text is imported again.
 */
QJsonObject cutAnchorToJson(const CutAnchor &anchor);
[[nodiscard]] bool cutAnchorFromJson(const QJsonObject &json, CutAnchor *anchor, QString *error);

//! A list of cut anchors (the served cuts of a series, in order).
QJsonArray cutAnchorsToJson(const QVector<CutAnchor> &anchors);
[[nodiscard]] bool cutAnchorsFromJson(const QJsonArray &json, QVector<CutAnchor> *anchors, QString *error);

} // namespace redletter
