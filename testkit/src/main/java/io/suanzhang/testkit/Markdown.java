package io.suanzhang.testkit;

import java.util.ArrayList;
import java.util.List;

/** The Markdown rendering of a generated report, with the offset map from its plain text. */
final class Markdown {

  private final String text;
  /** For each line of the plain text: where it starts in the Markdown, and its cell starts. */
  private final List<int[]> lineMaps;
  private final List<Integer> lineStarts;

  private Markdown(String text, List<int[]> lineMaps, List<Integer> lineStarts) {
    this.text = text;
    this.lineMaps = lineMaps;
    this.lineStarts = lineStarts;
  }

  static Markdown of(GeneratedReport report) {
    StringBuilder md = new StringBuilder();
    List<int[]> maps = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    String[] lines = report.text().split("\n", -1);
    int plainAt = 0;
    boolean inTable = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      starts.add(plainAt);
      int mdAt = md.codePointCount(0, md.length());
      if (line.indexOf('\t') >= 0) {
        String[] cells = line.split("\t", -1);
        // One code point of the plain line maps to one of the Markdown line, cell by cell.
        int[] map = new int[line.codePointCount(0, line.length()) + 1];
        int p = 0;
        md.append("| ");
        int m = mdAt + 2;
        for (int c = 0; c < cells.length; c++) {
          if (c > 0) {
            map[p++] = m; // the tab
            md.append(" | ");
            m += 3;
          }
          int n = cells[c].codePointCount(0, cells[c].length());
          for (int k = 0; k < n; k++) {
            map[p++] = m++;
          }
          md.append(cells[c].isEmpty() ? "" : cells[c]);
        }
        map[p] = m;
        md.append(" |\n");
        if (!inTable) {
          md.append("|").append(" --- |".repeat(cells.length)).append('\n');
        }
        inTable = true;
        maps.add(map);
      } else {
        inTable = false;
        Integer level = report.headings().get(i);
        String prefix = level == null || line.isBlank() ? "" : "#".repeat(level) + " ";
        int n = line.codePointCount(0, line.length());
        int[] map = new int[n + 1];
        for (int k = 0; k <= n; k++) {
          map[k] = mdAt + prefix.length() + k;
        }
        md.append(prefix).append(line);
        if (i < lines.length - 1) {
          md.append('\n');
        }
        maps.add(map);
      }
      plainAt += line.codePointCount(0, line.length()) + 1;
    }
    return new Markdown(md.toString(), maps, starts);
  }

  String text() {
    return text;
  }

  int offset(int plain) {
    int line = 0;
    while (line + 1 < lineStarts.size() && lineStarts.get(line + 1) <= plain) {
      line++;
    }
    int[] map = lineMaps.get(line);
    int within = Math.min(plain - lineStarts.get(line), map.length - 1);
    return map[within];
  }
}
