package io.suanzhang.core.mention;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a number in a report measures. */
public enum MentionKind {
  /** An amount of money, with a money unit and its value in 元. */
  MONEY,
  /**
   * A percentage; its value is the number before the % sign, or the same share in percent when it is
   * written per mille or per ten thousand (千分之三, 3‰ → 0.3; 万分之五 → 0.05), its text as written.
   */
  PERCENT,
  /** A count of people, items or events, with its counting unit (人, 个, 次 …). */
  COUNT,
  /** Points of a self-evaluation (满分20分, 自评6.48分), unit 分. */
  SCORE;

  @JsonValue
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
