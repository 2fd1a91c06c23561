package io.suanzhang.checks.rule;

import io.suanzhang.checks.CheckConfig;
import io.suanzhang.checks.Checked;
import io.suanzhang.checks.Checks;
import io.suanzhang.checks.Report;
import io.suanzhang.checks.Rule;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.Format;
import io.suanzhang.core.ReportInfo;
import io.suanzhang.core.Source;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.check.Coverage;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.fact.Breakdown;
import io.suanzhang.core.fact.Comparison;
import io.suanzhang.core.fact.Direction;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Rate;
import io.suanzhang.core.fact.RateKind;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MoneyUnit;
import io.suanzhang.core.mention.UnitSource;
import io.suanzhang.core.text.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A short report written piece by piece with its facts built by hand, so that a rule is tested
 * without the extractor: every number gets the span it is written at.
 *
 * <pre>{@code
 * Written w = new Written();
 * w.write("预算数");
 * Mention budget = w.money("1413.96", MoneyUnit.TEN_THOUSAND_YUAN);
 * }</pre>
 */
final class Written {

  private final StringBuilder text = new StringBuilder();
  private final List<Mention> mentions = new ArrayList<>();
  private final List<Fact> facts = new ArrayList<>();

  Written write(String words) {
    text.append(words);
    return this;
  }

  Mention money(String value, MoneyUnit unit) {
    return money(value, unit, UnitSource.WRITTEN);
  }

  Mention money(String value, MoneyUnit unit, UnitSource source) {
    Span span = append(value + unit.symbol());
    return add(Mention.money(value + unit.symbol(), span, new BigDecimal(value), unit, source));
  }

  Mention percent(String value) {
    Span span = append(value + "%");
    return add(Mention.percent(value + "%", span, new BigDecimal(value)));
  }

  Mention count(String value, String unit) {
    Span span = append(value + unit);
    return add(Mention.count(value + unit, span, new BigDecimal(value), unit));
  }

  Rate rate(RateKind kind, Mention value, @Nullable Mention numerator, @Nullable Mention denominator) {
    return add(new Rate(id(), null, "某项目", kind, value, numerator, denominator, whole(), quote()));
  }

  Breakdown breakdown(@Nullable Mention total, List<Breakdown.Part> parts, boolean exhaustive) {
    return add(new Breakdown(id(), null, "本年支出合计", total, parts, exhaustive, whole(), quote()));
  }

  Comparison comparison(
      @Nullable Mention current, @Nullable Mention base, Direction direction,
      @Nullable Mention change, @Nullable Mention rate) {
    return add(new Comparison(
        id(), null, "机关运行经费", 2019, current, base, direction, change, rate, whole(), quote()));
  }

  String text() {
    return text.toString();
  }

  Report report() {
    String written = text();
    Source source = new Source("written.txt", "", Format.TEXT, written.length(), null);
    Analysis analysis = new Analysis(
        source, ReportInfo.UNKNOWN, List.of(), mentions, facts, List.of(), List.of(), Coverage.NONE,
        List.of(), List.of());
    return new Report(analysis, written);
  }

  /** The analysis after running one rule over what was written. */
  Analysis check(Rule rule) {
    return Checks.of(List.of(rule), CheckConfig.DEFAULT).run(report());
  }

  /** A text read by the whole pipeline (mentions, facts) from a file in {@code dir}, checked by one rule. */
  static Analysis analyse(Path dir, String text, Rule rule) {
    Path file = dir.resolve("report.txt");
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Analysis analysis = Checked.analyse(Checks.of(List.of(rule), CheckConfig.DEFAULT), file);
    if (!analysis.errors().isEmpty()) {
      throw new AssertionError("analysis failed: " + analysis.errors());
    }
    return analysis;
  }

  /** The one relation a rule evaluated; fails the test if there were none or several. */
  static Check only(Analysis analysis) {
    if (analysis.checks().size() != 1) {
      throw new AssertionError("expected one check, got " + analysis.checks());
    }
    return analysis.checks().get(0);
  }

  static Finding finding(Analysis analysis, Check check) {
    return analysis.findings().stream()
        .filter(f -> f.id().equals(check.finding()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no finding for " + check));
  }

  private Span append(String written) {
    int start = text.codePointCount(0, text.length());
    text.append(written);
    return Span.of(start, start + written.codePointCount(0, written.length()));
  }

  private Mention add(Mention m) {
    mentions.add(m);
    return m;
  }

  private <T extends Fact> T add(T fact) {
    facts.add(fact);
    return fact;
  }

  private String id() {
    return "f" + (facts.size() + 1);
  }

  private Span whole() {
    return Span.of(0, text.codePointCount(0, text.length()));
  }

  private String quote() {
    return text();
  }
}
