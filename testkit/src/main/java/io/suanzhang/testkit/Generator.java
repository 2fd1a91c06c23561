package io.suanzhang.testkit;

import static io.suanzhang.testkit.Composer.cell;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Makes one consistent 部门决算 report from a random source: every total is the sum of its parts,
 * every rate, share and change is computed from the amounts it is stated with and rounded half up,
 * every indicator reaches its target, every repeated amount is repeated with one value. Amounts are
 * in 万元 with two decimals and at least 100 万元 where a rate is computed from them, so that a rate's
 * tolerance stays under 0.01 percentage points.
 */
final class Generator {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static final String[] PLACES = {"青山县", "白水县", "东湖区", "南岭县", "西林市", "北塘区",
      "临江县", "云溪区", "石门县", "长乐市"};
  private static final String[] BUREAUS = {"医疗保障局", "财政局", "教育局", "民政局", "农业农村局",
      "司法局", "水利局", "文化旅游局", "市场监督管理局", "退役军人事务局"};
  private static final String[] PROJECTS = {"医疗救助监管", "城乡居民医保征缴", "基金运行监管",
      "信息化平台运维", "政务服务能力提升", "业务培训", "档案数字化", "宣传教育", "专项检查",
      "设备购置"};
  private static final String[][] INDICATORS = {
      {"医疗保障覆盖率", "%"}, {"群众满意度", "%"}, {"资金拨付及时率", "%"}, {"项目验收合格率", "%"},
      {"政策知晓率", "%"}, {"信息系统正常运行率", "%"}};
  private static final String[][] TABLE_INDICATORS = {
      {"产出指标", "数量指标", "监督检查次数", "次"}, {"产出指标", "数量指标", "培训人次", "人次"},
      {"产出指标", "质量指标", "问题整改率", "%"}, {"效益指标", "社会效益指标", "受益群众满意度", "%"}};

  /** 类 → 款 → 项 of the functional classification, as 九张表 list them. */
  private static final String[][][] CLASSES = {
      {{"201", "一般公共服务支出"}, {"20103", "政府办公厅（室）及相关机构事务"},
          {"2010301", "行政运行"}, {"2010302", "一般行政管理事务"}, {"2010350", "事业运行"}},
      {{"208", "社会保障和就业支出"}, {"20805", "行政事业单位养老支出"},
          {"2080505", "机关事业单位基本养老保险缴费支出"}, {"2080506", "机关事业单位职业年金缴费支出"}},
      {{"210", "卫生健康支出"}, {"21011", "行政事业单位医疗"}, {"2101101", "行政单位医疗"},
          {"2101103", "公务员医疗补助"}},
      {{"221", "住房保障支出"}, {"22102", "住房改革支出"}, {"2210201", "住房公积金"},
          {"2210203", "购房补贴"}}};

  private final Random random;
  private final Numeral.Form moneyForm;
  private final Numeral.Form percentForm;

  Generator(Random random) {
    this.random = random;
    this.moneyForm = pick(Numeral.Form.PLAIN, Numeral.Form.PLAIN, Numeral.Form.GROUPED,
        Numeral.Form.SPACED);
    this.percentForm = pick(Numeral.Form.PLAIN, Numeral.Form.PLAIN, Numeral.Form.FULL_WIDTH);
  }

  /** A whole report: title, sections, 九张表-style table, project tables, scores and indicators. */
  GeneratedReport report(String name) {
    return finalAccounts(name).report();
  }

  /**
   * What a 部门决算 was made of, for the other reports of its department and year: its
   * classification leaves, projects and the 年初预算 of 基本支出, 项目支出 and “三公”经费.
   */
  record Plan(int year, String department, List<Leaf> leaves, List<Project> projects,
      List<BigDecimal> initialBudgets) {}

  /** A 部门决算 and its plan. */
  record Made(GeneratedReport report, Plan plan) {}

  Made finalAccounts(String name) {
    int year = 2018 + random.nextInt(8);
    String department = pick(PLACES) + pick(BUREAUS);
    Composer w = new Composer();
    w.headingLine(1).text(department).number("title.year", year(year)).text("度部门决算").end();
    w.blank();
    w.heading(2, "一、部门基本情况");
    w.text(department + "贯彻落实上级决策部署，认真履行部门职责，按照年初确定的工作目标推进各项工作。").end();
    w.blank();

    // The classification table decides the totals the prose states.
    List<Leaf> leaves = leaves();
    BigDecimal basic = sum(leaves.stream().map(Leaf::basic).toList());
    BigDecimal project = sum(leaves.stream().map(Leaf::project).toList());
    BigDecimal total = basic.add(project);

    w.heading(2, "二、收入支出决算总体情况");
    comparison(w, year, total);
    breakdown(w, year, total, basic, project);
    w.blank();

    w.heading(2, "三、预算执行情况");
    execution(w, year, total);
    w.blank();

    w.heading(2, "四、一般公共预算财政拨款支出决算表");
    classTable(w, leaves, total, basic, project);
    w.blank();

    w.heading(2, "五、项目支出情况");
    List<Project> projects = projects(project);
    projectTable(w, projects);
    w.blank();
    for (int i = 0; i < projects.size(); i++) {
      projectSection(w, i, projects.get(i), year);
    }

    w.heading(2, "六、部门整体支出绩效自评情况");
    scores(w);
    w.blank();
    w.heading(3, "（二）绩效指标完成情况");
    indicators(w, year);
    w.blank();

    w.heading(2, "七、决算与预算对比情况");
    List<BigDecimal> initial = claims(w, basic, project);
    return new Made(new GeneratedReport(name, year, department, w.text(), w.headings(), w.numbers()),
        new Plan(year, department, leaves, projects, initial));
  }

  /**
   * A short report of one project: its summary sentence and its self-evaluation table, the layout in
   * which {@code cross-reference} compares the two.
   */
  GeneratedReport projectReport(String name) {
    int year = 2018 + random.nextInt(8);
    String department = pick(PLACES) + pick(BUREAUS);
    Composer w = new Composer();
    w.headingLine(1).text(department).number("title.year", year(year)).text("度部门决算（项目支出部分）").end();
    w.blank();
    w.heading(2, "五、项目支出情况");
    projectSection(w, 0, projects(amount(100, 999)).get(0), year);
    return new GeneratedReport(name, year, department, w.text(), w.headings(), w.numbers());
  }

  /** One passage of a type, as it stands in a report of {@code year}. */
  Passage passage(Passage.Type type) {
    int year = 2018 + random.nextInt(8);
    Composer w = new Composer();
    switch (type) {
      case EXECUTION -> execution(w, year, amount(100, 9999));
      case BREAKDOWN -> {
        BigDecimal basic = amount(100, 5000);
        BigDecimal project = amount(100, 5000);
        breakdown(w, year, basic.add(project), basic, project);
      }
      case COMPARISON -> comparison(w, year, amount(100, 9999));
      case SCORES -> scores(w);
      case INDICATOR -> indicators(w, year);
      case CLASSIFIED_ROWS -> {
        List<Leaf> leaves = leaves();
        BigDecimal basic = sum(leaves.stream().map(Leaf::basic).toList());
        BigDecimal project = sum(leaves.stream().map(Leaf::project).toList());
        classTable(w, leaves, basic.add(project), basic, project);
      }
      case PROJECT -> {
        List<Project> projects = projects(amount(100, 999));
        projectSection(w, 0, projects.get(0), year);
      }
    }
    return w.passage(type);
  }

  // --- prose --------------------------------------------------------------------------------

  /** 收、支总计 against last year: the change and the rate, either way. */
  Composer comparison(Composer w, int year, BigDecimal current) {
    BigDecimal base = current.multiply(between("0.70", "1.30")).setScale(2, RoundingMode.HALF_UP);
    if (base.compareTo(current) == 0) {
      base = base.add(BigDecimal.ONE);
    }
    BigDecimal change = current.subtract(base);
    boolean up = change.signum() > 0;
    w.text(year + "年度收、支总计").number("comparison.current", money(current)).text("。与")
        .number("comparison.year", year(year - 1)).number("comparison.base", money(base))
        .text("相比，收、支总计各" + (up ? "增加" : "减少")).number("comparison.change", money(change.abs()))
        .text("，" + (up ? "增长" : "下降")).number("comparison.growth", percent(share(change.abs(), base)))
        .text("。主要原因是" + (up ? "业务工作量增加" : "压减一般性支出") + "。").end();
    return w;
  }

  /** 本年支出合计 and its 其中 parts with their shares. */
  Composer breakdown(Composer w, int year, BigDecimal total, BigDecimal basic, BigDecimal project) {
    w.text(year + "年本年支出合计").number("breakdown.total", money(total)).text("，其中：基本支出")
        .number("breakdown.basic", money(basic)).text("，占")
        .number("breakdown.basic.share", percent(share(basic, total))).text("；项目支出")
        .number("breakdown.project", money(project)).text("，占")
        .number("breakdown.project.share", percent(share(project, total))).text("。").end();
    return w;
  }

  /** 部门预算数, 实际支出数 and 预算执行率. */
  Composer execution(Composer w, int year, BigDecimal spent) {
    BigDecimal budget = spent.divide(between("0.80", "0.99"), 2, RoundingMode.HALF_UP);
    w.text(year + "年部门预算数").number("execution.budget", money(budget)).text("，实际支出数")
        .number("execution.spent", money(spent)).text("，预算执行率")
        .number("execution.rate", percent(share(spent, budget))).text("。").end();
    return w;
  }

  // --- the classification table -----------------------------------------------------------------

  record Leaf(String[] clazz, String[] item, String[] leaf, BigDecimal basic, BigDecimal project) {}

  private List<Leaf> leaves() {
    List<String[][]> classes = new ArrayList<>(List.of(CLASSES));
    java.util.Collections.shuffle(classes, random);
    int n = 2 + random.nextInt(2);
    List<Leaf> leaves = new ArrayList<>();
    for (String[][] c : classes.subList(0, n).stream()
        .sorted((a, b) -> a[0][0].compareTo(b[0][0])).toList()) {
      int items = 1 + random.nextInt(c.length - 2);
      for (int i = 0; i < items; i++) {
        String[] leaf = c[2 + i];
        BigDecimal b = amount(20, 400);
        // Project money under the 一般行政管理事务 and 事业运行 lines, and some others.
        BigDecimal p = leaf[1].contains("一般行政管理") || random.nextInt(3) == 0
            ? amount(10, 300) : BigDecimal.ZERO.setScale(2);
        leaves.add(new Leaf(c[0], c[1], leaf, b, p));
      }
    }
    if (leaves.stream().allMatch(l -> l.project().signum() == 0)) {
      Leaf first = leaves.get(0);
      leaves.set(0, new Leaf(first.clazz(), first.item(), first.leaf(), first.basic(), amount(10, 300)));
    }
    return leaves;
  }

  void classTable(Composer w, List<Leaf> leaves, BigDecimal total, BigDecimal basic,
      BigDecimal project) {
    w.text("单位：万元").end();
    w.row("科目编码", "科目名称", "合计", "基本支出", "项目支出");
    String lastClass = "";
    String lastItem = "";
    for (Leaf leaf : leaves) {
      if (!leaf.clazz()[0].equals(lastClass)) {
        lastClass = leaf.clazz()[0];
        List<Leaf> under = leaves.stream().filter(l -> l.clazz()[0].equals(leaf.clazz()[0])).toList();
        tableRow(w, leaf.clazz(), under);
      }
      if (!leaf.item()[0].equals(lastItem)) {
        lastItem = leaf.item()[0];
        List<Leaf> under = leaves.stream().filter(l -> l.item()[0].equals(leaf.item()[0])).toList();
        tableRow(w, leaf.item(), under);
      }
      tableRow(w, leaf.leaf(), List.of(leaf));
    }
    w.row("", "合计", cell("table.total.total", tableMoney(total)),
        cell("table.total.basic", tableMoney(basic)), cell("table.total.project", tableMoney(project)));
  }

  private void tableRow(Composer w, String[] code, List<Leaf> under) {
    BigDecimal b = sum(under.stream().map(Leaf::basic).toList());
    BigDecimal p = sum(under.stream().map(Leaf::project).toList());
    String role = "table." + code[0];
    w.row(code[0], code[1], cell(role + ".total", tableMoney(b.add(p))),
        cell(role + ".basic", tableMoney(b)), cell(role + ".project", tableMoney(p)));
  }

  // --- projects -------------------------------------------------------------------------------

  record Project(String name, BigDecimal budget, BigDecimal spent) {}

  private List<Project> projects(BigDecimal spentTotal) {
    int n = 2 + random.nextInt(2);
    List<String> names = new ArrayList<>(List.of(PROJECTS));
    java.util.Collections.shuffle(names, random);
    List<Project> projects = new ArrayList<>();
    BigDecimal left = spentTotal;
    for (int i = 0; i < n; i++) {
      BigDecimal spent = i == n - 1 ? left
          : spentTotal.multiply(between("0.20", "0.40")).setScale(2, RoundingMode.HALF_UP);
      left = left.subtract(spent);
      BigDecimal budget = spent.divide(between("0.85", "1.00"), 2, RoundingMode.HALF_UP);
      projects.add(new Project(names.get(i), budget, spent));
    }
    return projects;
  }

  private void projectTable(Composer w, List<Project> projects) {
    w.text("单位：万元").end();
    w.row("项目名称", "预算数", "执行数", "执行率");
    BigDecimal budget = BigDecimal.ZERO;
    BigDecimal spent = BigDecimal.ZERO;
    for (int i = 0; i < projects.size(); i++) {
      Project p = projects.get(i);
      String role = "projects." + i;
      w.row(p.name(), cell(role + ".budget", tableMoney(p.budget())),
          cell(role + ".spent", tableMoney(p.spent())),
          cell(role + ".rate", Numeral.percent(share(p.spent(), p.budget()).toPlainString())));
      budget = budget.add(p.budget());
      spent = spent.add(p.spent());
    }
    w.row("合计", cell("projects.total.budget", tableMoney(budget)),
        cell("projects.total.spent", tableMoney(spent)),
        cell("projects.total.rate", Numeral.percent(share(spent, budget).toPlainString())));
  }

  /** A project's summary sentence and its self-evaluation table with indicators. */
  private void projectSection(Composer w, int i, Project p, int year) {
    String role = "project." + i;
    w.heading(3, "（" + "一二三四五".charAt(i) + "）" + p.name() + "项目");
    w.text("（1）" + p.name() + "项目绩效目标完成情况综述。项目全年预算数 ")
        .number(role + ".budget", Numeral.of(p.budget(), "万元", Numeral.Form.SPACED))
        .text("，执行数为 ").number(role + ".spent", Numeral.of(p.spent(), "万元", Numeral.Form.SPACED))
        .text("，完成预算的").number(role + ".rate", percent(share(p.spent(), p.budget()))).text("。").end();
    w.blank();
    w.row("项目名称", "", p.name(), "", "");
    w.row("预算执行情况(万元)", "预算数:",
        cell(role + ".table.budget", Numeral.of(p.budget(), "万元", Numeral.Form.SPACED)), "执行数:",
        cell(role + ".table.spent", Numeral.of(p.spent(), "万元", Numeral.Form.SPACED)));
    w.row("绩效指标完成情况", "一级指标", "二级指标", "三级指标", "预期指标值", "实际完成指标值");
    indicatorRows(w, "");
    w.blank();
  }

  /** One or two indicators that reach their targets, as rows after a header; {@code first} leads each. */
  void indicatorRows(Composer w, String first) {
    int n = 1 + random.nextInt(2);
    List<String[]> kinds = new ArrayList<>(List.of(TABLE_INDICATORS));
    java.util.Collections.shuffle(kinds, random);
    for (int k = 0; k < n; k++) {
      String[] kind = kinds.get(k);
      boolean percent = kind[3].equals("%");
      int target = percent ? 80 + random.nextInt(16) : 2 + random.nextInt(20);
      int actual = target + random.nextInt(percent ? 100 - target + 1 : 10);
      String unit = percent ? "%" : " " + kind[3];
      w.row(first, kind[0], kind[1], kind[2], "≥" + target + unit, actual + unit);
    }
  }

  // --- scores and indicators ----------------------------------------------------------------------

  private static final String[][] SCORE_TREE = {
      {"投入情况", "项目立项", "资金落实"}, {"过程情况", "业务管理", "财务管理"},
      {"产出情况", "产出数量", "产出质量", "产出时效"}, {"效益情况", "社会效益", "满意度"}};

  private void scores(Composer w) {
    w.heading(3, "（一）部门自评得分情况");
    int[][] full = {{10, 10}, {10, 10}, {10, 10, 10}, {15, 15}};
    int[][] got = new int[full.length][];
    int total = 0;
    for (int i = 0; i < full.length; i++) {
      got[i] = new int[full[i].length];
      for (int k = 0; k < full[i].length; k++) {
        got[i][k] = full[i][k] - random.nextInt(3);
        total += got[i][k];
      }
    }
    w.text("经综合评分，本部门自评得分").number("score.total", points(total)).text("。").end();
    for (int i = 0; i < full.length; i++) {
      int f = java.util.Arrays.stream(full[i]).sum();
      int g = java.util.Arrays.stream(got[i]).sum();
      w.text((i + 1) + "." + SCORE_TREE[i][0] + "（满分").number("score." + i + ".full", points(f))
          .text("，自评").number("score." + i, points(g)).text("）").end();
      for (int k = 0; k < full[i].length; k++) {
        w.text("（" + (k + 1) + "）" + SCORE_TREE[i][k + 1] + "（满分")
            .number("score." + i + "." + k + ".full", points(full[i][k])).text("，自评")
            .number("score." + i + "." + k, points(got[i][k])).text("）").end();
      }
    }
  }

  private void indicators(Composer w, int year) {
    List<String[]> names = new ArrayList<>(List.of(INDICATORS));
    java.util.Collections.shuffle(names, random);
    int n = 2 + random.nextInt(2);
    for (int i = 0; i < n; i++) {
      String name = names.get(i)[0];
      int target = 80 + random.nextInt(16);
      BigDecimal actual = BigDecimal.valueOf(target * 10L + random.nextInt((100 - target) * 10 + 1), 1);
      String role = "indicator." + i;
      w.text("（" + (i + 1) + "）" + name + "≥").number(role + ".target", Numeral.of(
              BigDecimal.valueOf(target), "%", Numeral.Form.PLAIN)).text("。" + year + "年")
          .text(name).number(role + ".actual", percent(actual)).text("，完成年度设定目标。").end();
    }
  }

  /**
   * 决算数与预算数持平/大于/小于 beside the budget and the final account of one item; returns the
   * budgets.
   */
  private List<BigDecimal> claims(Composer w, BigDecimal basic, BigDecimal project) {
    String[] items = {"基本支出", "项目支出", "“三公”经费支出"};
    BigDecimal[] finals = {basic, project, amount(5, 50)};
    List<BigDecimal> budgets = new ArrayList<>();
    for (int i = 0; i < items.length; i++) {
      BigDecimal spent = finals[i];
      int way = random.nextInt(3);
      BigDecimal budget = way == 0 ? spent
          : spent.divide(way == 1 ? between("1.02", "1.20") : between("0.80", "0.98"), 2,
              RoundingMode.HALF_UP);
      String role = "claim." + i;
      budgets.add(budget);
      w.text("（" + "一二三".charAt(i) + "）" + items[i] + "。年初预算为")
          .number(role + ".budget", money(budget)).text("，支出决算为").number(role + ".spent", money(spent))
          .text("，完成年初预算的").number(role + ".rate", percent(share(spent, budget))).text("。")
          .text(claim(budget, spent)).text("。").end();
    }
    return budgets;
  }

  static String claim(BigDecimal budget, BigDecimal spent) {
    int c = spent.compareTo(budget);
    return c == 0 ? "决算数与预算数持平" : c > 0 ? "决算数大于预算数" : "决算数小于预算数";
  }

  // --- numbers --------------------------------------------------------------------------------

  Numeral money(BigDecimal wan) {
    return Numeral.of(wan, "万元", moneyForm);
  }

  /** Table cells: digits alone, the unit in the 单位 line. */
  static Numeral tableMoney(BigDecimal wan) {
    return Numeral.of(wan, "万元", Numeral.Form.BARE);
  }

  Numeral percent(BigDecimal value) {
    return Numeral.of(value, "%", percentForm);
  }

  static Numeral points(int n) {
    return Numeral.of(BigDecimal.valueOf(n), "分", Numeral.Form.PLAIN);
  }

  /** A year with its 年: {@code 2023年}. */
  static Numeral year(int year) {
    return Numeral.of(BigDecimal.valueOf(year), "年", Numeral.Form.PLAIN);
  }

  /** {@code part / total × 100}, rounded half up to two decimals. */
  static BigDecimal share(BigDecimal part, BigDecimal total) {
    return part.multiply(HUNDRED).divide(total, 2, RoundingMode.HALF_UP);
  }

  BigDecimal amount(int from, int to) {
    long cents = (from * 100L) + (long) (random.nextDouble() * (to - from) * 100);
    return BigDecimal.valueOf(cents, 2);
  }

  BigDecimal between(String from, String to) {
    BigDecimal a = new BigDecimal(from);
    BigDecimal b = new BigDecimal(to);
    return a.add(b.subtract(a).multiply(BigDecimal.valueOf(random.nextInt(1001), 3)))
        .setScale(4, RoundingMode.HALF_UP);
  }

  static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }

  @SafeVarargs
  private <T> T pick(T... options) {
    return options[random.nextInt(options.length)];
  }

  static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
