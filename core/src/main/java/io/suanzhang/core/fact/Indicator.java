package io.suanzhang.core.fact;

import static java.util.Objects.requireNonNull;

import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.text.Quotes;
import io.suanzhang.core.text.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A performance indicator: its 一级/二级 categories, its name (the 三级指标), the target as written
 * ({@code ≥80%}, {@code 按计划完成}) and as a number when it is one, the actual value likewise, its
 * weight (分值) and score (得分), whether the report claims it was met (完成年度设定目标), and the
 * reason it gives for a shortfall (偏差原因分析及改进措施): null where the table has no such column or
 * it could not be read, empty where the column is left blank (or says 无). The subject is the project
 * or the department the indicator belongs to.
 */
public record Indicator(
    String id,
    @Nullable String section,
    String subject,
    @Nullable String level1,
    @Nullable String level2,
    String name,
    @Nullable String targetText,
    @Nullable Mention target,
    @Nullable String actualText,
    @Nullable Mention actual,
    @Nullable Mention weight,
    @Nullable Mention score,
    @Nullable Boolean claimedMet,
    @Nullable String reason,
    Span span,
    String quote)
    implements Fact {

  public Indicator {
    Facts.requireCommon(id, subject, span, quote);
    quote = Quotes.capped(quote);
    requireNonNull(name, "name");
  }

  @Override
  public List<Mention> numbers() {
    return Facts.numbers(target, actual, weight, score);
  }
}
