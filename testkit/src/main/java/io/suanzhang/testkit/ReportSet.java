package io.suanzhang.testkit;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The reports of one department and year that state the same figures: its 部门预算, its 部门决算 and
 * one 项目支出绩效自评 per project of the 决算. Consistent as made: the budget's 基本支出, 项目支出 and
 * “三公”经费 are the 年初预算 the 决算 compares with; each self-evaluation's 年初预算数 is its project's
 * line in the budget, its 全年预算数 and 全年执行数 the project's row in the 决算.
 */
public record ReportSet(GeneratedReport budget, GeneratedReport finalAccounts,
    List<GeneratedReport> evaluations) {

  public ReportSet {
    requireNonNull(budget, "budget");
    requireNonNull(finalAccounts, "finalAccounts");
    evaluations = List.copyOf(evaluations);
  }

  /** A set with one error between its reports, and the error, in the report it was put into. */
  public record Injected(ReportSet set, InjectedError error) {
    public Injected {
      requireNonNull(set, "set");
      requireNonNull(error, "error");
    }
  }

  /** Every report: the budget, the final accounts, then the self-evaluations. */
  public List<GeneratedReport> reports() {
    return Stream.concat(Stream.of(budget, finalAccounts), evaluations.stream()).toList();
  }

  /** The set with {@code changed} in place of the report of the same name. */
  public ReportSet with(GeneratedReport changed) {
    List<GeneratedReport> evals = new ArrayList<>();
    for (GeneratedReport e : evaluations) {
      evals.add(e.name().equals(changed.name()) ? changed : e);
    }
    return new ReportSet(
        budget.name().equals(changed.name()) ? changed : budget,
        finalAccounts.name().equals(changed.name()) ? changed : finalAccounts, evals);
  }
}
