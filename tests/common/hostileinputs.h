// SPDX-License-Identifier: GPL-3.0-or-later
// Inputs made to hurt the importers, generated at run time (never committed): the rows of
// tst_hostileinputs and what bench_hostileinputs measures.
#pragma once

#include <QString>

namespace redletter::test {

//! What makeHostileInput() makes.
enum class HostileInput {
    YamlAliasBombForeignMarkdown,
    YamlAliasBombReading,
    FortyMegabyteLine,
    FootnoteReferences200k,
    Paragraphs100k,
    ParagraphsOverCap, //!< one paragraph more than ImportLimits::MaximumBlocksPerReading
    Fifo,
    DevZero,
    SymlinkToDevZero,
    SymlinkLoop,
    NewlineInName,
    RightToLeftOverrideInName,
    ZipBombEpub,
    DeeplyNestedHtml,
    OversizedSparseFile,
    DeeplyNestedJson,
    // At the caps, for bench_hostileinputs: the largest inputs that are still read.
    LineAtTextCap,
    FootnoteReferencesAtCap,
    ParagraphsAtCap,
};

/*!
 * Makes @p input in @p folder (a named pipe, links, files; /dev/zero is itself) and returns its
 * path, or "" when it could not be made. Names are unique within the folder where it matters.
 */
QString makeHostileInput(HostileInput input, const QString &folder);

} // namespace redletter::test
