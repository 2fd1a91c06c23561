package io.suanzhang.testkit;

import io.suanzhang.core.text.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Injects one error of a kind into a consistent report, far enough beyond the written precision that
 * no rounding explains it, and with a changed number whose digits occur nowhere else in the report
 * (so that a finding can be told to point at it in any format).
 */
final class Injector {

  private static final int TRIES = 200;

  private final Random random;

  Injector(Random random) {
    this.random = random;
  }

  InjectedError inject(GeneratedReport r, ErrorKind kind) {
    return switch (kind) {
      case PART -> amount(r, kind, pick(candidates(r, "breakdown.basic", "breakdown.project",
          leafCells(r))));
      case TOTAL -> amount(r, kind, pick(candidates(r, "breakdown.total", "table.total.total",
          classTotals(r))));
      case RATE -> points(r, kind, pick(candidates(r, "execution.rate", "", roles(r, "project.", ".rate"))));
      case SHARE -> points(r, kind, pick(List.of("breakdown.basic.share", "breakdown.project.share")));
      case GROWTH -> points(r, kind, "comparison.growth");
      case CHANGE -> amount(r, kind, "comparison.change");
      case TITLE_YEAR -> titleYear(r);
      case CROSS_REFERENCE -> amount(r, kind, pick(roles(r, "project.", ".budget")));
      case UNIT -> unit(r, pick(roles(r, "project.", ".budget")));
      case TARGET -> target(r, pick(roles(r, "indicator.", ".actual")));
      case CONTRADICTION -> contradiction(r, pick(roles(r, "claim.", ".spent")));
      case PLACEHOLDER -> placeholder(r);
      case CROSS_DOCUMENT -> throw new IllegalArgumentException(
          "a cross-document error goes into a report set: use inject(ReportSet)");
    };
  }

  /**
   * A self-evaluation's 年初预算数 changed, its other figures kept: it no longer agrees with the
   * budget of the same year, and nothing inside it shows.
   */
  ReportSet.Injected inject(ReportSet set) {
    GeneratedReport evaluation = pick(set.evaluations());
    InjectedError e = amount(evaluation, ErrorKind.CROSS_DOCUMENT, "evaluation.initial");
    return new ReportSet.Injected(set.with(e.report()), e);
  }

  /** An amount changed by 5 to 30 % of it, at least 1.00, either way while it stays positive. */
  private InjectedError amount(GeneratedReport r, ErrorKind kind, String role) {
    BigDecimal v = r.number(role).numeral().value();
    return changed(r, kind, role, () -> v.multiply(BigDecimal.valueOf(5 + random.nextInt(26), 2))
        .max(BigDecimal.ONE).setScale(v.scale(), RoundingMode.HALF_UP));
  }

  /** A percentage changed by 0.5 to 10 points, staying above zero. */
  private InjectedError points(GeneratedReport r, ErrorKind kind, String role) {
    return changed(r, kind, role, () -> BigDecimal.valueOf(50 + random.nextInt(951), 2));
  }

  /**
   * The number of a role changed by a drawn delta, up or down while it stays above 1.00, to a number
   * the report does not write elsewhere; a small one whose every change is written already (the floor
   * of 1.00 above 1.15万元), up by a little more.
   */
  private InjectedError changed(
      GeneratedReport r, ErrorKind kind, String role, Supplier<BigDecimal> deltas) {
    Stated s = r.number(role);
    BigDecimal v = s.numeral().value();
    for (int i = 0; i < TRIES; i++) {
      BigDecimal delta = deltas.get();
      BigDecimal changed = random.nextBoolean() || v.compareTo(delta.add(BigDecimal.ONE)) <= 0
          ? v.add(delta) : v.subtract(delta);
      Numeral n = s.numeral().withValue(changed);
      if (unique(r, n)) {
        return change(r, kind, s, n);
      }
    }
    BigDecimal step = BigDecimal.ONE.movePointLeft(Math.max(v.scale(), 0));
    for (int i = 1; i <= TRIES; i++) {
      Numeral n = s.numeral().withValue(v.add(BigDecimal.ONE).add(step.multiply(BigDecimal.valueOf(i))));
      if (unique(r, n)) {
        return change(r, kind, s, n);
      }
    }
    throw new IllegalStateException("no unique change of " + s + " in " + r.name());
  }

  private InjectedError titleYear(GeneratedReport r) {
    Stated s = r.number("title.year");
    // A later year: an earlier one would also put the body's base year (与上年相比) after the report's
    // year, and year.base would rightly point there instead of at the title.
    int shift = pick(List.of(1, 2));
    return change(r, ErrorKind.TITLE_YEAR, s, Generator.year(r.year() + shift));
  }

  /** The summary's 万元 written 元: the same digits, 10,000 times smaller. */
  private InjectedError unit(GeneratedReport r, String role) {
    Stated s = r.number(role);
    Numeral n = Numeral.of(s.numeral().value(), "元", s.numeral().form());
    return change(r, ErrorKind.UNIT, s, n);
  }

  /** The actual value 1 to 10 points below the target; the claim of completion stays. */
  private InjectedError target(GeneratedReport r, String role) {
    Stated s = r.number(role);
    BigDecimal target = r.number(role.replace(".actual", ".target")).numeral().value();
    for (int i = 0; i < TRIES; i++) {
      BigDecimal below = target.subtract(BigDecimal.valueOf(10 + random.nextInt(91), 1));
      Numeral n = s.numeral().withValue(below);
      if (unique(r, n)) {
        return change(r, ErrorKind.TARGET, s, n);
      }
    }
    throw new IllegalStateException("no unique miss of " + s + " in " + r.name());
  }

  /**
   * The final account moved to the other side of the budget than the claim says (or off it, for
   * 持平), its completion rate recomputed so that only the claim contradicts the amounts.
   */
  private InjectedError contradiction(GeneratedReport r, String role) {
    Stated spent = r.number(role);
    String prefix = role.substring(0, role.length() - ".spent".length());
    BigDecimal budget = r.number(prefix + ".budget").numeral().value();
    Stated rate = r.number(prefix + ".rate");
    int side = spent.numeral().value().compareTo(budget);
    for (int i = 0; i < TRIES; i++) {
      BigDecimal factor = BigDecimal.valueOf(5 + random.nextInt(16), 2);
      boolean up = side < 0 || (side == 0 && random.nextBoolean());
      BigDecimal changed = budget.multiply(up ? BigDecimal.ONE.add(factor) : BigDecimal.ONE.subtract(factor))
          .setScale(2, RoundingMode.HALF_UP);
      Numeral n = spent.numeral().withValue(changed);
      if (!unique(r, n)) {
        continue;
      }
      Numeral newRate = rate.numeral().withValue(Generator.share(changed, budget));
      GeneratedReport withRate = r.replace(rate.span(), newRate.text(), rate.role(), newRate);
      return change(withRate, ErrorKind.CONTRADICTION, withRate.number(role), n);
    }
    throw new IllegalStateException("no contradicting change of " + spent + " in " + r.name());
  }

  /** The department in the first sentence replaced by a template's placeholder. */
  private InjectedError placeholder(GeneratedReport r) {
    String holder = pick(List.of("XX局", "××局", "（单位名称）", "XX县XX局"));
    String line = "一、部门基本情况\n";
    int at = r.text().indexOf(line);
    if (at < 0) {
      throw new IllegalStateException("no 部门基本情况 in " + r.name());
    }
    int from = r.text().codePointCount(0, at + line.length());
    Span span = Span.of(from, from + r.department().codePointCount(0, r.department().length()));
    GeneratedReport changed = r.replace(span, holder, null, null);
    Span now = Span.of(from, from + holder.length());
    return new InjectedError(ErrorKind.PLACEHOLDER, changed, holder, now, r.department(),
        changed.lineAt(now));
  }

  static InjectedError change(GeneratedReport r, ErrorKind kind, Stated s, Numeral n) {
    GeneratedReport changed = r.replace(s.span(), n.text(), s.role(), n);
    Stated now = changed.number(s.role());
    return new InjectedError(kind, changed, n.text(), now.span(), s.text(), changed.lineAt(now.span()));
  }

  /** The digits of {@code n} occur nowhere in the report yet. */
  static boolean unique(GeneratedReport r, Numeral n) {
    return r.occurrences(n.digits()) == 0;
  }

  private static List<String> candidates(GeneratedReport r, String a, String b, List<String> more) {
    List<String> all = new ArrayList<>();
    for (String s : List.of(a, b)) {
      if (!s.isEmpty()) {
        all.add(s);
      }
    }
    all.addAll(more);
    return all;
  }

  /** Non-zero cells of the 项 rows (seven-digit codes). */
  private static List<String> leafCells(GeneratedReport r) {
    return r.numbers("table.").stream()
        .filter(s -> s.role().matches("table\\.\\d{7}\\.(basic|project)"))
        .filter(s -> s.numeral().value().signum() > 0)
        .map(Stated::role).toList();
  }

  /** The 合计 column of 类 and 款 rows. */
  private static List<String> classTotals(GeneratedReport r) {
    return r.numbers("table.").stream()
        .filter(s -> s.role().matches("table\\.(\\d{3}|\\d{5})\\.total"))
        .map(Stated::role).toList();
  }

  private static List<String> roles(GeneratedReport r, String prefix, String suffix) {
    return r.numbers(prefix).stream().map(Stated::role)
        .filter(role -> role.endsWith(suffix) && role.indexOf('.', prefix.length()) == role.length() - suffix.length())
        .toList();
  }

  private <T> T pick(List<T> options) {
    if (options.isEmpty()) {
      throw new IllegalStateException("nothing to change");
    }
    return options.get(random.nextInt(options.size()));
  }
}
