/**
 * Reading reports: {@link io.suanzhang.read.DocumentReaders} turns a file of any format Suanzhang
 * reads into a {@link io.suanzhang.core.Document}, its text with pages, headings, paragraphs and
 * tables. A format is added by implementing {@link io.suanzhang.read.DocumentReader} and listing it
 * for {@link java.util.ServiceLoader}.
 */
@NullMarked
package io.suanzhang.read;

import org.jspecify.annotations.NullMarked;
