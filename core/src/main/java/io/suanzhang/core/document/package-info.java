/**
 * The structure of a document: pages, and blocks in reading order — headings, paragraphs and tables
 * (rows × cells, spanning headers resolved to the columns they cover, units stated once for a table or
 * column). Every part carries its span in the document's extracted text.
 */
@NullMarked
package io.suanzhang.core.document;

import org.jspecify.annotations.NullMarked;
