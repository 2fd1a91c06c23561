package io.suanzhang.read.pdf;

import io.suanzhang.read.internal.DocumentBuilder;
import io.suanzhang.read.pdf.PageLayout.Item;
import io.suanzhang.read.pdf.PageLayout.TableHead;
import io.suanzhang.read.pdf.PageLayout.TableItem;
import io.suanzhang.read.pdf.PageLayout.TextRun;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes the blocks of each page to the document, holding back the last block of a page until the
 * next page shows whether it goes on there: a table whose rows continue at the top of the next page
 * (one row there is enough), a table header whose body starts the next page, or a paragraph broken
 * by the page break.
 */
final class Assembler {

  private final DocumentBuilder builder;
  private final float bodySize;
  private @Nullable Object held;
  private TextBlocks.@Nullable Margins heldMargins;

  Assembler(DocumentBuilder builder, float bodySize) {
    this.builder = builder;
    this.bodySize = bodySize;
  }

  /** Writes a page's items; the page's number must follow the last one given. */
  void page(int number, List<Item> items, TextBlocks.Margins margins) {
    List<Item> rest = takeRowsAtTop(number, items);
    if (rest.isEmpty() && !items.isEmpty()) {
      return; // the held table fills this page and may go on on the next
    }
    List<Object> blocks = new ArrayList<>();
    for (Item item : rest) {
      if (item instanceof TextRun run) {
        blocks.addAll(TextBlocks.blocks(run.lines(), margins, bodySize));
      } else if (item instanceof PageLayout.OcrText ocr) {
        blocks.addAll(ocrParagraphs(ocr.text()));
      } else {
        blocks.add(item);
      }
    }
    int from = 0;
    if (!blocks.isEmpty() && continuesHeld(blocks.get(0), number, margins)) {
      from = 1;
      if (blocks.size() == 1) {
        return; // the held block fills this page and may go on on the next
      }
    }
    flush();
    openPagesTo(number);
    for (int i = from; i < blocks.size() - 1; i++) {
      emit(blocks.get(i));
    }
    if (from < blocks.size()) {
      held = blocks.get(blocks.size() - 1);
      heldMargins = margins;
    }
  }

  /** Writes what is held and opens the pages up to the last. */
  void finish(int pages) {
    flush();
    openPagesTo(pages);
  }

  private static final java.util.regex.Pattern CJK_SPACE =
      java.util.regex.Pattern.compile(
          "(?<=[\\u4e00-\\u9fff\\u3000-\\u303f\\uff00-\\uffef]) +"
              + "(?=[\\u4e00-\\u9fff\\u3000-\\u303f\\uff00-\\uffef])");

  /** OCR text as paragraphs: blank lines part them, wrapped lines are joined. */
  private static List<String> ocrParagraphs(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (String line : text.split("\\R", -1)) {
      String t = line.strip();
      if (t.isEmpty()) {
        if (paragraph.length() > 0) {
          out.add(paragraph.toString());
          paragraph.setLength(0);
        }
        continue;
      }
      t = CJK_SPACE.matcher(t).replaceAll(""); // tesseract spaces out Chinese characters
      paragraph.append(Texts.lineJoiner(paragraph, t)).append(t);
    }
    if (paragraph.length() > 0) {
      out.add(paragraph.toString());
    }
    return out;
  }

  /**
   * The items of a page less the rows at its top that the table (or table header) held from the page
   * before takes: lines with cells apart, too few to make a table of their own.
   */
  private List<Item> takeRowsAtTop(int number, List<Item> items) {
    if (items.isEmpty() || !(items.get(0) instanceof TextRun run)) {
      return items;
    }
    int rows = PageLayout.rowsAtTop(run.lines());
    if (rows == 0 || !takesRows(run.lines().subList(0, rows), number)) {
      return items;
    }
    List<Item> rest = new ArrayList<>(items.subList(1, items.size()));
    if (rows < run.lines().size()) {
      rest.add(0, new TextRun(run.lines().subList(rows, run.lines().size())));
    }
    return rest;
  }

  private boolean takesRows(List<Line> rows, int number) {
    if (held instanceof TableItem table) {
      return table.table().continueWith(rows, number);
    }
    return held instanceof TableHead head && headWith(head, rows, number);
  }

  private boolean continuesHeld(Object first, int number, TextBlocks.Margins margins) {
    if (held instanceof TableItem table && first instanceof TableItem next && !next.captioned()) {
      return table.table().continueWith(next.lines(), number);
    }
    if (held instanceof TableHead head) {
      if (first instanceof TableItem next && !next.captioned() && headWith(head, next.lines(), number)) {
        return true;
      }
      holdAsText(head);
    }
    if (held instanceof TextBlocks.Block block && first instanceof TextBlocks.Block next
        && heldMargins != null && TextBlocks.continues(block, heldMargins, next, margins)) {
      held = block.joinedWith(next);
      return true;
    }
    return false;
  }

  /** Holds the table that a header held from the page before heads, with these body lines, if any. */
  private boolean headWith(TableHead head, List<Line> body, int number) {
    StreamTable table = StreamTable.headed(head.lines(), head.page(), head.rulings(), body, number);
    if (table == null) {
      return false;
    }
    head.caption().applyTo(table);
    held = new TableItem(table, body, true);
    return true;
  }

  /**
   * No table followed the header lines: they were text after all. Writes their blocks but the last,
   * which is held as a paragraph that may go on at the top of the next page.
   */
  private void holdAsText(TableHead head) {
    TextBlocks.Margins margins = heldMargins != null ? heldMargins : TextBlocks.Margins.of(head.lines());
    List<TextBlocks.Block> blocks = TextBlocks.blocks(head.lines(), margins, bodySize);
    for (int i = 0; i < blocks.size() - 1; i++) {
      emit(blocks.get(i));
    }
    held = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
  }

  private void flush() {
    if (held instanceof TableHead head) {
      holdAsText(head);
    }
    if (held != null) {
      emit(held);
    }
    held = null;
    heldMargins = null;
  }

  private void openPagesTo(int number) {
    Integer current = builder.currentPage();
    for (int p = current == null ? 1 : current + 1; p <= number; p++) {
      builder.beginPage(p);
    }
  }

  private void emit(Object block) {
    if (block instanceof TableItem table) {
      builder.table(table.table().grid());
    } else if (block instanceof String ocrParagraph) {
      builder.paragraph(ocrParagraph);
    } else if (block instanceof TextBlocks.Block b) {
      if (b.level() > 0) {
        builder.heading(b.level(), b.text());
      } else {
        builder.paragraph(b.text());
      }
    }
  }
}
