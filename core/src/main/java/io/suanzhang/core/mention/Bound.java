package io.suanzhang.core.mention;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * A bound stated with a number: ≥90%, 不低于 90%, 90%以上 (≥); ≤, 不超过, 以内, 以下 (≤); 大于, 超过, 高于
 * (&gt;); 小于, 低于 (&lt;); ≧ and ≦ as the self-evaluation template's drop-downs write them. JSON holds
 * the mathematical symbol. (Named so as not to shadow {@code java.util.Comparator}.)
 */
public enum Bound {
  AT_LEAST("≥"),
  AT_MOST("≤"),
  MORE_THAN(">"),
  LESS_THAN("<");

  private final String symbol;

  Bound(String symbol) {
    this.symbol = symbol;
  }

  @JsonValue
  public String symbol() {
    return symbol;
  }

  /** The comparator a written word or sign stands for, as found before or after a number. */
  public static Optional<Bound> ofWritten(String written) {
    switch (written) {
      case "≥":
      case ">=":
      case "＞＝":
      case "⩾":
      case "≧":
      case "不低于":
      case "不少于":
      case "不小于":
      case "大于等于":
      case "大于或等于":
      case "高于或等于":
      case "至少":
      case "以上":
        return Optional.of(AT_LEAST);
      case "≤":
      case "<=":
      case "＜＝":
      case "⩽":
      case "≦":
      case "不超过":
      case "不高于":
      case "不多于":
      case "不大于":
      case "小于等于":
      case "小于或等于":
      case "低于或等于":
      case "至多":
      case "以内":
      case "以下":
        return Optional.of(AT_MOST);
      case ">":
      case "＞":
      case "大于":
      case "高于":
      case "超过":
      case "多于":
        return Optional.of(MORE_THAN);
      case "<":
      case "＜":
      case "小于":
      case "低于":
      case "少于":
        return Optional.of(LESS_THAN);
      default:
        return Optional.empty();
    }
  }

  @JsonCreator
  static Bound fromJson(String written) {
    return ofWritten(written)
        .orElseThrow(() -> new IllegalArgumentException("not a comparator: " + written));
  }
}
