package io.suanzhang.extract.number;

import io.suanzhang.core.Document;
import io.suanzhang.core.document.Warning;
import io.suanzhang.core.document.WarningCode;
import io.suanzhang.core.text.CodePoints;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The numbers a scan left as text for being too long to be amounts, told as one warning: a file may
 * hold many (a row of digits, a code of 40 places), and the first is enough to find them by.
 */
final class TooLongNumbers {

  /** Where a number left as text stands, in UTF-16 indices of the text, end exclusive. */
  private record Stretch(int start, int end) {}

  private int count;
  private @Nullable Stretch first;

  /** Whether a value has more digits, or a point further out, than any amount written. */
  static boolean isTooLong(BigDecimal value) {
    return value.precision() > MentionExtractor.MAX_DIGITS
        || Math.abs(value.scale()) > MentionExtractor.MAX_DIGITS;
  }

  /** Notes a number too long to be an amount, left as text; returns where scanning goes on. */
  int note(int start, int end) {
    if (count++ == 0) {
      first = new Stretch(start, end);
    }
    return end;
  }

  /** One warning for all the numbers noted, naming the first; none when there were none. */
  List<Warning> warnings(CodePoints cp, @Nullable Document document) {
    Stretch stretch = first;
    if (stretch == null) {
      return List.of();
    }
    int start = cp.toCodePoint(stretch.start());
    int length = cp.toCodePoint(stretch.end()) - start;
    return List.of(
        new Warning(
            WarningCode.NUMBER_TOO_LONG, document == null ? null : document.pageAt(start),
            String.format(Locale.ROOT,
                "%d number(s) with more than %d digits, or more than %d magnitudes before the unit,"
                    + " left as text, not read as amounts; the first at code point %d, %d characters"
                    + " long",
                count, MentionExtractor.MAX_DIGITS, MentionExtractor.MAX_MAGNITUDES, start,
                length)));
  }
}
