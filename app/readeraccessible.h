// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace redletter {

class ReaderView;

/*!
 * Installs the accessible interface of the reader view (once; idempotent): what a screen reader
 * sees of it through QAccessible and, on Linux, AT-SPI. The view is a document with its text (the
 * text interface: characters, caret, selection, where a character is), and its margin notes are
 * its children, in reading order: each a note whose name is its text and whose description is the
 * passage it belongs to, with a "press" action that opens it (or edits my note).
 */
void installReaderAccessibility();

//! Tells assistive technology that the keyboard moved to note @p noteIndex of @p view (-1: none).
void notifyNoteFocus(ReaderView *view, int noteIndex);

} // namespace redletter
