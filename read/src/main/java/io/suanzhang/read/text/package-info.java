/**
 * Turns the bytes of a plain-text report into text: byte-order mark first, then strict UTF-8, then
 * a detected charset, with GB18030 as the practical answer for Chinese text.
 */
@NullMarked
package io.suanzhang.read.text;

import org.jspecify.annotations.NullMarked;
