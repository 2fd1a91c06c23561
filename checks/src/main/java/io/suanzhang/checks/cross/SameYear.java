package io.suanzhang.checks.cross;

import io.suanzhang.checks.cross.CrossDocuments.Candidate;
import io.suanzhang.checks.cross.CrossDocuments.Doc;
import io.suanzhang.checks.cross.CrossDocuments.Pair;
import io.suanzhang.checks.cross.CrossDocuments.Wording;
import io.suanzhang.core.fact.Amount;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Measure;
import io.suanzhang.core.fact.TableRow;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A department's 预算, 决算 and 绩效自评 of one year against each other: the 年初预算数 a 决算 or a
 * self-evaluation restates against the budget, the 执行数 of a project in its self-evaluation against
 * the 决算, and so on.
 *
 * <p>Reports are grouped by department, unit and year. Within a group there must be one 预算 and one
 * 决算 (two of either cannot be told apart) and any number of self-evaluations, one per project as a
 * rule. A figure is a subject (a classification code, a row's or a sentence's subject, 项目 dropped
 * from the end) with its {@link Basis}: only 年初预算数 is compared with 年初预算数 — in a budget every
 * budget figure is one — 全年预算数 with 全年预算数, a bare 预算数 with a bare 预算数, 执行数 with 执行数.
 * A figure is compared only where each report states one value for it (the same value written twice
 * is one); generic subjects (合计, 项目, the department itself) are not compared, for they name
 * different things in different tables. The later report of the pair (决算 after 预算, self-evaluation
 * after both) carries the finding.
 */
final class SameYear {

  /** What a figure is, so that only like is compared with like. */
  enum Basis {
    INITIAL_BUDGET("年初预算数", "initial budget"),
    ADJUSTED_BUDGET("全年预算数", "adjusted budget"),
    BUDGET("预算数", "budget"),
    ACTUAL("执行数", "execution");

    final String zh;
    final String en;

    Basis(String zh, String en) {
      this.zh = zh;
      this.en = en;
    }
  }

  private static final List<String> ORDER =
      List.of(CrossDocuments.BUDGET, CrossDocuments.FINAL, CrossDocuments.PERFORMANCE);

  private static final Set<String> GENERIC = Set.of(
      "合计", "总计", "小计", "部门", "本年", "其中", "收入", "支出", "金额", "资金",
      "年度资金总额", "项目资金", "其他资金", "财政拨款", "上年结转");

  /** A year other than the report's in a column or before a number: 上年, 2023年 … */
  private static final Pattern OTHER_YEAR = Pattern.compile("上年|去年|上一年|(\\d{4})年");

  private static final Wording WORDING = new Wording(
      "cross_document.same_year",
      "%1$s的%2$s此处为 %3$s，同年%4$s %5$s 中为 %6$s，相差 %8$s",
      "the %7$s of %1$s is %3$s here but %6$s in the same year's %4$s %5$s (difference %8$s)",
      "%1$s的%2$s此处为 %3$s，同年%4$s %5$s 中为 %6$s，相差 %8$s，可由舍入解释",
      "the %7$s of %1$s is %3$s here and %6$s in the same year's %4$s %5$s, %8$s apart, which"
          + " rounding of the written numbers explains");

  /** One stated figure: its subject key and basis, the words it was found under, the number. */
  private record Figure(String key, String subject, Basis basis, Candidate statement) {}

  private SameYear() {}

  /** Adds every same-year pair of {@code docs} to {@code pairs}. */
  static void pairs(List<Doc> docs, List<Pair> pairs) {
    Map<String, List<Doc>> groups = new LinkedHashMap<>();
    for (Doc d : docs) {
      if (ORDER.contains(d.family())) {
        groups.computeIfAbsent(d.department() + "\u0000" + d.unit() + "\u0000" + d.report().year(),
            k -> new ArrayList<>()).add(d);
      }
    }
    for (List<Doc> group : groups.values()) {
      Doc budget = only(group, CrossDocuments.BUDGET);
      Doc finals = only(group, CrossDocuments.FINAL);
      List<Doc> evaluations =
          group.stream().filter(d -> d.family().equals(CrossDocuments.PERFORMANCE)).toList();
      // Each report's figures once: the budget and the 决算 meet every self-evaluation. By identity:
      // a report's record equality would hash all its facts.
      Map<Doc, Map<String, Figure>> figures = new IdentityHashMap<>();
      java.util.function.Function<Doc, Map<String, Figure>> of =
          d -> figures.computeIfAbsent(d, k -> unique(figures(k)));
      if (finals != null && budget != null) {
        compare(finals, of.apply(finals), budget, of.apply(budget), pairs);
      }
      for (Doc e : evaluations) {
        if (budget != null) {
          compare(e, of.apply(e), budget, of.apply(budget), pairs);
        }
        if (finals != null) {
          compare(e, of.apply(e), finals, of.apply(finals), pairs);
        }
      }
    }
  }

  private static @Nullable Doc only(List<Doc> group, String family) {
    List<Doc> found = group.stream().filter(d -> d.family().equals(family)).toList();
    return found.size() == 1 ? found.get(0) : null;
  }

  /** The figures both reports state once, {@code doc}'s against {@code other}'s. */
  private static void compare(Doc doc, Map<String, Figure> mine, Doc other,
      Map<String, Figure> theirs, List<Pair> pairs) {
    String kind = other.report().kind() == null ? "报告" : other.report().kind().label();
    mine.forEach((key, stated) -> {
      Figure reference = theirs.get(key);
      if (reference == null) {
        return;
      }
      Mention number = stated.statement().number();
      String relation = stated.subject() + "（" + stated.basis().zh + "）：" + number.text() + " = "
          + reference.statement().number().text() + "（" + other.path() + "）";
      Object[] args = {
        stated.subject(), stated.basis().zh, number.text(), kind, other.path(),
        reference.statement().number().text(), stated.basis().en
      };
      pairs.add(CrossDocuments.compare(
          doc, number, stated.statement().fact().id(), stated.statement().fact().quote(), other,
          reference.statement(), relation, pairs.size() + 1, WORDING, stated.subject(), args));
    });
  }

  /** Figures by {@code key|basis} whose statements all give one value; the others are ambiguous. */
  private static Map<String, Figure> unique(List<Figure> figures) {
    Map<String, List<Figure>> byKey = new LinkedHashMap<>();
    figures.forEach(f -> byKey.computeIfAbsent(f.key() + "|" + f.basis(), k -> new ArrayList<>()).add(f));
    Map<String, Figure> out = new LinkedHashMap<>();
    byKey.forEach((k, list) -> {
      Mention first = list.get(0).statement().number();
      boolean one = list.stream().map(f -> f.statement().number()).allMatch(m ->
          Objects.requireNonNull(m.yuan()).compareTo(Objects.requireNonNull(first.yuan())) == 0
              && m.value().scale() == first.value().scale() && m.unit().equals(first.unit()));
      if (one) {
        out.put(k, list.get(0));
      }
    });
    return out;
  }

  private static List<Figure> figures(Doc doc) {
    boolean budget = doc.family().equals(CrossDocuments.BUDGET);
    int year = Objects.requireNonNull(doc.report().year());
    List<Figure> out = new ArrayList<>();
    for (Fact f : doc.facts()) {
      if (f instanceof TableRow row) {
        String subject = row.code() != null ? row.code() + " " + row.subject() : row.subject();
        String key = row.code() != null ? row.code() : key(row.subject(), doc);
        if (key == null) {
          continue;
        }
        for (TableRow.Value v : row.values()) {
          Basis basis = columnBasis(v.column(), budget, year);
          if (basis != null && isMoney(v.value())) {
            out.add(new Figure(key, subject, basis, new Candidate(row, v.value())));
          }
        }
      } else if (f instanceof Amount a && isMoney(a.value())) {
        String key = key(a.subject(), doc);
        Basis basis = key == null ? null : amountBasis(a, budget, year);
        if (basis != null) {
          out.add(new Figure(key, a.subject(), basis, new Candidate(a, a.value())));
        }
      }
    }
    return out;
  }

  private static boolean isMoney(Mention m) {
    return m.kind() == MentionKind.MONEY && m.yuan() != null;
  }

  /**
   * The subject compared across reports, or null for one too generic to name the same thing. Quotes
   * and a trailing 支出 or 项目 are dropped: 基本支出 and 基本, “三公”经费支出 and 三公经费 are one. A
   * self-evaluation's 基本 or 项目 is its own project's, not the department's: not compared.
   */
  static @Nullable String key(String subject, Doc doc) {
    String k = CrossDocuments.normalise(subject).replaceAll("[“”‘’\"']", "");
    if (k.length() > 2 && k.endsWith("支出")) {
      k = k.substring(0, k.length() - 2);
    }
    if (k.length() > 4 && k.endsWith("项目")) {
      k = k.substring(0, k.length() - 2);
    }
    if (k.equals("基本") || k.equals("项目")) {
      return doc.family().equals(CrossDocuments.PERFORMANCE) ? null : k;
    }
    boolean generic = k.length() < 2 || GENERIC.contains(k) || k.equals(doc.department())
        || k.endsWith("合计") || k.endsWith("总计");
    return generic ? null : k;
  }

  /**
   * What a column holds. In a budget every budget column of the year is the 年初预算 (合计 too: a
   * budget table's 合计 is the row's budget, 基本支出 and 项目支出 its parts); elsewhere the header says
   * it. Columns of another year, of changes or of parts are not figures of the row.
   */
  static @Nullable Basis columnBasis(String column, boolean budget, int year) {
    if (otherYear(column, year) || column.contains("增") || column.contains("减")
        || column.contains("率") || column.contains("比")) {
      return null;
    }
    String last = column.substring(column.lastIndexOf('/') + 1);
    if (budget) {
      boolean own = last.equals("合计") || last.contains("预算");
      return own && !column.contains("执行") && !column.contains("决算") ? Basis.INITIAL_BUDGET : null;
    }
    return words(column);
  }

  /** What an amount is, from its measure and the words just before it. */
  static @Nullable Basis amountBasis(Amount a, boolean budget, int year) {
    String lead = lead(a);
    if (otherYear(lead, year)) {
      return null;
    }
    Measure m = a.measure();
    if (budget) {
      return m == Measure.BUDGET || m == Measure.EXPENDITURE ? Basis.INITIAL_BUDGET : null;
    }
    return switch (m) {
      case ADJUSTED_BUDGET -> Basis.ADJUSTED_BUDGET;
      case BUDGET -> {
        Basis b = words(lead);
        yield b == null || b == Basis.ACTUAL ? Basis.BUDGET : b;
      }
      case EXECUTION, FINAL_ACCOUNT -> Basis.ACTUAL;
      default -> null;
    };
  }

  /** Whether no other year than {@code year} is named just before the amount (2022年收、支总计 is not). */
  static boolean ownYear(Amount a, int year) {
    return !otherYear(lead(a), year);
  }

  /** 年初预算, 全年预算 or 调整预算, a bare 预算, 执行/决算/实际: the basis the words name. */
  private static @Nullable Basis words(String s) {
    if (s.contains("年初")) {
      return Basis.INITIAL_BUDGET;
    }
    if (s.contains("全年预算") || s.contains("调整")) {
      return Basis.ADJUSTED_BUDGET;
    }
    if (s.contains("执行") || s.contains("决算") || s.contains("实际")) {
      return Basis.ACTUAL;
    }
    return s.contains("预算") ? Basis.BUDGET : null;
  }

  private static boolean otherYear(String s, int year) {
    Matcher m = OTHER_YEAR.matcher(s);
    while (m.find()) {
      if (m.group(1) == null || Integer.parseInt(m.group(1)) != year) {
        return true;
      }
    }
    return false;
  }

  /** The clause before an amount's number: from the last ，；。 before it. */
  private static String lead(Amount a) {
    String quote = a.quote();
    int at = a.value().start() - a.span().start();
    if (at < 0 || at > quote.codePointCount(0, quote.length())) {
      return "";
    }
    String before = quote.substring(0, quote.offsetByCodePoints(0, at));
    int cut = Math.max(before.lastIndexOf('，'), Math.max(before.lastIndexOf('；'), before.lastIndexOf('。')));
    return before.substring(cut + 1);
  }
}
