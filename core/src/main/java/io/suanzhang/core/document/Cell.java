package io.suanzhang.core.document;

import static java.util.Objects.requireNonNull;

import io.suanzhang.core.text.Span;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A table cell: its 0-based row and column, how many rows and columns it spans, whether it belongs to
 * the header, its text and that text's span in the document, and the page it is on.
 */
public record Cell(
    int row,
    int column,
    int rowSpan,
    int columnSpan,
    boolean header,
    String text,
    Span span,
    @Nullable Integer page) {

  public Cell {
    requireNonNull(text, "text");
    requireNonNull(span, "span");
    if (row < 0 || column < 0 || rowSpan < 1 || columnSpan < 1) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "cell at row %d, column %d spanning %d×%d is not valid", row, column,
              rowSpan, columnSpan));
    }
  }

  /** Whether this cell covers the given row and column (itself or through its span). */
  public boolean covers(int r, int c) {
    return r >= row && r < row + rowSpan && c >= column && c < column + columnSpan;
  }
}
