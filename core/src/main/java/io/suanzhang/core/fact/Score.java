package io.suanzhang.core.fact;

import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.text.Quotes;
import io.suanzhang.core.text.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A scored item of a self-evaluation: 投入情况（满分20分，自评20分）. {@code parent} is the id of the
 * score fact it belongs under (its 一级 or 二级 item), {@code level} its depth (1 for the overall or
 * top items), {@code full} the maximum, {@code score} the points given, {@code grade} a stated grade
 * (优, 良, 一等 …).
 */
public record Score(
    String id,
    @Nullable String section,
    String subject,
    @Nullable String parent,
    int level,
    @Nullable Mention full,
    @Nullable Mention score,
    @Nullable String grade,
    Span span,
    String quote)
    implements Fact {

  public Score {
    Facts.requireCommon(id, subject, span, quote);
    quote = Quotes.capped(quote);
    if (level < 1) {
      throw Facts.invalid("score %s: levels start at 1, not %d", id, level);
    }
    if (full == null && score == null && grade == null) {
      throw Facts.invalid("score %s states no points and no grade", id);
    }
  }

  @Override
  public List<Mention> numbers() {
    return Facts.numbers(full, score);
  }
}
