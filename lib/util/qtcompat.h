// SPDX-License-Identifier: GPL-3.0-or-later
// The one C++ place where Qt 5.15 and Qt 6 differ for us. Everything else is written against the
// API both share; when something differs, add a small helper here instead of an #if at the call site.
#pragma once

#include <QLibraryInfo>
#include <QMouseEvent>
#include <QString>
#include <QtGlobal>

namespace redletter::compat {

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
inline constexpr int qtMajorVersion = 6;
#else
inline constexpr int qtMajorVersion = 5;
#endif

//! Where Qt's own translations (qtbase_*.qm) are installed.
inline QString qtTranslationsPath()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
#else
    return QLibraryInfo::location(QLibraryInfo::TranslationsPath);
#endif
}

//! Where a mouse event happened on the screen (Qt 6 deprecates globalPos()).
inline QPoint globalPoint(const QMouseEvent *event)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return event->globalPosition().toPoint();
#else
    return event->globalPos();
#endif
}

} // namespace redletter::compat
