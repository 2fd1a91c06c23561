package io.suanzhang.core;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * What kind of report a document is. Its JSON name is the Chinese label the reports themselves use
 * (部门预算, 项目支出绩效自评 …), so annotations written by hand compare equal to it.
 */
public enum ReportKind {
  /** 部门预算: a department's budget, all its units together. */
  DEPARTMENT_BUDGET("部门预算"),
  /** 单位预算: the budget of one unit (预算单位). */
  UNIT_BUDGET("单位预算"),
  /** 部门决算: a department's final accounts. */
  DEPARTMENT_FINAL_ACCOUNTS("部门决算"),
  /** 单位决算: the final accounts of one unit. */
  UNIT_FINAL_ACCOUNTS("单位决算"),
  /** 部门整体支出绩效自评: a department's self-evaluation of all its spending. */
  DEPARTMENT_PERFORMANCE("部门整体支出绩效自评"),
  /** 项目支出绩效自评: the self-evaluation of one project's spending. */
  PROJECT_PERFORMANCE("项目支出绩效自评"),
  /** 转移支付绩效自评: the self-evaluation of a transfer payment from a higher government. */
  TRANSFER_PERFORMANCE("转移支付绩效自评"),
  /** 民生工程绩效自评: the self-evaluation of a livelihood project (民生工程). */
  LIVELIHOOD_PERFORMANCE("民生工程绩效自评"),
  /** 绩效自评: a self-evaluation that does not say of what. */
  PERFORMANCE("绩效自评"),
  /** 其他: a fiscal report of another kind (收支情况, a government's 三公经费 total …). */
  OTHER("其他");

  private final String label;

  ReportKind(String label) {
    this.label = label;
  }

  /** The Chinese name, as reports write it; also the JSON name. */
  @JsonValue
  public String label() {
    return label;
  }

  /** The kind with this label, if any. */
  public static Optional<ReportKind> ofLabel(String label) {
    for (ReportKind kind : values()) {
      if (kind.label.equals(label)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** The Chinese name, where a person reads it (logs, messages); the constant's name is {@code name()}. */
  @Override
  public String toString() {
    return label;
  }
}
