/**
 * Text primitives that reading and extraction share: the line breaks a text may hold and its lines,
 * the repair of what PDF and Office extraction does to digits and labels, declared money units, and
 * the structure a plain text shows in place (headings, tab- or pipe-separated tables, paragraphs).
 */
@NullMarked
package io.suanzhang.core.text;

import org.jspecify.annotations.NullMarked;
