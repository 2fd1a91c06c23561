package io.suanzhang.testkit;

import static io.suanzhang.testkit.Composer.cell;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * The tables part of a generated 部门决算, published as a file of its own beside the 决算's text (…年度
 * 部门决算公开表): the nine tables of the national 部门决算 template, each under its title and in the
 * template's order, with the figures of the 决算 they belong to — its 基本支出, 项目支出 and 本年支出合计,
 * its classification rows, its “三公”经费 — and the two fund tables printed empty, each with its note
 * (说明：…本年度没有…收入和支出，故本表无数据). One table can be left out, as a report that omits it would.
 *
 * @param finalAccounts the 决算 whose tables these are
 * @param report the tables file, named after the 决算 with {@code -公开表}
 * @param leftOut the template index (0 to 8) of the table left out, or −1
 */
public record TemplateTables(GeneratedReport finalAccounts, GeneratedReport report, int leftOut) {

  /** The titles of the national template's nine tables, in order. */
  public static final List<String> TITLES = List.of(
      "收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表",
      "一般公共预算财政拨款支出决算表", "一般公共预算财政拨款基本支出决算表", "财政拨款“三公”经费支出决算表",
      "政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款收入支出决算表");

  public TemplateTables {
    requireNonNull(finalAccounts, "finalAccounts");
    requireNonNull(report, "report");
    if (leftOut < -1 || leftOut >= TITLES.size()) {
      throw new IllegalArgumentException(String.format(
          Locale.ROOT, "no table %d of the template to leave out (0 to %d)", leftOut, TITLES.size() - 1));
    }
  }

  /** The tables part of a 决算 made by this kit ({@link ReportSet#finalAccounts()}), every table in. */
  static TemplateTables of(GeneratedReport finalAccounts) {
    return new TemplateTables(finalAccounts, write(finalAccounts, -1), -1);
  }

  /** The same tables with the template's table {@code index} left out. */
  public TemplateTables without(int index) {
    return new TemplateTables(finalAccounts, write(finalAccounts, index), index);
  }

  private static GeneratedReport write(GeneratedReport f, int leftOut) {
    Composer w = new Composer();
    int year = f.year();
    w.headingLine(1).text(f.department()).number("title.year", Generator.year(year))
        .text("度部门决算公开表").end();
    w.blank();
    BigDecimal basic = value(f, "claim.0.spent");
    BigDecimal project = value(f, "claim.1.spent");
    BigDecimal total = basic.add(project);
    for (int i = 0; i < TITLES.size(); i++) {
      if (i == leftOut) {
        continue;
      }
      w.text(TITLES.get(i)).end();
      w.text("单位：万元").end();
      switch (i) {
        case 0 -> {
          w.row("项目", "决算数");
          w.row("一般公共预算财政拨款收入", cell("tables.income.appropriation", money(total)));
          w.row("本年收入合计", cell("tables.income.total", money(total)));
          w.row("本年支出合计", cell("tables.spending.total", money(total)));
        }
        case 1 -> {
          w.row("项目", "本年收入合计", "财政拨款收入", "其他收入");
          w.row("合计", cell("tables.income.total.1", money(total)),
              cell("tables.income.appropriation.1", money(total)), "0.00");
        }
        case 2 -> {
          w.row("项目", "决算数");
          w.row("基本支出", cell("tables.spending.basic", money(basic)));
          w.row("项目支出", cell("tables.spending.project", money(project)));
          w.row("本年支出合计", cell("tables.spending.total.2", money(total)));
        }
        case 3 -> {
          w.row("项目", "决算数");
          w.row("一般公共预算财政拨款", cell("tables.appropriation", money(total)));
          w.row("政府性基金预算财政拨款", "0.00");
          w.row("国有资本经营预算财政拨款", "0.00");
        }
        case 4 -> classes(w, f, total, basic, project);
        case 5 -> {
          BigDecimal staff = basic.multiply(new BigDecimal("0.8")).setScale(2, RoundingMode.HALF_UP);
          w.row("项目", "决算数");
          w.row("人员经费", cell("tables.basic.staff", money(staff)));
          w.row("公用经费", cell("tables.basic.office", money(basic.subtract(staff))));
          w.row("合计", cell("tables.basic.total", money(basic)));
        }
        case 6 -> {
          w.row("项目", "预算数", "决算数");
          w.row("“三公”经费合计", cell("tables.official.budget", money(value(f, "claim.2.budget"))),
              cell("tables.official.spent", money(value(f, "claim.2.spent"))));
        }
        default -> {
          w.row("项目", "年初结转和结余", "本年收入", "本年支出", "年末结转和结余");
          w.row("合计", "", "", "", "");
          w.text("说明：" + f.department() + "本年度没有"
              + (i == 7 ? "政府性基金" : "国有资本经营") + "预算财政拨款收入和支出，故本表无数据。").end();
        }
      }
      w.blank();
    }
    return new GeneratedReport(
        f.name() + "-公开表", year, f.department(), w.text(), w.headings(), w.numbers());
  }

  /** The 决算's classification rows (类, 款, 项) as the 一般公共预算财政拨款支出决算表 prints them. */
  private static void classes(
      Composer w, GeneratedReport f, BigDecimal total, BigDecimal basic, BigDecimal project) {
    w.row("科目编码", "科目名称", "合计", "基本支出", "项目支出");
    for (Stated s : f.numbers("table.")) {
      String[] cells = f.lineAt(s.span()).split("\t", -1);
      if (s.role().matches("table\\.\\d{3,7}\\.total") && cells.length == 5) {
        String code = cells[0];
        w.row(code, cells[1], cell("tables." + code + ".total", money(s.numeral().value())),
            cell("tables." + code + ".basic", money(value(f, "table." + code + ".basic"))),
            cell("tables." + code + ".project", money(value(f, "table." + code + ".project"))));
      }
    }
    w.row("", "合计", cell("tables.classes.total", money(total)),
        cell("tables.classes.basic", money(basic)), cell("tables.classes.project", money(project)));
  }

  private static BigDecimal value(GeneratedReport f, String role) {
    return f.number(role).numeral().value();
  }

  /** A table cell: digits alone, the unit in the 单位 line. */
  private static Numeral money(BigDecimal wan) {
    return Generator.tableMoney(wan);
  }
}
