package io.suanzhang.core.fact;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a stated rate measures. */
public enum RateKind {
  /** 执行率, 预算执行率, 支出进度, 资金支付进度. */
  EXECUTION("执行率"),
  /** 完成率, 完成预算…%. */
  COMPLETION("完成率"),
  /** 到位率. */
  ARRIVAL("到位率"),
  /** 调整率, 预算调整率. */
  ADJUSTMENT("调整率"),
  /** 覆盖率, 自评覆盖率. */
  COVERAGE("覆盖率"),
  /** Any other rate (合格率, 满意度 …). */
  OTHER("比率");

  private final String label;

  RateKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  @JsonValue
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The Chinese name, where a person reads it (logs, messages); the constant's name is {@code name()}. */
  @Override
  public String toString() {
    return label;
  }
}
