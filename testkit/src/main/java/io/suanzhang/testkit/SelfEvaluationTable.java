package io.suanzhang.testkit;

import io.suanzhang.core.text.Span;
import io.suanzhang.testkit.render.DocxRenderer;
import io.suanzhang.testkit.render.PdfRenderer;
import io.suanzhang.testkit.render.PlainReport;
import io.suanzhang.testkit.render.XlsxRenderer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A 项目支出绩效自评表 of the national template: the 项目资金 block (年初预算数, 全年预算数, 全年执行数, 分值,
 * 执行率, 得分; 年度资金总额 over 本年财政拨款, 上年结转资金 and 其他资金) and the indicator rows under
 * 产出指标(50分), 效益指标(30分) and 满意度指标(10分), each with its 年度指标值, 实际完成值, 分值, 得分 and
 * 偏差原因, then 总分 and 评价等级.
 *
 * <p>Written as a table flattened to text ({@link Layout}): words apart by blanks, a row a line (as
 * a copied PDF gives it), or cells between pipes (as a web page's table gives it), and rendered from
 * that in every format of {@link Rendering} ({@link #render}). Consistent, or
 * with one error of a {@link Kind} put in ({@link #inject}), every number with its span, so a
 * property can ask whether a finding points at the changed one.
 */
public record SelfEvaluationTable(
    BigDecimal initial, BigDecimal budget, BigDecimal spent, List<Money> parts, List<Row> rows) {

  /** How the table reached text. */
  public enum Layout { SPACED, PIPED }

  /** The error put in. */
  public enum Kind {
    /** 执行率 changed by a point or more. */
    RATE,
    /** One indicator row's 得分 above its 分值 (and the 总分 with it, so the sums still hold). */
    OVER,
    /** 总分's 得分 not the sum of the rows'. */
    TOTAL,
    /** 评价等级 not the band of the 总分. */
    GRADE,
    /** A missed indicator's 偏差原因 left blank. */
    REASON,
    /** 年度资金总额 of one column less than its parts. */
    FUNDS_SUM,
    /**
     * 全年预算数 not 年初预算数 and nothing explaining it: the explaining sentence left out, or, where
     * the budget did not change, the 年初预算数 (of the total and of 本年财政拨款) lowered.
     */
    ADJUSTMENT,
    /** A met indicator given less than its 分值 (and the 总分 and grade with it). */
    WITHHELD
  }

  /** A row under 年度资金总额: its name and its three money columns, in 万元. */
  public record Money(String name, BigDecimal initial, BigDecimal budget, BigDecimal spent) {}

  /**
   * An indicator row: its 一级 group, name, unit (% or a count's), target (at least), actual, full
   * points and the reason given when it is missed.
   */
  public record Row(
      String group, String name, String unit, int target, int actual, int full, String reason) {
    public boolean met() {
      return actual >= target;
    }

    /** Full points when met, two fewer when missed. */
    public int score() {
      return met() ? full : full - 2;
    }
  }

  /** A table as text and the span of each number or word an injection may change, by name. */
  public record Written(String text, Map<String, Span> places) {
    public Written {
      places = Map.copyOf(places);
    }

    public Span at(String place) {
      Span s = places.get(place);
      if (s == null) {
        throw new IllegalArgumentException("no place " + place + " in " + places.keySet());
      }
      return s;
    }
  }

  /** A table with one error of {@code kind}, and the place ({@link Written#at}) it changed. */
  public record Injected(SelfEvaluationTable table, Layout layout, Kind kind, Written written,
      String place) {
    public Span changed() {
      return written.at(place);
    }
  }

  private static final String[][] INDICATORS = {
    {"产出指标", "数量指标", "补助对象人数", "人"},
    {"产出指标", "质量指标", "资金发放准确率", "%"},
    {"产出指标", "时效指标", "资金发放及时率", "%"},
    {"产出指标", "成本指标", "项目完成个数", "个"},
    {"效益指标", "社会效益指标", "政策知晓率", "%"},
    {"效益指标", "可持续影响指标", "长效管护机制覆盖村数", "个"},
    {"满意度指标", "服务对象满意度指标", "受益群众满意度", "%"},
  };
  private static final int[] FULL = {15, 15, 10, 10, 15, 15, 10};
  private static final Map<String, Integer> GROUPS =
      Map.of("产出指标", 50, "效益指标", 30, "满意度指标", 10);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TEN = BigDecimal.TEN;

  public SelfEvaluationTable {
    parts = List.copyOf(parts);
    rows = List.copyOf(rows);
  }

  /** The table of a seed: amounts of 10 to 999.99万元, one or two indicators missed. */
  static SelfEvaluationTable of(long seed) {
    Random random = new Random(seed);
    BigDecimal initial = BigDecimal.valueOf(1_000 + random.nextInt(99_000), 2);
    BigDecimal budget = random.nextBoolean() ? initial
        : initial.add(BigDecimal.valueOf(random.nextInt(5_000), 2));
    BigDecimal spent = budget.multiply(BigDecimal.valueOf(80 + random.nextInt(21)))
        .divide(HUNDRED, 2, RoundingMode.HALF_UP);
    List<Money> parts = new ArrayList<>();
    BigDecimal carried = BigDecimal.valueOf(random.nextInt(500), 2).min(initial);
    parts.add(new Money("其中:本年财政拨款", initial.subtract(carried), budget.subtract(carried),
        spent.subtract(carried.min(spent))));
    parts.add(new Money("上年结转资金", carried, carried, carried.min(spent)));
    parts.add(new Money("其他资金", BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
    int missed = random.nextInt(INDICATORS.length);
    int missedToo = random.nextBoolean() ? random.nextInt(INDICATORS.length) : missed;
    List<Row> rows = new ArrayList<>();
    for (int k = 0; k < INDICATORS.length; k++) {
      String[] i = INDICATORS[k];
      boolean percent = i[3].equals("%");
      int target = percent ? 90 + random.nextInt(6) : 5 + random.nextInt(200);
      boolean miss = k == missed || k == missedToo;
      int actual = miss ? target - 1 - random.nextInt(4) : target + random.nextInt(percent ? 5 : 30);
      rows.add(new Row(i[0], i[2], i[3], target, actual, FULL[k], "受资金到位时间影响，下年度加快进度"));
    }
    return new SelfEvaluationTable(initial, budget, spent, parts, rows);
  }

  /** 执行率 as the template writes it: 全年执行数 ÷ 全年预算数, to two places. */
  public BigDecimal rate() {
    return spent.multiply(HUNDRED).divide(budget, 2, RoundingMode.HALF_UP);
  }

  /** The execution row's 得分: 10 × 执行率, to two places, no more than 10. */
  public BigDecimal fundsScore() {
    return TEN.multiply(rate()).divide(HUNDRED, 2, RoundingMode.HALF_UP).min(TEN);
  }

  public BigDecimal total() {
    BigDecimal t = fundsScore();
    for (Row r : rows) {
      t = t.add(BigDecimal.valueOf(r.score()));
    }
    return t;
  }

  /** The grade of a total by the national bands. */
  public static String grade(BigDecimal total) {
    if (total.compareTo(BigDecimal.valueOf(90)) >= 0) {
      return "优";
    }
    if (total.compareTo(BigDecimal.valueOf(80)) >= 0) {
      return "良";
    }
    return total.compareTo(BigDecimal.valueOf(60)) >= 0 ? "中" : "差";
  }

  /**
   * Writes a table in {@code format}: TXT and MD as its text; DOCX, XLSX and PDF with its lines of
   * cells as a real table (write it {@link Layout#PIPED} for those), whose text a reader gives back
   * a row a line, so the spans of {@link Written} hold only for TXT and MD.
   */
  public static void render(Written written, Rendering format, Path file) throws IOException {
    switch (format) {
      case TXT, MD -> Files.writeString(file, written.text(), StandardCharsets.UTF_8);
      case DOCX -> DocxRenderer.render(PlainReport.parse(written.text()), file);
      case XLSX -> XlsxRenderer.render(PlainReport.parse(written.text()), file);
      case PDF -> PdfRenderer.render(PlainReport.parse(written.text()), file);
    }
  }

  /** The table as written, consistent. */
  public Written write(Layout layout) {
    return new Writer(layout, Map.of()).write();
  }

  /**
   * The table with one error of {@code kind}, chosen by {@code seed}; only kinds whose error is
   * certain to be visible are made (a 年度资金总额 is made less than its parts, since a total above
   * them may stand for parts not listed).
   */
  public Injected inject(Layout layout, Kind kind, long seed) {
    Random random = new Random(seed);
    Map<String, String> change = new LinkedHashMap<>();
    String place;
    switch (kind) {
      case RATE -> {
        BigDecimal step = BigDecimal.valueOf(100 + random.nextInt(900), 2);
        BigDecimal r = rate();
        change.put("rate", (r.compareTo(step.add(BigDecimal.ONE)) > 0 && random.nextBoolean()
            ? r.subtract(step) : r.add(step)).toPlainString() + "%");
        place = "rate";
      }
      case OVER -> {
        int k = random.nextInt(rows.size());
        Row r = rows.get(k);
        int over = r.full() + 1 + random.nextInt(3);
        change.put("score" + k, String.valueOf(over));
        change.put("total", total().add(BigDecimal.valueOf(over - r.score())).toPlainString());
        place = "score" + k;
      }
      case TOTAL -> {
        BigDecimal delta = BigDecimal.valueOf(1 + random.nextInt(5));
        BigDecimal t = total();
        change.put("total", (t.compareTo(HUNDRED.subtract(delta)) > 0 || random.nextBoolean()
            ? t.subtract(delta) : t.add(delta)).toPlainString());
        place = "total";
      }
      case GRADE -> {
        String right = grade(total());
        String wrong = right.equals("优") ? "良" : "优";
        change.put("grade", wrong);
        place = "total";
      }
      case ADJUSTMENT -> {
        if (budget.compareTo(initial) != 0) {
          change.put("explain", "");
          place = "budget";
        } else {
          BigDecimal first = parts.get(0).initial();
          BigDecimal delta = BigDecimal.valueOf(100 + random.nextInt(900), 2)
              .min(first.subtract(BigDecimal.ONE)).max(BigDecimal.ONE);
          change.put("initial", initial.subtract(delta).toPlainString());
          change.put("initialPart", first.subtract(delta).toPlainString());
          place = "initial";
        }
      }
      case WITHHELD -> {
        int k = random.nextInt(rows.size());
        while (!rows.get(k).met()) {
          k = (k + 1) % rows.size();
        }
        int less = 1 + random.nextInt(3);
        BigDecimal t = total().subtract(BigDecimal.valueOf(less));
        change.put("score" + k, String.valueOf(rows.get(k).full() - less));
        change.put("total", t.toPlainString());
        change.put("grade", grade(t));
        place = "score" + k;
      }
      case REASON -> {
        int k = 0;
        while (rows.get(k).met()) {
          k++;
        }
        change.put("reason" + k, "");
        place = "actual" + k;
      }
      default -> {
        String[] columns = {"initial", "budget", "spent"};
        String column = columns[random.nextInt(columns.length)];
        BigDecimal was = column.equals("initial") ? initial : column.equals("budget") ? budget : spent;
        BigDecimal delta = BigDecimal.valueOf(100 + random.nextInt(900), 2).min(was.subtract(BigDecimal.ONE));
        change.put(column, was.subtract(delta).toPlainString());
        place = column;
      }
    }
    return new Injected(this, layout, kind, new Writer(layout, change).write(), place);
  }

  /** Writes the table, a cell at a time, with the values of {@code change} in place of its own. */
  private final class Writer {
    private final Layout layout;
    private final Map<String, String> change;
    private final StringBuilder text = new StringBuilder();
    private final Map<String, Span> places = new LinkedHashMap<>();
    private boolean rowOpen;

    Writer(Layout layout, Map<String, String> change) {
      this.layout = layout;
      this.change = change;
    }

    Written write() {
      text.append("项目支出绩效自评表\n（2023年度）\n项目名称 示例民生补助资金\n项目资金\n（万元）\n");
      row("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
      cell("年度资金总额");
      number("initial", initial.toPlainString());
      number("budget", budget.toPlainString());
      number("spent", spent.toPlainString());
      number("fundsFull", "10");
      number("rate", rate().toPlainString() + "%");
      number("fundsScore", fundsScore().toPlainString());
      end();
      for (Money m : parts) {
        cell(m.name());
        if (m == parts.get(0)) {
          number("initialPart", m.initial().toPlainString());
        } else {
          cell(m.initial().toPlainString());
        }
        row(m.budget().toPlainString(), m.spent().toPlainString(), "-", "-", "-");
      }
      row("年度总体目标", "预期目标", "实际完成情况");
      row("按时足额发放补助资金。", "已按时足额发放。");
      row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
          "偏差原因分析及改进措施");
      String group = "";
      for (int k = 0; k < rows.size(); k++) {
        Row r = rows.get(k);
        if (!r.group().equals(group)) {
          group = r.group();
          cell(group + "(" + GROUPS.get(group) + "分)");
        }
        cell(INDICATORS[k][1]);
        cell(r.name());
        number("target" + k, "≥" + r.target() + r.unit());
        number("actual" + k, r.actual() + r.unit());
        number("full" + k, String.valueOf(r.full()));
        number("score" + k, String.valueOf(r.score()));
        String reason = change.getOrDefault("reason" + k, r.met() ? "" : r.reason());
        if (!reason.isEmpty()) {
          cell(reason);
        } else if (layout == Layout.PIPED) {
          cell("");
        }
        end();
      }
      BigDecimal total = total();
      cell("总分");
      number("totalFull", "100");
      number("total", total.toPlainString());
      cell(change.getOrDefault("grade", grade(total)));
      end();
      if (budget.compareTo(initial) != 0 && !change.containsKey("explain")) {
        // A budget changed during the year is explained, as a consistent report does.
        text.append("预算调整说明：年中追加预算资金").append(budget.subtract(initial).toPlainString())
            .append("万元，用于补助对象增加。\n");
      }
      return new Written(text.toString(), places);
    }

    private void row(String... cells) {
      for (String c : cells) {
        cell(c);
      }
      end();
    }

    private void cell(String c) {
      if (layout == Layout.PIPED) {
        text.append(rowOpen ? " " : "| ").append(c).append(" |");
      } else {
        text.append(rowOpen ? " " : "").append(c);
      }
      rowOpen = true;
    }

    private void number(String place, String written) {
      String value = change.getOrDefault(place, written);
      cell("");
      // the cell was opened empty: put the number where its text goes
      int cut = layout == Layout.PIPED ? text.length() - 2 : text.length();
      String tail = text.substring(cut);
      text.setLength(cut);
      int start = text.codePointCount(0, text.length());
      text.append(value);
      places.put(place, new Span(start, start + value.codePointCount(0, value.length()), null));
      text.append(tail);
    }

    private void end() {
      text.append('\n');
      rowOpen = false;
    }
  }
}
