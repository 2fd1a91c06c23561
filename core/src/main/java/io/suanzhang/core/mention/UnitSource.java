package io.suanzhang.core.mention;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a mention's unit came from: so a check can tell a written unit from an inferred one. */
public enum UnitSource {
  /** Written next to the number: 91.68万元. */
  WRITTEN,
  /** Stated once for a table or a column: （万元）, 单位：元. */
  TABLE,
  /**
   * Inferred for a bare number after a money word (支出89699) from the amounts around it, which all use
   * one unit.
   */
  CONTEXT;

  @JsonValue
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
