package io.suanzhang.read.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Document;
import io.suanzhang.core.Format;
import io.suanzhang.core.Source;
import io.suanzhang.core.document.Cell;
import io.suanzhang.core.document.Column;
import io.suanzhang.core.document.Table;
import io.suanzhang.core.testing.SharedFiles;
import io.suanzhang.read.ReadOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * The PDFs of the shared corpus as the PDF reader tests read them, each read once for all test
 * classes, and what those tests ask of their tables.
 */
final class PdfSamples {

  private static final Map<Path, Document> READ = new ConcurrentHashMap<>();

  /** A cell that is a number and nothing else. */
  private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?%?");

  /** OCR that is not installed, whatever this machine has. */
  static final Ocr NO_OCR = new Ocr() {
    @Override
    public boolean available() {
      return false;
    }

    @Override
    public String read(java.awt.image.BufferedImage page) throws IOException {
      throw new IOException("no OCR in this test");
    }
  };

  private PdfSamples() {}

  static Stream<Path> pdfs() {
    return SharedFiles.files(SharedFiles.external().resolve("pdf"), ".pdf").stream();
  }

  static Path pdf(String name) {
    return pdfs().filter(p -> p.getFileName().toString().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " is not in the shared corpus"));
  }

  static Document read(Path file) {
    return READ.computeIfAbsent(file, f -> {
      try {
        byte[] bytes = Files.readAllBytes(f);
        return new PdfReader().read(bytes, source(f.toString(), bytes), ReadOptions.DEFAULT);
      } catch (IOException e) {
        throw new AssertionError(f + " did not read: " + e.getMessage(), e);
      }
    });
  }

  static Source source(String path, byte[] bytes) {
    return new Source(path, "", Format.PDF, bytes.length, null);
  }

  /** Whether the cells hold every wanted number, each in a cell of its own. */
  static boolean holdsAll(List<Cell> cells, List<BigDecimal> wanted) {
    List<BigDecimal> values = new ArrayList<>();
    for (Cell c : cells) {
      String s = c.text().strip();
      if (NUMBER.matcher(s).matches() && !s.endsWith("%")) {
        values.add(value(s));
      }
    }
    for (BigDecimal w : wanted) {
      int at = -1;
      for (int k = 0; k < values.size() && at < 0; k++) {
        if (values.get(k).compareTo(w) == 0) {
          at = k;
        }
      }
      if (at < 0) {
        return false;
      }
      values.remove(at);
    }
    return true;
  }

  static BigDecimal value(String number) {
    return new BigDecimal(number.replace(",", ""));
  }

  static Table titled(String file, String title) {
    return read(pdf(file)).tables().stream()
        .filter(t -> t.title() != null && t.title().contains(title)).findFirst()
        .orElseThrow(() -> new AssertionError(file + " has no table titled …" + title));
  }

  static List<String> labels(Table t) {
    return t.columns().stream().map(Column::label).toList();
  }

  /** The text of the cell of a row under the column with this header path. */
  static String under(Table t, int row, String label) {
    int column = labels(t).indexOf(label);
    assertTrue(column >= 0, () -> t.title() + " has no column " + label + ": " + labels(t));
    return t.cell(row, column).map(Cell::text).orElse("");
  }

  /** The first body row whose cell under a column reads {@code text}. */
  static int rowWith(Table t, String label, String text) {
    for (int r = t.headerRows(); r < t.rowCount(); r++) {
      if (under(t, r, label).equals(text)) {
        return r;
      }
    }
    throw new AssertionError(t.title() + " has no row " + text + " under " + label);
  }

  /** The bytes of a PDF made here, its page drawn by these content-stream operators. */
  static byte[] saved(PDDocument d, PDPage page, CharSequence ops) throws IOException {
    PDStream stream = new PDStream(d);
    try (OutputStream os = stream.createOutputStream()) {
      os.write(ops.toString().getBytes(StandardCharsets.US_ASCII));
    }
    page.setContents(stream);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    d.save(out);
    return out.toByteArray();
  }
}
