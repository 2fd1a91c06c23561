package io.suanzhang.corpus.output;

import io.suanzhang.core.Problem;
import io.suanzhang.core.ReportInfo;
import io.suanzhang.core.Source;
import io.suanzhang.core.check.Evidence;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.fact.Amount;
import io.suanzhang.core.fact.Breakdown;
import io.suanzhang.core.fact.Comparison;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Indicator;
import io.suanzhang.core.fact.Rate;
import io.suanzhang.core.fact.Score;
import io.suanzhang.core.fact.Section;
import io.suanzhang.core.fact.TableRow;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.text.Span;
import io.suanzhang.corpus.worker.AnalysisTally;
import io.suanzhang.corpus.worker.CheckedNumbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The three result tables — documents, findings, facts — as columns and rows, shared by the CSV
 * files and the workbook so that both say the same. A value is a {@link String}, a {@link
 * BigDecimal} (exact, as the analysis has it), a {@link Long} or {@code null} for nothing known.
 */
final class Tables {

  static final String READ = "read";
  static final String FAILED = "failed";

  static final List<Column> DOCUMENTS =
      List.of(
          new Column("document", "文档", 60),
          new Column("sha256", "SHA-256", 16),
          new Column("format", "格式", 8),
          new Column("bytes", "字节", 11),
          new Column("pages", "页数", 7),
          new Column("status", "状态", 9),
          new Column("error", "错误代码", 11),
          new Column("message", "错误信息", 40),
          new Column("kind", "报告类型", 18),
          new Column("year", "年度", 7),
          new Column("department", "部门", 24),
          new Column("unit", "单位", 20),
          new Column("filed", "填报日期", 11),
          new Column("published", "公开时间", 11),
          new Column("mentions", "数字", 8),
          new Column("facts", "事实", 8),
          new Column("checks", "核对", 8),
          new Column("holding", "成立", 8),
          new Column("checked", "已核数字", 9),
          new Column("percents", "百分数", 8),
          new Column("percents_checked", "已核百分数", 10),
          new Column("changes", "增减", 8),
          new Column("changes_checked", "已核增减", 9),
          new Column("findings_error", "错误", 8),
          new Column("findings_warning", "警告", 8),
          new Column("findings_info", "提示", 8),
          new Column("read_warnings", "读取警告", 9));

  static final List<Column> FINDINGS =
      List.of(
          new Column("document", "文档", 40),
          new Column("sha256", "SHA-256", 16),
          new Column("kind", "报告类型", 16),
          new Column("year", "年度", 7),
          new Column("department", "部门", 20),
          new Column("finding", "编号", 7),
          new Column("rule", "规则", 14),
          new Column("key", "类别", 24),
          new Column("severity", "严重程度", 10),
          new Column("subject", "对象", 20),
          new Column("zh", "说明", 60),
          new Column("en", "description", 60),
          new Column("stated", "所述值", 14),
          new Column("recomputed", "重算值", 14),
          new Column("difference", "差额", 12),
          new Column("tolerance", "容差", 10),
          new Column("unit", "单位", 7),
          new Column("pages", "页码", 8),
          new Column("evidence", "证据", 40),
          new Column("quotes", "原文", 60),
          new Column("facts", "事实", 12));

  static final List<Column> FACTS =
      List.of(
          new Column("document", "文档", 40),
          new Column("sha256", "SHA-256", 16),
          new Column("fact", "编号", 7),
          new Column("type", "类型", 11),
          new Column("section", "章节", 24),
          new Column("subject", "对象", 24),
          new Column("measure", "口径", 14),
          new Column("detail", "说明", 24),
          new Column("value", "数值", 14),
          new Column("unit", "单位", 7),
          new Column("yuan", "元", 16),
          new Column("numbers", "全部数字", 40),
          new Column("start", "起", 8),
          new Column("end", "止", 8),
          new Column("page", "页", 6),
          new Column("quote", "原文", 60));

  private Tables() {}

  /**
   * The document's row: where it came from, whether it was read, what it is, what was found; from its
   * tally, so that its parts need not be held.
   */
  static List<@Nullable Object> document(AnalysisTally t) {
    ReportInfo r = t.report();
    Source s = t.source();
    CheckedNumbers checked = t.checkedNumbers();
    return row(
        s.path(),
        s.sha256(),
        s.format().jsonName(),
        s.bytes(),
        whole(s.pages()),
        t.ok() ? READ : FAILED,
        t.errors().stream().map(e -> e.code().jsonName()).distinct().collect(Collectors.joining("; ")),
        t.errors().stream().map(Problem::message).collect(Collectors.joining("\n")),
        r.kind() == null ? null : r.kind().label(),
        whole(r.year()),
        r.department(),
        r.unit(),
        r.filed(),
        r.published(),
        (long) t.mentions(),
        (long) t.facts(),
        (long) t.checks(),
        (long) t.holds(),
        (long) t.checked(),
        (long) checked.percents(),
        (long) checked.percentsChecked(),
        (long) checked.changes(),
        (long) checked.changesChecked(),
        (long) t.findings(Severity.ERROR),
        (long) t.findings(Severity.WARNING),
        (long) t.findings(Severity.INFO),
        (long) t.warningCount());
  }

  /** A finding's row, with the report it is in and its evidence flattened to text. */
  static List<@Nullable Object> finding(Source s, ReportInfo r, Finding f) {
    return row(
        s.path(),
        s.sha256(),
        r.kind() == null ? null : r.kind().label(),
        whole(r.year()),
        r.department(),
        f.id(),
        f.rule(),
        f.key(),
        f.severity().jsonName(),
        f.subject(),
        f.zh(),
        f.en(),
        f.stated(),
        f.recomputed(),
        f.difference(),
        f.tolerance(),
        f.unit(),
        pages(f.evidence()),
        f.evidence().stream()
            .map(e -> e.role() + "=" + e.text())
            .collect(Collectors.joining("; ")),
        f.evidence().stream()
            .map(Evidence::quote)
            .distinct()
            .collect(Collectors.joining(" | ")),
        String.join(" ", f.facts()));
  }

  /**
   * A fact's row: its type, measure, main value and every number it uses, with its place; {@code
   * sections} names the document's sections by id.
   */
  static List<@Nullable Object> fact(Source s, Map<String, String> sections, Fact f) {
    FactView v = FactView.of(f);
    Mention main = v.value();
    Span span = f.span();
    return row(
        s.path(),
        s.sha256(),
        f.id(),
        v.type(),
        f.section() == null ? null : sections.getOrDefault(f.section(), f.section()),
        f.subject(),
        v.measure(),
        v.detail(),
        main == null ? null : main.value(),
        main == null ? null : main.unit(),
        main == null ? null : main.yuan(),
        v.numbers(),
        (long) span.start(),
        (long) span.end(),
        whole(span.page()),
        f.quote());
  }

  /** How the facts table names a section: its number and title. */
  static String section(Section s) {
    return (s.number() + " " + s.title()).strip();
  }

  /** The distinct pages of the evidence in order, {@code 3; 4}. */
  static String pages(List<Evidence> evidence) {
    Set<Integer> pages = new TreeSet<>();
    for (Evidence e : evidence) {
      if (e.page() != null) {
        pages.add(e.page());
      }
    }
    return pages.stream().map(String::valueOf).collect(Collectors.joining("; "));
  }

  /** A number as it reads in a list: its plain decimal and unit, {@code 916.11万元}. */
  static String written(Mention m) {
    return m.value().toPlainString() + m.unit();
  }

  private static @Nullable Long whole(@Nullable Integer n) {
    return n == null ? null : n.longValue();
  }

  private static List<@Nullable Object> row(@Nullable Object... values) {
    return Arrays.asList(values);
  }

  /**
   * What the facts table shows of one fact: its type, its measure (the kind of amount or rate, the
   * direction of a comparison …), a detail (an indicator's name, a row's code), its main value and all
   * its numbers as {@code role=value}.
   */
  private record FactView(
      String type, @Nullable String measure, @Nullable String detail, @Nullable Mention value,
      String numbers) {

    static FactView of(Fact fact) {
      Numbers n = new Numbers();
      if (fact instanceof Amount f) {
        n.add("value", f.value());
        return new FactView("amount", f.measure().jsonName(), f.measure().label(), f.value(), n.text());
      }
      if (fact instanceof Rate f) {
        n.add("value", f.value()).add("numerator", f.numerator()).add("denominator", f.denominator());
        return new FactView("rate", f.measure().jsonName(), f.measure().label(), f.value(), n.text());
      }
      if (fact instanceof Breakdown f) {
        n.add("total", f.total());
        for (Breakdown.Part p : f.parts()) {
          n.add("part[" + p.label() + "]", p.value()).add("share[" + p.label() + "]", p.share());
        }
        return new FactView(
            "breakdown", f.exhaustive() ? "exhaustive" : "notable",
            f.parts().size() + " parts", f.total(), n.text());
      }
      if (fact instanceof Comparison f) {
        n.add("current", f.current()).add("base", f.base()).add("change", f.change())
            .add("rate", f.rate());
        Mention main = f.change() != null ? f.change() : f.rate() != null ? f.rate() : f.current();
        return new FactView(
            "comparison", f.direction().jsonName(),
            f.baseYear() == null ? null : "base year " + f.baseYear(), main, n.text());
      }
      if (fact instanceof Score f) {
        n.add("full", f.full()).add("score", f.score());
        String detail = "level " + f.level() + (f.grade() == null ? "" : ", grade " + f.grade())
            + (f.parent() == null ? "" : ", under " + f.parent());
        return new FactView("score", null, detail, f.score() != null ? f.score() : f.full(), n.text());
      }
      if (fact instanceof Indicator f) {
        n.add("target", f.target()).add("actual", f.actual()).add("weight", f.weight())
            .add("score", f.score());
        StringJoiner detail = new StringJoiner(" / ");
        for (String part : new String[] {f.level1(), f.level2(), f.name()}) {
          if (part != null && !part.isBlank()) {
            detail.add(part);
          }
        }
        String said =
            (f.targetText() == null ? "" : "; target " + f.targetText())
                + (f.actualText() == null ? "" : "; actual " + f.actualText())
                + (f.claimedMet() == null ? "" : f.claimedMet() ? "; claimed met" : "; claimed not met");
        return new FactView("indicator", null, detail + said, f.actual(), n.text());
      }
      if (fact instanceof TableRow f) {
        for (TableRow.Value v : f.values()) {
          n.add(v.column(), v.value());
        }
        String detail =
            (f.table() == null ? "" : f.table() + ", ") + "row " + f.row()
                + (f.parentCode() == null ? "" : ", under " + f.parentCode());
        return new FactView(
            "row", f.code(), detail, f.values().isEmpty() ? null : f.values().get(0).value(),
            n.text());
      }
      throw new AssertionError("a fact type the tables do not know: " + fact.getClass());
    }
  }

  /** {@code role=value} pairs in the order added, absent numbers left out. */
  private static final class Numbers {
    private final List<String> pairs = new ArrayList<>();

    Numbers add(String role, @Nullable Mention m) {
      if (m != null) {
        pairs.add(role + "=" + written(m));
      }
      return this;
    }

    String text() {
      return String.join("; ", pairs);
    }
  }
}
