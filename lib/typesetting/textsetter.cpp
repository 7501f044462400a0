// SPDX-License-Identifier: GPL-3.0-or-later
#include "typesetting/textsetter.h"

#include "typesetting/smartpunctuation.h"

namespace redletter {

TextSetter::TextSetter(const Typography &typography, const QString &language, bool hyphenate)
    : m_smartPunctuation(typography.smartPunctuation), m_language(language),
      m_hyphenationLimits(HyphenationLimits::forLanguage(language))
{
    if (hyphenate && typography.justify && typography.hyphenate)
        m_hyphenator = Hyphenator::forLanguage(language);
}

EditedText TextSetter::set(const QString &text, bool hyphenate) const
{
    EditedText result = applyEdits(text, m_smartPunctuation ? smartPunctuationEdits(text, m_language)
                                                            : QVector<TextEdit>());
    if (hyphenate && m_hyphenator)
        result = applyEdits(result, m_hyphenator->softHyphenEdits(result.text, m_hyphenationLimits));
    return result;
}

RichText TextSetter::smartened(const RichText &source) const
{
    RichText text = source;
    const EditedText edited = set(source.text, false);
    text.text = edited.text;
    edited.mapRanges(&text.styles);
    return text;
}

Block TextSetter::setBlock(const Block &source, bool hyphenate, EditedText *edits) const
{
    const EditedText edited = source.kind == Block::CodeBlock ? applyEdits(source.text, {})
                                                              : set(source.text, hyphenate);
    Block block = source;
    block.text = edited.text;
    edited.mapRanges(&block.styles);
    edited.mapRanges(&block.anchors);
    if (edits)
        *edits = edited;
    return block;
}

} // namespace redletter
