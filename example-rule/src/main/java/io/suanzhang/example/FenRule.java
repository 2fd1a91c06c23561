package io.suanzhang.example;

import io.suanzhang.checks.Draft;
import io.suanzhang.checks.Message;
import io.suanzhang.checks.Report;
import io.suanzhang.checks.Results;
import io.suanzhang.checks.Rule;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * {@code fen}: an amount finer than a 分, the smallest unit of the currency: 1,234.567元, or
 * 0.1234567万元 (1,234.567元). Such an amount is a typing slip or a value computed and never rounded;
 * no payment is made of it. Every amount is evaluated, so the rule's checks count what it looked at.
 *
 * <p>The example of {@code docs/rules.md}: a rule in its own jar, on the public API of {@code
 * suanzhang-checks} only, listed in {@code META-INF/services/io.suanzhang.checks.Rule}.
 */
public final class FenRule implements Rule {

  static final Message FINER_THAN_FEN = new Message(
      "fen.finer",
      "金额 %s 精确到分以下（%s 元）",
      "the amount %s is finer than a fen (%s yuan)");

  /** Two decimals of 元: 分. */
  private static final int FEN_SCALE = 2;

  @Override
  public String id() {
    return "fen";
  }

  @Override
  public void check(Report report, Results results) {
    for (Mention m : report.analysis().mentions()) {
      if (m.kind() != MentionKind.MONEY || m.yuan() == null) {
        continue;
      }
      BigDecimal yuan = m.yuan().stripTrailingZeros();
      String relation = m.text() + " 精确到分";
      if (yuan.scale() <= FEN_SCALE) {
        results.holds(relation, List.of(m));
        continue;
      }
      BigDecimal rounded = yuan.setScale(FEN_SCALE, RoundingMode.HALF_UP);
      results.fails(relation, List.of(m), Draft.of(FINER_THAN_FEN, m.text(), yuan.toPlainString())
          .severity(Severity.WARNING)
          .subject(m.text())
          .values(yuan, rounded, "元")
          .passage("amount", report, m.start(), m.end())
          .finding());
    }
  }
}
