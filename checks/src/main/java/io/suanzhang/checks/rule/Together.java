package io.suanzhang.checks.rule;

import io.suanzhang.checks.Report;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.core.mention.UnitSource;
import io.suanzhang.core.text.CodePoints;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Whether the numbers of a relation were stated together with the value they are checked against —
 * in its sentence, with their units written — or were brought to it from elsewhere: a value from the
 * sentence before (基本支出15,844.04万元。与上年相比增加…), a unit inferred from the amounts around a
 * bare number. A break between numbers stated together is an error; one between numbers brought
 * together is a warning, for the pairing may be what is wrong.
 */
final class Together {

  /** Marks that end a sentence; a line break does not, as extracted PDF text wraps inside one. */
  private static final String ENDS = "。！？!?";

  private final CodePoints text;

  private Together(CodePoints text) {
    this.text = text;
  }

  static Together in(Report report) {
    return new Together(CodePoints.of(report.text()));
  }

  /**
   * Whether every operand stands in the sentence of {@code stated} with a unit written for it or for
   * its table, or has its value written out in that sentence (执行率达14%（45202/320000）).
   */
  boolean test(Mention stated, Collection<Mention> operands) {
    if (stated.end() > text.length()) {
      return false;
    }
    int start = sentenceStart(stated.start());
    int end = sentenceEnd(stated.end());
    for (Mention m : operands) {
      if (m.unitSource() == UnitSource.CONTEXT) {
        return false;
      }
      if (m.start() >= start && m.end() <= end) {
        continue;
      }
      if (!writtenIn(text.slice(start, end), m)) {
        return false;
      }
    }
    return true;
  }

  private int sentenceStart(int from) {
    int i = from;
    while (i > 0 && ENDS.indexOf(charAt(i - 1)) < 0) {
      i--;
    }
    return i;
  }

  private int sentenceEnd(int from) {
    int i = from;
    while (i < text.length() && ENDS.indexOf(charAt(i)) < 0) {
      i++;
    }
    return Math.min(i + 1, text.length());
  }

  private char charAt(int codePoint) {
    return text.text().charAt(text.toUtf16(codePoint));
  }

  /**
   * Whether the sentence writes the value of {@code m} as a term of a quotient (45202/320000), in its
   * unit or in 元.
   */
  private static boolean writtenIn(String sentence, Mention m) {
    String digits = sentence.replace(",", "").replace("，", "");
    if (quotientTerm(digits, m.value())) {
      return true;
    }
    return m.kind() == MentionKind.MONEY && m.yuan() != null && quotientTerm(digits, m.yuan());
  }

  private static boolean quotientTerm(String digits, BigDecimal value) {
    String plain = value.stripTrailingZeros().toPlainString();
    String number = "(?<![\\d.])" + Pattern.quote(plain) + "(?![\\d.])";
    return Pattern.compile("[/÷]\\s*" + number + "|" + number + "\\s*[/÷]").matcher(digits).find();
  }
}
