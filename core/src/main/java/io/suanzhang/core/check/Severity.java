package io.suanzhang.core.check;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much a finding matters, most severe first. */
public enum Severity {
  /** The numbers cannot all be right. */
  ERROR,
  /** Probably wrong, but the text leaves room for another reading. */
  WARNING,
  /** Worth knowing, not wrong: a break that rounding of the written numbers explains. */
  INFO;

  @JsonValue
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static Severity of(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }
}
