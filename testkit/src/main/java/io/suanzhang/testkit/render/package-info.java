/**
 * Renderers that turn a report of headings, paragraphs and tables ({@link
 * io.suanzhang.testkit.render.PlainReport}) into DOCX, XLSX and PDF with real structure: heading
 * styles, tables, numeric cells, ruled grids and an embedded CJK font. A plain text or Markdown report
 * is parsed into one with {@link io.suanzhang.testkit.render.PlainReport#parse(String)}.
 */
@NullMarked
package io.suanzhang.testkit.render;

import org.jspecify.annotations.NullMarked;
