// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reading/reading.h"
#include "typesetting/hyphenator.h"
#include "typesetting/textedits.h"
#include "typesetting/typography.h"

#include <QString>

#include <memory>

namespace redletter {

/*!
 * Text as it is set, for every medium: smart punctuation by the reading's language and, where
 * the text is justified, soft hyphens from the language's dictionary. The stored text is never
 * changed; the edits are returned so that styles and anchors follow (see textedits.h).
 */
class TextSetter
{
public:
    /*!
     * @p hyphenate: this medium hyphenates at all (margin notes are set ragged and never are);
     * hyphenation also needs @p typography to justify and hyphenate (WCAG 1.4.8: ragged-right
     * text is set without it).
     */
    TextSetter(const Typography &typography, const QString &language, bool hyphenate);

    const QString &language() const { return m_language; }
    bool hyphenates() const { return m_hyphenator != nullptr; }

    //! @p text as set: smartened, and hyphenated where @p hyphenate and the setter hyphenates.
    [[nodiscard]] EditedText set(const QString &text, bool hyphenate = true) const;
    [[nodiscard]] QString smartened(const QString &text) const { return set(text, false).text; }
    //! @p source smartened, its styles carried over.
    [[nodiscard]] RichText smartened(const RichText &source) const;
    /*!
     * @p source as set, its styles and anchors carried over; @p edits (may be null) receives
     * the edits, to map other offsets. A code block is set as it stands.
     */
    [[nodiscard]] Block setBlock(const Block &source, bool hyphenate = true, EditedText *edits = nullptr) const;

private:
    bool m_smartPunctuation = true;
    QString m_language;
    std::shared_ptr<const Hyphenator> m_hyphenator;
    HyphenationLimits m_hyphenationLimits;
};

} // namespace redletter
