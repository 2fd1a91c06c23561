package io.suanzhang.testkit;

import static io.suanzhang.testkit.Composer.cell;

import io.suanzhang.testkit.Generator.Leaf;
import io.suanzhang.testkit.Generator.Plan;
import io.suanzhang.testkit.Generator.Project;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the 部门预算 and the 项目支出绩效自评 reports of a 部门决算's department and year from the
 * plan it was made of (see {@link ReportSet}).
 */
final class Siblings {

  private final Generator g;

  Siblings(Generator g) {
    this.g = g;
  }

  /** The 决算 named {@code name}, its budget and its self-evaluations, names suffixed by kind. */
  ReportSet reportSet(String name) {
    Generator.Made made = g.finalAccounts(name + "-决算");
    Plan plan = made.plan();
    BigDecimal basic = plan.initialBudgets().get(0);
    BigDecimal project = plan.initialBudgets().get(1);
    List<BigDecimal> initial = allocate(plan.projects().stream().map(Project::budget).toList(), project);
    GeneratedReport budget = budget(name + "-预算", plan, basic, project, initial);
    List<GeneratedReport> evaluations = new ArrayList<>();
    for (int i = 0; i < plan.projects().size(); i++) {
      evaluations.add(evaluation(name + "-自评" + (i + 1), plan, plan.projects().get(i), initial.get(i)));
    }
    BigDecimal lastYear = made.report().number("comparison.base").numeral().value();
    return new ReportSet(budget, made.report(), evaluations,
        previousYear(name + "-上年决算", plan, lastYear));
  }

  /** Last year's 部门决算 in short: its 收、支总计, the base of this year's comparison, and its parts. */
  private GeneratedReport previousYear(String name, Plan plan, BigDecimal total) {
    Composer w = new Composer();
    int year = plan.year() - 1;
    w.headingLine(1).text(plan.department()).number("title.year", Generator.year(year))
        .text("度部门决算").end();
    w.blank();
    w.heading(2, "一、收入支出决算总体情况");
    w.text(year + "年度收、支总计").number("previous.total", g.money(total))
        .text("。主要用于保障机构正常运转和完成年度工作任务。").end();
    BigDecimal basic = total.multiply(g.between("0.60", "0.90")).setScale(2, RoundingMode.HALF_UP);
    g.breakdown(w, year, total, basic, total.subtract(basic));
    return new GeneratedReport(name, year, plan.department(), w.text(), w.headings(), w.numbers());
  }

  private GeneratedReport budget(String name, Plan plan, BigDecimal basic, BigDecimal project,
      List<BigDecimal> initial) {
    Composer w = new Composer();
    int year = plan.year();
    w.headingLine(1).text(plan.department()).number("title.year", Generator.year(year))
        .text("度部门预算").end();
    w.blank();
    w.heading(2, "一、部门基本情况");
    w.text(plan.department() + "贯彻落实上级决策部署，认真履行部门职责，按照年初确定的工作目标推进各项工作。").end();
    w.blank();
    w.heading(2, "二、收支预算总体情况");
    BigDecimal total = basic.add(project);
    w.text(year + "年部门预算支出合计").number("budget.total", g.money(total)).text("，其中：基本支出")
        .number("budget.basic", g.money(basic)).text("，占")
        .number("budget.basic.share", g.percent(Generator.share(basic, total))).text("；项目支出")
        .number("budget.project", g.money(project)).text("，占")
        .number("budget.project.share", g.percent(Generator.share(project, total))).text("。").end();
    w.blank();
    w.heading(2, "三、“三公”经费预算情况");
    w.text(year + "年“三公”经费预算").number("budget.official", g.money(plan.initialBudgets().get(2)))
        .text("，按照厉行节约的要求从严安排。").end();
    w.blank();
    w.heading(2, "四、一般公共预算支出预算表");
    List<Leaf> leaves = budgetLeaves(plan.leaves(), basic, project);
    g.classTable(w, leaves, total, basic, project);
    w.blank();
    w.heading(2, "五、项目支出预算表");
    w.text("单位：万元").end();
    w.row("项目名称", "预算数");
    for (int i = 0; i < initial.size(); i++) {
      w.row(plan.projects().get(i).name(),
          cell("budget.projects." + i, Generator.tableMoney(initial.get(i))));
    }
    w.row("合计", cell("budget.projects.total", Generator.tableMoney(project)));
    return new GeneratedReport(name, year, plan.department(), w.text(), w.headings(), w.numbers());
  }

  /** The 决算's leaves with their budgets: 基本 and 项目 in the proportions spent. */
  private static List<Leaf> budgetLeaves(List<Leaf> spent, BigDecimal basic, BigDecimal project) {
    List<BigDecimal> b = allocate(spent.stream().map(Leaf::basic).toList(), basic);
    List<BigDecimal> p = allocate(spent.stream().map(Leaf::project).toList(), project);
    List<Leaf> out = new ArrayList<>();
    for (int i = 0; i < spent.size(); i++) {
      Leaf l = spent.get(i);
      out.add(new Leaf(l.clazz(), l.item(), l.leaf(), b.get(i), p.get(i)));
    }
    return out;
  }

  private GeneratedReport evaluation(String name, Plan plan, Project p, BigDecimal initial) {
    Composer w = new Composer();
    int year = plan.year();
    w.headingLine(1).text(plan.department()).number("title.year", Generator.year(year))
        .text("度" + p.name() + "项目支出绩效自评报告").end();
    w.blank();
    w.heading(2, "一、项目基本情况");
    w.text(p.name() + "项目由" + plan.department() + "组织实施，资金全部为财政拨款。").end();
    w.blank();
    w.heading(2, "二、项目资金使用情况");
    w.text("单位：万元").end();
    w.row("项目名称", "年初预算数", "全年预算数", "全年执行数", "执行率");
    BigDecimal rate = Generator.share(p.spent(), p.budget());
    w.row(p.name(), cell("evaluation.initial", Generator.tableMoney(initial)),
        cell("evaluation.budget", Generator.tableMoney(p.budget())),
        cell("evaluation.spent", Generator.tableMoney(p.spent())),
        cell("evaluation.rate", Numeral.percent(rate.toPlainString())));
    w.blank();
    w.heading(2, "三、绩效指标完成情况");
    w.row("绩效指标", "一级指标", "二级指标", "三级指标", "预期指标值", "实际完成指标值");
    g.indicatorRows(w, "");
    return new GeneratedReport(name, year, plan.department(), w.text(), w.headings(), w.numbers());
  }

  /**
   * {@code total} in parts proportional to {@code weights}, to the cent, the last part taking what
   * rounding leaves; parts of a zero weight are zero.
   */
  static List<BigDecimal> allocate(List<BigDecimal> weights, BigDecimal total) {
    BigDecimal sum = Generator.sum(weights);
    int last = -1;
    for (int i = 0; i < weights.size(); i++) {
      if (weights.get(i).signum() > 0) {
        last = i;
      }
    }
    List<BigDecimal> parts = new ArrayList<>();
    BigDecimal left = total;
    for (int i = 0; i < weights.size(); i++) {
      BigDecimal part = i == last ? left
          : weights.get(i).signum() == 0 ? BigDecimal.ZERO.setScale(2)
          : total.multiply(weights.get(i)).divide(sum, 2, RoundingMode.HALF_UP);
      left = left.subtract(part);
      parts.add(part);
    }
    return parts;
  }
}
