/**
 * Readers for legacy Word and Excel (DOC, XLS), HTML and RTF through Apache Tika's parsers for each
 * format, turning the XHTML they write into headings, paragraphs and tables.
 */
@NullMarked
package io.suanzhang.read.tika;

import org.jspecify.annotations.NullMarked;
