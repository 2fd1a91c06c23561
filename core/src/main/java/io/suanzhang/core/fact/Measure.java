package io.suanzhang.core.fact;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What an amount of money is: a budget, an execution, funds arrived … */
public enum Measure {
  /** 预算数, 年初预算, 全年预算. */
  BUDGET("预算数"),
  /** 调整后预算数, 全年预算数 after adjustment. */
  ADJUSTED_BUDGET("调整后预算数"),
  /** 下达, 安排, 拨付 to the unit. */
  ALLOCATED("下达数"),
  /** 到位, 落实到位. */
  ARRIVED("到位数"),
  /** 执行数, 实际支出, 使用, 支付. */
  EXECUTION("执行数"),
  /** 决算数. */
  FINAL_ACCOUNT("决算数"),
  /** 收入, 收入合计. */
  INCOME("收入"),
  /** 支出 as a category's amount (公务接待费支出1614元), not an execution of a budget. */
  EXPENDITURE("支出"),
  /** 未拨付, 在途, 剩余, 结余, 结转. */
  BALANCE("结余"),
  /** Any other amount a report states. */
  OTHER("金额");

  private final String label;

  Measure(String label) {
    this.label = label;
  }

  /** The Chinese name of the measure. */
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
