// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace redletter {

/*!
 * A link into the app: redletter://reading/<readingId>#annotation-<uuid> opens a reading at one
 * of its annotations (the Markdown export writes one under every passage); without the fragment
 * it opens the reading. The reading id is percent-encoded in the path. The desktop entry
 * registers the scheme (x-scheme-handler/redletter), so a note app or xdg-open hands it to us.
 */
struct AppLink
{
    QString readingId;
    QString annotationId; //!< empty: the reading itself

    static QString scheme() { return QStringLiteral("redletter"); }
    //! True for any redletter: URL, valid or not (so a bad one gets an error, not an import).
    static bool isAppLink(const QString &argument);
    //! The link to @p readingId (and @p annotationId, when not empty).
    static QUrl url(const QString &readingId, const QString &annotationId = QString());
    //! The reading and annotation of @p url, or nothing when it is no reading link of ours.
    static std::optional<AppLink> parse(const QUrl &url);

    friend bool operator==(const AppLink &a, const AppLink &b)
    {
        return a.readingId == b.readingId && a.annotationId == b.annotationId;
    }
};

} // namespace redletter
