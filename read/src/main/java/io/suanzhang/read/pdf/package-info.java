/**
 * Reading PDF reports: text in reading order with page numbers, running headers and footers removed,
 * wrapped lines re-joined, and tables rebuilt from the positions of their glyphs.
 */
@NullMarked
package io.suanzhang.read.pdf;

import org.jspecify.annotations.NullMarked;
