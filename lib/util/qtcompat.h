// SPDX-License-Identifier: GPL-3.0-or-later
// The one C++ place where Qt 5.15 and Qt 6 differ for us. Everything else is written against the
// API both share; when something differs, add a small helper here instead of an #if at the call site.
#pragma once

#include <QtGlobal>
#include <QPointF>

class QMouseEvent;
class QHelpEvent;

namespace redletter::compat {

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
inline constexpr int qtMajorVersion = 6;
#else
inline constexpr int qtMajorVersion = 5;
#endif

} // namespace redletter::compat
