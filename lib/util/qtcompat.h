// SPDX-License-Identifier: GPL-3.0-or-later
// The one C++ place where Qt 5.15 and Qt 6 differ for us. Everything else is written against the
// API both share; when something differs, add a small helper here instead of an #if at the call site.
#pragma once

#include <QLibraryInfo>
#include <QMouseEvent>
#include <QPaintDevice>
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

/*!
 * What QTextDocument's layout multiplies a frame's margins by. Qt 5 scales them to its paint
 * device's logical DPI over 96 (at 100 DPI a left margin of 208.8 px puts the text at 217.5),
 * but not the page width, so a column set by the root frame's margins comes out wider or
 * narrower than asked by that share of the margins, and by a different amount at every window
 * width; Qt 6 takes them as they are. Divide a margin by it to get the margin meant.
 */
inline qreal frameMarginScale(const QPaintDevice *layoutDevice)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    Q_UNUSED(layoutDevice);
    return 1.0;
#else
    return layoutDevice && layoutDevice->logicalDpiY() > 0 ? layoutDevice->logicalDpiY() / 96.0 : 1.0;
#endif
}

} // namespace redletter::compat
