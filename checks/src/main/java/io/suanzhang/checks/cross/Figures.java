package io.suanzhang.checks.cross;

import static java.util.Objects.requireNonNull;

import io.suanzhang.checks.Interval;
import io.suanzhang.checks.Remembered;
import io.suanzhang.checks.cross.CrossDocuments.Doc;
import io.suanzhang.core.fact.Amount;
import io.suanzhang.core.fact.Comparison;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Measure;
import io.suanzhang.core.fact.TableRow;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The figures a report states for its own year, with what each is about, as report sets ({@link
 * ReportSets}) and year pairs ({@link YearOnYear}) match them across files: a table row's main value
 * (its 合计 or 预算数 column), an amount of the prose in the report's own stage, and the current value
 * of a comparison (2019年…18330.37万元，与上年相比增加…).
 *
 * <p>An {@link Item} is a path of names from the 类 down (一般公共服务（类）群众团体事务（款）一般行政管理事务（项）
 * → [一般公共服务, 群众团体事务, 一般行政管理事务]), each name without the words that change between
 * writers (the department, the year, a trailing 预算 or 支出, quotes, the list number), and the
 * classification code where a table gives one.
 */
final class Figures {

  /** A figure: the file it is in, its fact, its number, what it is about, and whether a table holds it. */
  record Figure(Doc doc, Fact fact, Mention number, Item item, boolean inTable, List<String> parts) {

    /**
     * @param parts the parts of an account ({@link #PARTS}) the title of the figure's table names,
     *     found once: a figure is asked whether it is {@link #narrower} than a sentence for every
     *     sentence of its department's other reports it may be compared with
     */
    Figure {
      parts = List.copyOf(parts);
    }

    Figure(Doc doc, Fact fact, Mention number, Item item, boolean inTable) {
      this(doc, fact, number, item, inTable, tableParts(fact));
    }

    /** Where the number is, for messages: the file and the page. */
    String place() {
      return doc.path() + (number.page() == null ? "" : " 第" + number.page() + "页");
    }
  }

  /**
   * What a figure is about.
   *
   * @param path names from the broadest down, the last the figure's own
   * @param code the classification code a table gives it, or null
   */
  record Item(List<String> path, @Nullable String code) {
    Item {
      path = List.copyOf(path);
      if (path.isEmpty()) {
        throw new IllegalArgumentException("an item without a name");
      }
    }

    String name() {
      return path.get(path.size() - 1);
    }

    /** Same last name, and the shorter path the end of the longer: 行政运行 is 人大事务·行政运行. */
    boolean sameName(Item other) {
      List<String> a = path.size() <= other.path.size() ? path : other.path;
      List<String> b = a == path ? other.path : path;
      return b.subList(b.size() - a.size(), b.size()).equals(a);
    }

    /** Whether the text names the item as a classification (（类）（款）（项）) or a table codes it. */
    boolean classified() {
      return code != null || path.size() > 1;
    }
  }

  private static final Pattern LEVEL = Pattern.compile("\\((?:类|款|项)\\)");
  private static final Pattern QUOTES = Pattern.compile("[“”‘’\"'「」]");
  private static final Pattern NUMBERING =
      Pattern.compile("^(?:\\(?[一二三四五六七八九十\\d]+[)、.．]|[一二三四五六七八九十]+、|\\d+\\.)");
  private static final Pattern YEAR =
      Pattern.compile("^(?:本?部门|本?单位)?(?:\\d{4}年度?)?(?:本?部门|本?单位)?");
  // 支总计: the 支 of 收、支总计, the subject cut at its 、; 财政拨款收、支总计 and 财政拨款收入预算总计 are
  // the 财政拨款 total, as 财政拨款收、支预算 is (a balanced account's income and spending are one sum)
  private static final Pattern TOTAL = Pattern.compile(
      "^(.*?)(?:(?:收入|支出|收支|收、支|收入、支出|支)?(?:预算)?总计|收、支|收入、支出)$");
  private static final Set<String> GENERIC = Set.of(
      "合计", "小计", "其中", "收入", "支出", "金额", "资金", "本年", "部门", "预算", "本年收入",
      "本年支出");

  private Figures() {}

  /** The figures a report states for its own year. */
  static List<Figure> of(Doc doc) {
    boolean budget = doc.family().equals(CrossDocuments.BUDGET);
    int year = requireNonNull(doc.report().year());
    SameYear.Basis own = budget ? SameYear.Basis.INITIAL_BUDGET : SameYear.Basis.ACTUAL;
    Map<String, TableRow> byCode = new HashMap<>();
    for (Fact f : doc.facts()) {
      if (f instanceof TableRow row && row.code() != null) {
        byCode.putIfAbsent(row.code(), row);
      }
    }
    List<Figure> out = new ArrayList<>();
    for (Fact f : doc.facts()) {
      if (f instanceof TableRow row) {
        Mention main = main(row, budget, year, own);
        Item item = main == null ? null : row(row, byCode, doc);
        if (item != null) {
          out.add(new Figure(doc, row, main, item, true));
        }
      } else if (f instanceof Amount a && money(a.value())) {
        Item item = text(a.subject(), doc);
        // 住房改革支出（类）住房公积金（项）752.9万元: the amount an item heads itself with is the item's
        // amount in the report's own stage, whatever word (or none) stands before it
        boolean heads = item != null && item.path().size() > 1 || LEVEL.matcher(
            CrossDocuments.normalise(a.subject())).find() && a.measure() == Measure.OTHER;
        // 2023年度收、支总计1,853.86万元: a total without a measure word is the report's own
        boolean total = item != null && item.path().size() == 1 && item.name().equals("总计")
            && a.measure() == Measure.OTHER && SameYear.ownYear(a, year);
        if (item != null && (SameYear.amountBasis(a, budget, year) == own || heads || total)) {
          out.add(new Figure(doc, a, a.value(), item, false));
        }
      } else if (f instanceof Comparison c && c.current() != null && money(c.current())
          && !Objects.equals(c.baseYear(), year)) {
        Item item = text(c.subject(), doc);
        if (item != null) {
          out.add(new Figure(doc, c, c.current(), item, false));
        }
      }
    }
    return out;
  }

  /** The row's own value in the report's stage: the first such money column (合计 comes first). */
  private static @Nullable Mention main(TableRow row, boolean budget, int year, SameYear.Basis own) {
    for (TableRow.Value v : row.values()) {
      String last = v.column().substring(v.column().lastIndexOf('/') + 1);
      boolean part = last.contains("基本") || last.contains("项目") || last.contains("其中");
      // a lone 金额 or 总计 column is the row's own value, as 合计 is (财政拨款支出预算表: 金额)
      String column = last.equals("金额") || last.equals("总计")
          ? v.column().substring(0, v.column().length() - last.length()) + "合计" : v.column();
      if (money(v.value()) && !part && (SameYear.columnBasis(column, budget, year) == own
          || !budget && executed(column, year))) {
        return v.value();
      }
    }
    return null;
  }

  /**
   * Whether a 决算's 合计 column is the row's executed value: 本年支出合计 or a bare 合计 is, one that
   * names a budget (年初预算数/合计), another year or a change is not.
   */
  private static boolean executed(String column, int year) {
    String last = column.substring(column.lastIndexOf('/') + 1);
    return last.endsWith("合计") && !column.contains("预算") && !column.contains("上年")
        && !column.contains("增") && !column.contains("减") && !column.contains("率")
        && SameYear.columnBasis(column, false, year) == null && !column.matches(".*\\d{4}年.*");
  }

  static boolean money(Mention m) {
    return m.kind() == MentionKind.MONEY && m.yuan() != null;
  }

  /** A row's item: its names up its codes' parents in the same report, and its code. */
  static @Nullable Item row(TableRow row, Map<String, TableRow> byCode, Doc doc) {
    String own = name(row.subject(), doc);
    if (own == null || row.subject().strip().startsWith("其中")) {
      return null;
    }
    List<String> path = new ArrayList<>();
    path.add(own);
    TableRow r = row.parentCode() == null ? null : byCode.get(row.parentCode());
    for (int depth = 0; r != null && depth < 4; depth++) {
      String n = name(r.subject(), doc);
      if (n == null) {
        break;
      }
      path.add(0, n);
      r = r.parentCode() == null ? null : byCode.get(r.parentCode());
    }
    return new Item(path, row.code());
  }

  /** A sentence's item: the levels it names (…（类）…（款）…（项）), or its words as one name. */
  static @Nullable Item text(String subject, Doc doc) {
    String s = CrossDocuments.normalise(subject);
    // 项目全年预算数91.63万元: a project's own sentence says 项目 for itself, not the 项目支出 of the
    // report; 基本 alone likewise (基本支出 and 项目支出 are named so)
    if (s.equals("项目") || s.equals("基本")) {
      return null;
    }
    List<String> path = new ArrayList<>();
    for (String level : LEVEL.split(s)) {
      String n = name(level, doc);
      if (n != null) {
        path.add(n);
      }
    }
    return path.isEmpty() ? null : new Item(path, null);
  }

  /**
   * A name as compared: without the department, the year, the list number, quotes and a trailing
   * 预算 or 支出 (一般公共服务（类） and 201 一般公共服务支出 are one; 因公出国（境）费预算 and 因公出国（境）费
   * too); every 收支总计 is 总计. Null for a name that names nothing by itself (合计, 收入 …).
   *
   * <p>Asked for every row and every level of a row's path, of every report compared: a report's
   * tables name the same 类, 款 and 项 again and again, and a department's reports name them alike,
   * so names are remembered by department and subject, up to {@value #NAMES_MOST}, for all threads
   * (six patterns a name were 0.4 s of the scan's 3 s of cross-document checks over 200 reports).
   */
  static @Nullable String name(String raw, Doc doc) {
    return NAMES.get(new Named(doc.department(), raw)).orElse(null);
  }

  /** A subject as a department's report names it. */
  private record Named(String department, String raw) {}

  private static final int NAMES_MOST = 16_384;
  private static final Remembered<Named, Optional<String>> NAMES = new Remembered<>(
      NAMES_MOST, n -> Optional.ofNullable(nameOf(n.raw(), n.department())));

  private static @Nullable String nameOf(String raw, String department) {
    String s = QUOTES.matcher(CrossDocuments.normalise(raw)).replaceAll("");
    s = LEVEL.matcher(s).replaceAll("");
    if (!department.isEmpty() && s.startsWith(department)) {
      s = s.substring(department.length());
    }
    s = YEAR.matcher(s).replaceFirst("");
    s = NUMBERING.matcher(s).replaceFirst("");
    for (int i = 0; i < 2; i++) {
      for (String end : List.of("预算数", "预算", "支出")) {
        if (s.length() > end.length() + 1 && s.endsWith(end)) {
          s = s.substring(0, s.length() - end.length());
        }
      }
    }
    Matcher total = TOTAL.matcher(s);
    // 本年收入总计 is no account's total: a prefix names an account, never a year
    if (total.matches() && !total.group(1).endsWith("年")) {
      return total.group(1) + "总计";
    }
    return s.length() < 2 || GENERIC.contains(s) || s.equals(department) ? null : s;
  }

  private static final List<String> PARTS = List.of("基本支出", "项目支出", "机关运行经费", "政府性基金",
      "国有资本经营", "经济科目", "经济分类");

  /**
   * Whether a table figure is of a narrower account than a sentence says: a row of a 基本支出 table
   * (30217 公务接待费 15.00, the basic part) is not the 公务接待费 of the “三公” text (412.50), unless the
   * sentence names that part too.
   *
   * @param said the sentence, {@linkplain CrossDocuments#normalise normalised} once by the caller, who
   *     asks this of every candidate figure
   */
  static boolean narrower(Figure table, String said) {
    for (String part : table.parts()) {
      if (!said.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /** The parts of an account the title of a table row's table names, in the order of {@link #PARTS}. */
  private static List<String> tableParts(Fact fact) {
    if (!(fact instanceof TableRow row) || row.table() == null) {
      return List.of();
    }
    String title = CrossDocuments.normalise(row.table());
    return PARTS.stream().filter(title::contains).toList();
  }

  /** A money mention's written range in 元. */
  static Interval range(Mention m) {
    return Interval.yuan(m);
  }

  /** Whether two money figures can be one value as written (their written ranges meet). */
  static boolean agree(Mention a, Mention b) {
    return range(a).meets(range(b));
  }
}
