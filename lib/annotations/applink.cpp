// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/applink.h"

namespace redletter {

namespace {
const QString ReadingHost = QStringLiteral("reading");
const QString AnnotationPrefix = QStringLiteral("annotation-");
} // namespace

bool AppLink::isAppLink(const QString &argument)
{
    return argument.startsWith(scheme() + QLatin1Char(':'), Qt::CaseInsensitive);
}

QUrl AppLink::url(const QString &readingId, const QString &annotationId)
{
    QUrl url;
    url.setScheme(scheme());
    url.setHost(ReadingHost);
    url.setPath(QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(readingId)), QUrl::TolerantMode);
    if (!annotationId.isEmpty())
        url.setFragment(AnnotationPrefix + annotationId);
    return url;
}

std::optional<AppLink> AppLink::parse(const QUrl &url)
{
    if (!url.isValid() || url.scheme().compare(scheme(), Qt::CaseInsensitive) != 0
        || url.host().compare(ReadingHost, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    // The id as written, percent-decoded once ("%2F" in an id is a slash of the id, not a folder).
    QString encoded = url.path(QUrl::FullyEncoded);
    if (!encoded.startsWith(QLatin1Char('/')))
        return std::nullopt;
    encoded.remove(0, 1);
    if (encoded.endsWith(QLatin1Char('/'))) // some note apps add one
        encoded.chop(1);
    AppLink link;
    link.readingId = QUrl::fromPercentEncoding(encoded.toLatin1());
    if (link.readingId.isEmpty() || link.readingId.contains(QLatin1Char('\0')))
        return std::nullopt;
    const QString fragment = url.fragment(QUrl::FullyDecoded);
    if (fragment.startsWith(AnnotationPrefix))
        link.annotationId = fragment.mid(AnnotationPrefix.size());
    else if (!fragment.isEmpty())
        return std::nullopt;
    return link;
}

} // namespace redletter
