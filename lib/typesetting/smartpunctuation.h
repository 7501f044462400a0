// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "typesetting/textedits.h"

#include <QString>
#include <QVector>

namespace redletter {

/*!
 * Typewriter punctuation made typographic, by the language of the text (BCP 47 tag). Applied to
 * the copy of a block that is typeset, never to the stored text; one block at a time, since
 * quotation marks are paired within a block.
 *
 * - Straight quotes become curly ones, opening or closing by what stands before them (start of
 *   the text, a space, an opening bracket, a dash or an opening quote: opening), nested quotes
 *   by depth: en “…” ‘…’; de „…“ ‚…‘ (de-CH, de-LI «…» ‹…›); fr « … » with U+202F NARROW
 *   NO-BREAK SPACE inside, inner “…”; ru «…» with „…“ inside. Other languages keep their
 *   straight quotes (there is no safe guess).
 * - Apostrophes: don't → don’t, l'homme → l’homme; English also '90s, 'tis, rock 'n' roll.
 * - "---" → em dash —, "--" → en dash –; a hyphen between spaces → spaced dash (en, de, fr:
 *   " – " after Butterick; ru: " — "); a hyphen between two numbers (1914-1918) → en dash.
 * - "..." → "…".
 * - U+00A0 NO-BREAK SPACE after p., pp., Vol., ch., No. (and S., Bd., Nr., т., с.: the reference
 *   abbreviations of text/sentences.h) before a
 *   number ("Vol. XXIII, p. 355"), and between a number and "per cent".
 * - French: the space before ; ! ? becomes U+202F, before : U+00A0, inside « » U+202F.
 *
 * Curly quotes already in the text stay (they only count for nesting). The result is stable:
 * smartening it again changes nothing.
 */

//! The edits that smarten @p text, sorted, for applyEdits() (see textedits.h).
[[nodiscard]] QVector<TextEdit> smartPunctuationEdits(const QString &text, const QString &language);

//! @p text with smartPunctuationEdits() applied.
[[nodiscard]] QString smartenPunctuation(const QString &text, const QString &language);

/*!
 * @p text in the primary quotation marks of @p language (en “…”, de „…“, fr « … », ru «…»), for
 * a title in a citation. Languages without a table get the English marks: a citation is ours,
 * and straight quotes would be a typewriter's.
 */
[[nodiscard]] QString quoted(const QString &text, const QString &language);

} // namespace redletter
