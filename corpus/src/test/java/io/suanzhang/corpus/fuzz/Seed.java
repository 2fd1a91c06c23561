package io.suanzhang.corpus.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import io.suanzhang.core.testing.SharedFiles;
import io.suanzhang.testkit.GeneratedReport;
import io.suanzhang.testkit.Rendering;
import io.suanzhang.testkit.Testkit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * A well-formed document the fuzz corpus is made from: a shared report, or a testkit report rendered
 * in one of the formats Suanzhang reads.
 *
 * @param name a file name whose extension gives the format
 * @param bytes the file's content
 */
record Seed(String name, byte[] bytes) {

  Seed {
    requireNonNull(name, "name");
    requireNonNull(bytes, "bytes");
  }

  /** The extension, lower case, without the dot ("" when there is none). */
  String extension() {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  boolean isText() {
    return List.of("txt", "md", "csv").contains(extension());
  }

  /**
   * The shared reports no larger than {@code maxBytes} and the testkit's renderings of {@code reports}
   * generated reports (TXT, MD, DOCX, XLSX, PDF when a CJK font is installed, and HTML, RTF and XLS
   * written here from the same report). Skips the calling test when the shared corpus is absent.
   */
  static List<Seed> load(long maxBytes, int reports, Path scratch) throws IOException {
    List<Seed> seeds = new ArrayList<>();
    List<Path> shared = new ArrayList<>(SharedFiles.files(SharedFiles.seeds(), ""));
    shared.addAll(SharedFiles.files(SharedFiles.external(), ""));
    for (Path file : shared) {
      String name = file.getFileName().toString();
      if (Files.size(file) <= maxBytes && !name.equals("SOURCES.md")) {
        seeds.add(new Seed(name, Files.readAllBytes(file)));
      }
    }
    Files.createDirectories(scratch);
    for (long n = 1; n <= reports; n++) {
      GeneratedReport report = Testkit.report(n);
      for (Rendering r : Rendering.values()) {
        if (r.available()) {
          seeds.add(new Seed(report.name() + "." + r.extension(), Files.readAllBytes(r.renderInto(report, scratch))));
        }
      }
      seeds.add(new Seed(report.name() + ".html", html(report.markdown()).getBytes(UTF_8)));
      seeds.add(new Seed(report.name() + ".rtf", rtf(report.text())));
      seeds.add(new Seed(report.name() + ".xls", xls(report.markdown())));
    }
    return List.copyOf(seeds);
  }

  /** Markdown's pipe tables as HTML tables, its other lines as headings and paragraphs. */
  static String html(String markdown) {
    StringBuilder out = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n");
    boolean inTable = false;
    for (String line : markdown.split("\n")) {
      boolean row = line.startsWith("|");
      if (row && !inTable) {
        out.append("<table border=\"1\">\n");
      } else if (!row && inTable) {
        out.append("</table>\n");
      }
      inTable = row;
      if (row) {
        if (line.replaceAll("[|\\-: ]", "").isEmpty()) {
          continue; // the header's underline
        }
        out.append("<tr>");
        for (String cell : cells(line)) {
          out.append("<td>").append(escape(cell)).append("</td>");
        }
        out.append("</tr>\n");
      } else if (line.startsWith("#")) {
        int level = Math.min(6, line.indexOf(' ') < 0 ? 1 : line.indexOf(' '));
        out.append("<h").append(level).append('>').append(escape(line.substring(level).strip()))
            .append("</h").append(level).append(">\n");
      } else if (!line.isBlank()) {
        out.append("<p>").append(escape(line)).append("</p>\n");
      }
    }
    return out.append(inTable ? "</table>\n" : "").append("</body></html>\n").toString();
  }

  /** The text as RTF paragraphs, every character beyond ASCII as {@code \\uN?}. */
  static byte[] rtf(String text) {
    StringBuilder out = new StringBuilder("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0 SimSun;}}\\uc1\\pard\n");
    text.codePoints().forEach(c -> {
      if (c == '\n') {
        out.append("\\par\n");
      } else if (c == '\\' || c == '{' || c == '}') {
        out.append('\\').append((char) c);
      } else if (c < 0x80) {
        out.append((char) c);
      } else if (c < 0x10000) {
        out.append("\\u").append((int) (short) c).append('?');
      }
    });
    return out.append("\\par}").toString().getBytes(UTF_8);
  }

  /** One sheet: a row per line, a pipe table's cells in columns. */
  static byte[] xls(String markdown) throws IOException {
    try (HSSFWorkbook book = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("预算");
      int r = 0;
      for (String line : markdown.split("\n")) {
        if (line.isBlank() || (line.startsWith("|") && line.replaceAll("[|\\-: ]", "").isEmpty())) {
          continue;
        }
        Row row = sheet.createRow(r++);
        List<String> cells = line.startsWith("|") ? cells(line) : List.of(line);
        for (int c = 0; c < cells.size(); c++) {
          row.createCell(c).setCellValue(cells.get(c));
        }
      }
      book.write(out);
      return out.toByteArray();
    }
  }

  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    for (String cell : line.substring(1).split("\\|", -1)) {
      cells.add(cell.strip());
    }
    if (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
      cells.remove(cells.size() - 1);
    }
    return cells;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
