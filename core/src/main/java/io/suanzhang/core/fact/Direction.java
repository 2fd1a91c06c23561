package io.suanzhang.core.fact;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The direction word of a comparison. */
public enum Direction {
  /** 增加, 增长, 上升, 提高. */
  INCREASE,
  /** 减少, 下降, 降低, 降幅. */
  DECREASE,
  /** 持平, 无变化. */
  UNCHANGED;

  @JsonValue
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
