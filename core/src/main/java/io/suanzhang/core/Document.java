package io.suanzhang.core;

import static java.util.Objects.requireNonNull;

import io.suanzhang.core.document.Block;
import io.suanzhang.core.document.Page;
import io.suanzhang.core.document.Table;
import io.suanzhang.core.document.Warning;
import io.suanzhang.core.text.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A document as read: its source, the extracted text that every offset points into, and its
 * structure — pages, blocks (headings, paragraphs and tables, in reading order) — with warnings about
 * parts that could not be read well.
 *
 * <p>Tables appear in the text as one line per row with cells separated by tabs, so the text alone
 * is readable and every cell's span points into it.
 */
public record Document(
    Source source, String text, List<Page> pages, List<Block> blocks, List<Warning> warnings) {

  public Document {
    requireNonNull(source, "source");
    requireNonNull(text, "text");
    pages = List.copyOf(pages);
    blocks = List.copyOf(blocks);
    warnings = List.copyOf(warnings);
  }

  /** A document that is just text: no pages and no structure. */
  public static Document ofText(Source source, String text) {
    return new Document(source, text, List.of(), List.of(), List.of());
  }

  /** The tables of the document, in reading order. */
  public List<Table> tables() {
    return blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
  }

  /** The 1-based page holding a code-point offset, or {@code null} for formats without pages. */
  public @Nullable Integer pageAt(int offset) {
    int lo = 0;
    int hi = pages.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span span = pages.get(mid).span();
      if (offset < span.start()) {
        hi = mid - 1;
      } else if (offset >= span.end()) {
        lo = mid + 1;
      } else {
        return pages.get(mid).number();
      }
    }
    return null;
  }
}
