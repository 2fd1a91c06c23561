package io.suanzhang.testkit;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The reports of one department that state the same figures: its 部门预算, its 部门决算 and one
 * 项目支出绩效自评 per project of the 决算, all of one year, and the 部门决算 of the year before.
 * Consistent as made: the budget's 基本支出, 项目支出 and “三公”经费 are the 年初预算 the 决算 compares
 * with; each self-evaluation's 年初预算数 is its project's line in the budget, its 全年预算数 and 全年执行数
 * the project's row in the 决算; last year's 收、支总计 is the one the 决算 compares with (与2019年…相比).
 */
public record ReportSet(GeneratedReport budget, GeneratedReport finalAccounts,
    List<GeneratedReport> evaluations, GeneratedReport previousYear) {

  public ReportSet {
    requireNonNull(budget, "budget");
    requireNonNull(finalAccounts, "finalAccounts");
    evaluations = List.copyOf(evaluations);
    requireNonNull(previousYear, "previousYear");
  }

  /** A set with one error between its reports, and the error, in the report it was put into. */
  public record Injected(ReportSet set, InjectedError error) {
    public Injected {
      requireNonNull(set, "set");
      requireNonNull(error, "error");
    }
  }

  /** Every report: the budget, the final accounts, the self-evaluations, last year's final accounts. */
  public List<GeneratedReport> reports() {
    return Stream.of(Stream.of(budget, finalAccounts), evaluations.stream(), Stream.of(previousYear))
        .flatMap(s -> s).toList();
  }

  /** The set with {@code changed} in place of the report of the same name. */
  public ReportSet with(GeneratedReport changed) {
    List<GeneratedReport> evals = new ArrayList<>();
    for (GeneratedReport e : evaluations) {
      evals.add(e.name().equals(changed.name()) ? changed : e);
    }
    return new ReportSet(
        budget.name().equals(changed.name()) ? changed : budget,
        finalAccounts.name().equals(changed.name()) ? changed : finalAccounts, evals,
        previousYear.name().equals(changed.name()) ? changed : previousYear);
  }
}
