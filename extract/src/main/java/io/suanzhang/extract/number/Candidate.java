package io.suanzhang.extract.number;

import io.suanzhang.core.mention.Approximation;
import io.suanzhang.core.mention.Bound;
import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.core.mention.UnitSource;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A number found by the scanner, in UTF-16 indices, before it is known to be a mention. A bare number
 * (no unit after it) has a null kind until a range, a table or its context gives it one.
 */
final class Candidate {
  /** Moves back over a 负 that turns out to be the minus of an amount (负3.9%). */
  int start;
  final int numberEnd;
  int end;
  /** The number as written, with any Chinese magnitude folded in (three万 → 30000 when no 元 follows). */
  BigDecimal value;

  final boolean chinese;
  @Nullable MentionKind kind;
  @Nullable String unit;
  /** Magnitudes between the number and a money unit that the unit does not absorb: 3千万元 → 1000. */
  BigDecimal factor = BigDecimal.ONE;

  UnitSource unitSource = UnitSource.WRITTEN;
  @Nullable Approximation approx;
  @Nullable Bound comparator;
  @Nullable String per;

  Candidate(int start, int numberEnd, BigDecimal value, boolean chinese) {
    this.start = start;
    this.numberEnd = numberEnd;
    this.end = numberEnd;
    this.value = value;
    this.chinese = chinese;
  }

  boolean bare() {
    return kind == null;
  }
}
