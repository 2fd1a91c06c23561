package io.suanzhang.checks.statement;

import io.suanzhang.core.fact.Direction;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.mention.Mention;

/** The words findings are written with: subjects, and direction words in Chinese and English. */
public final class Words {

  private Words() {}

  /** The fact's subject, or a stand-in when the extractor found none. */
  public static String subject(Fact fact) {
    return fact.subject().isBlank() ? "该项" : fact.subject();
  }

  /** The fact's subject for an English message. */
  public static String subjectEn(Fact fact) {
    return fact.subject().isBlank() ? "this item" : fact.subject();
  }

  /** 增加/减少/持平: the word of a change in amount. */
  public static String change(Direction direction) {
    return switch (direction) {
      case INCREASE -> "增加";
      case DECREASE -> "减少";
      case UNCHANGED -> "持平";
    };
  }

  /** 增长/下降/持平: the word of a change rate. */
  public static String growth(Direction direction) {
    return switch (direction) {
      case INCREASE -> "增长";
      case DECREASE -> "下降";
      case UNCHANGED -> "持平";
    };
  }

  public static String english(Direction direction) {
    return switch (direction) {
      case INCREASE -> "an increase";
      case DECREASE -> "a decrease";
      case UNCHANGED -> "no change";
    };
  }

  /** +1 for an increase, −1 for a decrease, 0 for no change. */
  public static int sign(Direction direction) {
    return switch (direction) {
      case INCREASE -> 1;
      case DECREASE -> -1;
      case UNCHANGED -> 0;
    };
  }

  /**
   * A number as written with the sign of its direction word before it (−18.17万元 for 减少18.17万元); a
   * number that carries its own sign, as tables write them (−57.39%), is left as written.
   */
  public static String signed(Mention m, int sign) {
    String text = m.text();
    if (!text.isEmpty() && "-−－+＋".indexOf(text.charAt(0)) >= 0) {
      return text;
    }
    return (sign < 0 ? "−" : sign > 0 ? "+" : "") + text;
  }
}
