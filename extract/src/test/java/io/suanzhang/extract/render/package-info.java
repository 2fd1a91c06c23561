/**
 * Test-only renderers that turn a plain-text report into DOCX, XLSX and PDF with real structure
 * (heading styles, tables, ruled grids, embedded CJK fonts), so that tests can check that the same
 * report read from each format yields the same numbers. Renderings are made at test time into {@code
 * target/}; the shared seeds are never copied into the repository.
 */
@NullMarked
package io.suanzhang.extract.render;

import org.jspecify.annotations.NullMarked;
