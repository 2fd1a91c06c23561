package io.suanzhang.checks.rule;

import io.suanzhang.checks.Draft;
import io.suanzhang.checks.Interval;
import io.suanzhang.checks.Message;
import io.suanzhang.checks.Report;
import io.suanzhang.checks.Results;
import io.suanzhang.checks.Rule;
import io.suanzhang.checks.Verdict;
import io.suanzhang.checks.arithmetic.Quantities;
import io.suanzhang.checks.arithmetic.WholeSplits;
import io.suanzhang.checks.statement.Words;
import io.suanzhang.core.check.Evidence;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.fact.Amount;
import io.suanzhang.core.fact.Breakdown;
import io.suanzhang.core.mention.Mention;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code share}: the share a part states of its total — 本年支出合计91.68万元，其中：基本支出69.98万元，占76.33%
 * against 69.98 / 91.68 × 100 — and, when every part of a list meant to make up its total states a
 * share, those shares against 100%.
 *
 * <p>Shares sum to less than 100% without error when the list may leave parts out, so a short sum is a
 * warning and an excess an error. A share whose total the report does not give with it (占“三公”经费的
 * 19.1%), or whose total may be zero, is not evaluated.
 */
public final class ShareRule implements Rule {

  // Arguments: part, part (en), total's subject, stated share, part value, total, recomputed,
  // difference.
  static final Message PART = new Message(
      "share.part",
      "%1$s占%3$s的比重为 %4$s，但 %5$s / %6$s = %7$s%%，相差 %8$s 个百分点",
      "the share of %2$s in %3$s is stated as %4$s, but %5$s / %6$s = %7$s%% (difference %8$s"
          + " percentage points)");
  static final Message PART_ROUNDING = new Message(
      "share.rounding",
      "%1$s占%3$s的比重 %4$s 与重算值 %7$s%% 相差 %8$s 个百分点，可由各数的舍入解释",
      "the share of %2$s in %3$s, %4$s, differs from the recomputed %7$s%% by %8$s percentage"
          + " points, which rounding of the written numbers explains");
  static final Message PART_ADJUSTED = new Message(
      "share.adjusted",
      "%1$s占%3$s的比重写作 %4$s，重算为 %7$s%%（相差 %8$s 个百分点）：差一个末位，所列占比因此合为 100%%",
      "the share of %2$s in %3$s is written %4$s, recomputed %7$s%% (difference %8$s percentage"
          + " points): one unit of its last digit, which makes the listed shares add up to 100%%");
  // Arguments as PART, then the subject and value of the stated amount the share fits instead.
  static final Message PART_OTHER_WHOLE = new Message(
      "share.other_whole",
      "%1$s占%3$s的比重为 %4$s，但 %5$s / %6$s = %7$s%%，相差 %8$s 个百分点；%4$s 是 %5$s 占%9$s %10$s 的比重",
      "the share of %2$s in %3$s is stated as %4$s, but %5$s / %6$s = %7$s%% (difference %8$s"
          + " percentage points); %4$s is its share of %9$s, %10$s");
  // Arguments: total's subject, sum of the shares, 100 − sum.
  static final Message SUM = new Message(
      "share.sum",
      "%1$s各项占比之和为 %2$s%%，不是 100%%（相差 %3$s 个百分点）",
      "the shares of the parts of %1$s add up to %2$s%%, not 100%% (difference %3$s percentage"
          + " points)");
  static final Message SUM_ROUNDING = new Message(
      "share.sum_rounding",
      "%1$s各项占比之和为 %2$s%%，与 100%% 相差 %3$s 个百分点，可由各占比的舍入解释",
      "the shares of the parts of %1$s add up to %2$s%%, %3$s percentage points from 100%%, which"
          + " rounding of the written shares explains");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public String id() {
    return "share";
  }

  @Override
  public void check(Report report, Results results) {
    Together together = Together.in(report);
    List<Stated> stated = stated(report);
    for (Breakdown b : report.facts(Breakdown.class)) {
      Mention total = b.total();
      boolean shared = b.parts().size() >= 2 && b.parts().stream().allMatch(p -> p.share() != null);
      // Shares of a whole the sentence names but does not state (占“三公”经费的25.96%…) are of the
      // parts' sum where the parts are all of it.
      boolean impliedWhole = total == null && shared && (WholeSplits.named(b) || makeHundred(b));
      if (impliedWhole) {
        // Shares that make 100% may still be of another whole (三公 + 会议费 + 培训费 for 三公经费);
        // shares that do not are reported once, by their sum.
        if (sum(results, b)) {
          for (Breakdown.Part part : b.parts()) {
            part(results, together, stated, b, part, part.share(), Whole.sumOf(b));
          }
        }
        continue;
      }
      for (Breakdown.Part part : b.parts()) {
        Mention share = part.share();
        if (total != null && share != null) {
          part(results, together, stated, b, part, share, Whole.of(total));
        }
      }
      if (b.exhaustive() && shared) {
        sum(results, b);
      }
    }
  }

  /**
   * Whether a list's shares add up to 100% as written, rounding allowed: then its parts are all of
   * the whole (公务接待费20.10万元，占88.86%；公务用车运行维护费2.52万元，占11.14%).
   */
  private static boolean makeHundred(Breakdown b) {
    int scale = 0;
    Interval range = Interval.exact(BigDecimal.ZERO);
    for (Breakdown.Part p : b.parts()) {
      if (!Quantities.exact(p.share())) {
        return false;
      }
      scale = Math.max(scale, p.share().value().scale());
      range = range.plus(Interval.of(p.share()));
    }
    return range.contains(HUNDRED) && b.parts().stream().anyMatch(p -> p.share().value().signum() > 0);
  }

  /** What a share is of: a stated total, or the sum of a complete list's parts. */
  private record Whole(List<Mention> numbers, String text) {
    static Whole of(Mention total) {
      return new Whole(List.of(total), total.text());
    }

    static Whole sumOf(Breakdown b) {
      List<Mention> parts = b.parts().stream().map(Breakdown.Part::value).toList();
      return new Whole(parts, "(" + String.join(" + ", parts.stream().map(Mention::text).toList()) + ")");
    }
  }

  /** An amount the report states, with what it is of: where a share may fit if not its own whole. */
  private record Stated(Mention value, String subject, String quote) {}

  private static List<Stated> stated(Report report) {
    List<Stated> out = new ArrayList<>();
    for (Amount a : report.facts(Amount.class)) {
      out.add(new Stated(a.value(), a.subject(), a.quote()));
    }
    for (Breakdown b : report.facts(Breakdown.class)) {
      if (b.total() != null) {
        out.add(new Stated(b.total(), b.subject(), b.quote()));
      }
    }
    return out;
  }

  /**
   * The stated amount, nearest the share, that the share is the part's share of when its own whole
   * does not fit: 三公 items given as shares of 三公 + 会议费 + 培训费 while the sentence says 三公经费. The
   * share must hold against it at its written precision, not merely round to it.
   */
  private static Optional<Stated> otherWhole(
      List<Stated> stated, Mention part, Mention share, List<Mention> own) {
    Stated best = null;
    for (Stated candidate : stated) {
      Mention whole = candidate.value();
      if (own.contains(whole) || whole.equals(part) || whole.kind() != part.kind()) {
        continue;
      }
      Optional<String> common = Quantities.commonUnit(List.of(part, whole));
      if (common.isEmpty() || !Quantities.allExact(List.of(part, whole))) {
        continue;
      }
      String unit = common.get();
      Interval range = Quantities.interval(whole, unit);
      if (range.contains(BigDecimal.ZERO) || range.low().signum() < 0) {
        continue;
      }
      BigDecimal point = Quantities.value(part, unit)
          .divide(Quantities.value(whole, unit), MathContext.DECIMAL128).multiply(HUNDRED);
      Interval shares = Quantities.interval(part, unit).dividedBy(range).times(HUNDRED);
      if (Verdict.of(share.value(), point, shares).holds() && (best == null
          || Math.abs(whole.start() - share.start()) < Math.abs(best.value().start() - share.start()))) {
        best = candidate;
      }
    }
    return Optional.ofNullable(best);
  }

  private static void part(
      Results results, Together together, List<Stated> stated, Breakdown b, Breakdown.Part part,
      Mention share, Whole total) {
    List<Mention> operands = new ArrayList<>(List.of(part.value()));
    total.numbers().stream().filter(m -> m != part.value()).forEach(operands::add);
    Optional<String> common = Quantities.commonUnit(operands);
    if (common.isEmpty() || !Quantities.exact(share) || !Quantities.allExact(operands)) {
      return;
    }
    String unit = common.get();
    Interval whole = Interval.exact(BigDecimal.ZERO);
    BigDecimal wholeValue = BigDecimal.ZERO;
    for (Mention m : total.numbers()) {
      whole = whole.plus(Quantities.interval(m, unit));
      wholeValue = wholeValue.add(Quantities.value(m, unit));
    }
    if (whole.contains(BigDecimal.ZERO)) {
      return;
    }
    BigDecimal point = Quantities.value(part.value(), unit)
        .divide(wholeValue, MathContext.DECIMAL128)
        .multiply(HUNDRED);
    Interval range = Quantities.interval(part.value(), unit).dividedBy(whole).times(HUNDRED);
    Verdict verdict = Verdict.of(share.value(), point, range);
    String relation = share.text() + " = " + part.value().text() + " / " + total.text();
    List<Mention> numbers = new ArrayList<>(List.of(share));
    numbers.addAll(operands);
    if (verdict.holds()) {
      results.holds(relation, numbers);
      return;
    }
    boolean rounding = verdict.outcome() == Verdict.Outcome.ROUNDING;
    boolean adjusted = !rounding && adjustedToWhole(b, share, verdict);
    String label = part.label().isBlank() ? "该项" : part.label();
    String labelEn = part.label().isBlank() ? "this part" : part.label();
    Optional<Stated> other = rounding || adjusted ? Optional.empty()
        : otherWhole(stated, part.value(), share, total.numbers());
    Message message = rounding ? PART_ROUNDING : adjusted ? PART_ADJUSTED
        : other.isPresent() ? PART_OTHER_WHOLE : PART;
    Draft draft = Draft.of(message, label, labelEn, Words.subject(b),
            share.text(), part.value().text(), total.text(),
            Quantities.plain(verdict.recomputed()), Quantities.plain(verdict.difference()),
            other.map(Stated::subject).orElse(""), other.map(o -> o.value().text()).orElse(""))
        .severity(rounding || adjusted
            ? Severity.INFO
            : together.test(share, operands) ? Severity.ERROR : Severity.WARNING)
        .subject(b.subject())
        .verdict(verdict, Mention.PERCENT_UNIT)
        .evidence("share", share, b)
        .evidence("part", part.value(), b);
    for (Mention m : total.numbers()) {
      draft.evidence(total.numbers().size() == 1 ? "total" : "part of the whole", m, b);
    }
    other.ifPresent(o -> draft.evidence(Evidence.of("fits", o.value(), o.quote())));
    results.fails(relation, numbers, draft.finding());
  }

  /**
   * Whether a share is one unit of its last digit off so that the list's shares add up to exactly
   * 100%: 49.55% + 39.84% + 10.61% where 1685.72 / 15897.44 is 10.60%. Reports round that way on
   * purpose (the largest remainder gets the unit), so it is noted, not reported as an error.
   */
  private static boolean adjustedToWhole(Breakdown b, Mention share, Verdict verdict) {
    BigDecimal unit = BigDecimal.ONE.movePointLeft(share.value().scale());
    BigDecimal off = share.value().subtract(verdict.recomputed().setScale(share.value().scale(),
        RoundingMode.HALF_UP)).abs();
    if (!b.exhaustive() || off.compareTo(unit) != 0) {
      return false;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Breakdown.Part p : b.parts()) {
      if (p.share() == null) {
        return false;
      }
      sum = sum.add(p.share().value());
    }
    return sum.compareTo(HUNDRED) == 0;
  }

  /**
   * The shares of a list meant to be whole against 100%, at the precision they are written to;
   * whether they make it, rounding allowed.
   */
  private static boolean sum(Results results, Breakdown b) {
    List<Mention> shares = new ArrayList<>();
    b.parts().forEach(p -> shares.add(p.share()));
    if (!Quantities.allExact(shares)) {
      return false;
    }
    int scale = 0;
    BigDecimal sum = BigDecimal.ZERO;
    Interval range = Interval.exact(BigDecimal.ZERO);
    for (Mention s : shares) {
      scale = Math.max(scale, s.value().scale());
      sum = sum.add(s.value());
      range = range.plus(Interval.of(s));
    }
    // 100% is exact; taken to the finest decimals of the shares, it is no wider than they are.
    Verdict verdict = Verdict.of(HUNDRED.setScale(scale), scale, sum, range);
    String relation = relation(shares);
    if (verdict.holds()) {
      results.holds(relation, shares);
      return true;
    }
    boolean rounding = verdict.outcome() == Verdict.Outcome.ROUNDING;
    Severity severity = rounding
        ? Severity.INFO
        : sum.compareTo(HUNDRED) > 0 ? Severity.ERROR : Severity.WARNING;
    Draft draft = Draft.of(rounding ? SUM_ROUNDING : SUM, Words.subject(b), Quantities.plain(sum),
            Quantities.plain(verdict.difference()))
        .severity(severity)
        .subject(b.subject())
        .verdict(verdict, Mention.PERCENT_UNIT);
    for (Breakdown.Part p : b.parts()) {
      draft.evidence("share", p.share(), b);
    }
    results.fails(relation, shares, draft.finding());
    return rounding;
  }

  private static String relation(List<Mention> shares) {
    StringBuilder text = new StringBuilder("100% = ");
    for (int i = 0; i < shares.size(); i++) {
      if (i > 0) {
        text.append(" + ");
      }
      if (i == 8 && shares.size() > 9) {
        text.append("…（共 ").append(shares.size()).append(" 项）");
        break;
      }
      text.append(shares.get(i).text());
    }
    return text.toString();
  }
}
