package io.suanzhang.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What FundsLines does by hand is what the pattern it was written for does: a row's label loses its
 * spaces and colons, a number cell is told, and a line that runs rows together is split at the same
 * words.
 */
class FundsLinesProperties {

  private static final Pattern WORD = Pattern.compile("\\S+");
  private static final Pattern PIPED_CELL = Pattern.compile("[^|]+");

  @Property(tries = 3000)
  void aLineIsSplitAtTheWordsThePatternFinds(@ForAll("lines") String text) {
    List<TextLine> lines = List.of(new TextLine(text, 7));
    assertEquals(byPattern(text, 7), FundsLines.rowsApart(lines));
  }

  @Property(tries = 3000)
  void aNumberCellIsWhatThePatternMatches(@ForAll("lines") String word) {
    assertEquals(FundsLines.NUMBER.matcher(word).matches(), FundsLines.isNumber(word));
  }

  @Property(tries = 3000)
  void aWordStartsARowWhereThePatternsSay(@ForAll("lines") String word) {
    assertEquals(FundsLines.ROW_START.matcher(word).find() || FundsLines.PART.matcher(word).find(),
        FundsLines.startsRow(word));
  }

  @Property(tries = 3000)
  void aLabelThePatternsMatchHasWhatTheyNeed(@ForAll("headerLabels") String label) {
    boolean matched = FundsLines.TOTAL.matcher(label).find()
        || FundsLines.HEADER_END.matcher(label).find();
    assertEquals(matched, matched && FundsLines.mayEndHeader(label), label);
  }

  @Property(tries = 3000)
  void aRowIsSplitIntoThePiecesThePatternsFind(@ForAll("lines") String text) {
    TextLine line = new TextLine(text, 3);
    assertEquals(rowByPattern(line), FundsLines.split(line));
  }

  @Property(tries = 3000)
  void aDashIsWhatThePatternMatches(@ForAll("lines") String word) {
    assertEquals(FundsLines.DASH.matcher(word).matches(), FundsLines.isDash(word));
  }

  /** A row as it was first read, each piece found by {@code [^|]+} or {@code \S+}. */
  private static FundsLines.Row rowByPattern(TextLine line) {
    String text = line.text();
    StringBuilder label = new StringBuilder();
    List<FundsLines.Cell> cells = new ArrayList<>();
    Matcher m = (text.indexOf('|') >= 0 ? PIPED_CELL : WORD).matcher(text);
    int counted = 0;
    int points = 0;
    while (m.find()) {
      String cell = m.group().strip();
      if (cell.isEmpty()) {
        continue;
      }
      int at = m.start() + m.group().indexOf(cell);
      if (FundsLines.NUMBER.matcher(cell).matches() || FundsLines.DASH.matcher(cell).matches()) {
        points += text.codePointCount(counted, at);
        counted = at;
        int start = line.start() + points;
        cells.add(new FundsLines.Cell(cell, start, start + cell.codePointCount(0, cell.length())));
      } else if (cells.isEmpty()) {
        label.append(cell);
      } else {
        break;
      }
    }
    String name = FundsLines.LABEL_NOISE.matcher(label).replaceAll("");
    int end = line.start() + points + text.codePointCount(counted, text.length());
    return new FundsLines.Row(name, cells, line.start(), end);
  }

  /** The split as it was written first, each word found by {@code \S+}. */
  private static List<TextLine> byPattern(String text, int lineStart) {
    List<TextLine> out = new ArrayList<>();
    if (text.indexOf('|') >= 0) {
      return List.of(new TextLine(text, lineStart));
    }
    Matcher m = WORD.matcher(text);
    int from = 0;
    boolean cells = false;
    while (m.find()) {
      if (cells && (FundsLines.ROW_START.matcher(m.group()).find()
          || FundsLines.PART.matcher(m.group()).find())) {
        out.add(new TextLine(text.substring(from, m.start()),
            lineStart + text.codePointCount(0, from)));
        from = m.start();
        cells = false;
      }
      cells |= FundsLines.NUMBER.matcher(m.group()).matches();
    }
    out.add(new TextLine(text.substring(from), lineStart + text.codePointCount(0, from)));
    return out;
  }

  /** Labels of totals and header ends, and of neither, in pieces. */
  @Provide
  Arbitrary<String> headerLabels() {
    return Arbitraries.of("年度", "财政", "资金总额", "资金", "总额", "合计", "合", "计", "执行数", "执行率",
        "执行", "得分", "得", "（", "(", "A", "B/A", "）", ")", " ", "预算数", "其中")
        .list().ofMaxSize(6).map(pieces -> String.join("", pieces));
  }

  /** Table lines: labels that start rows, numbers, units and every kind of white space. */
  @Provide
  Arbitrary<String> lines() {
    Arbitrary<String> word = Arbitraries.of("其中", "年度资金总额", "当年财政拨款", "上年结转", "其他资金",
        "其他", "省级资金", "合计", "项目", "12", "-3", "1,234.50", "150万", "620.82万元", "98%", "0.5",
        "-", "—", "——", "/", "－", "|", "||", "𠀀", "A", "年初预算数", "执行率");
    Arbitrary<String> space = Arbitraries.of(" ", "  ", "\t", "\n", "\u000B", "\f", "\r", "\u3000",
        "\u00A0", "\u2028", "");
    return word.list().ofMaxSize(12).flatMap(words ->
        space.list().ofSize(words.size() + 1).map(spaces -> {
          StringBuilder b = new StringBuilder(spaces.get(0));
          for (int i = 0; i < words.size(); i++) {
            b.append(words.get(i)).append(spaces.get(i + 1));
          }
          return b.toString();
        }));
  }

  @Property(tries = 2000)
  void aLabelLosesItsSpacesAndColonsAsThePatternSays(@ForAll("labels") String label) {
    assertEquals(FundsLines.LABEL_NOISE.matcher(label).replaceAll(""),
        FundsLines.withoutSpaceOrColon(new StringBuilder(label)));
  }

  /** Labels of every kind of white space (some of which \s does not cover) and both colons. */
  @Provide
  Arbitrary<String> labels() {
    String chars = "年度资金总额其中当年财政拨款合计执行数率得分ABC12 \t\n\u000B\f\r\u3000\u00A0\u2028\u0085:：，（(）)/";
    return Arbitraries.strings().withChars(chars.toCharArray()).ofMaxLength(20);
  }
}
