package io.suanzhang.checks.rule;

import io.suanzhang.core.ReportKind;
import io.suanzhang.core.text.Without;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The disclosure templates a 部门预算 or 部门决算 follows: the tables it must print, in order. A
 * region whose finance bureau issues its own template (上海: 财务收支预算总表 … “三公”经费和机关运行经费预算表,
 * the fund tables before the 基本支出 one) has its own list; every other report is held to the
 * national list. A template is chosen by the report's kind and the region its department names.
 *
 * <p>Titles are matched after dropping what varies between writers — blanks, quotes (“三公” and 三公),
 * the list number (一、, 公开01表, 表1), the year (2025年, 2017年度), the department's name, 部门 or
 * 单位, and a closing note in brackets ((功能科目), (按经济分类)) — and must then be one of the
 * required table's forms in full: 一般公共预算财政拨款支出决算表 is not a 支出决算表.
 */
final class Templates {

  /**
   * A table a template requires.
   *
   * @param name its title as the template writes it, for messages
   * @param forms the titles accepted for it, as a pattern over the normalised title
   */
  record Required(String name, Pattern forms) {
    boolean accepts(String normalisedTitle) {
      return forms.matcher(normalisedTitle).matches();
    }
  }

  /**
   * A section the template's 说明 must have.
   *
   * @param name its title as the template writes it, for messages
   * @param words what a heading must say to be it, as a pattern found in the normalised heading
   * @param since the first year the template requires it (a template grows: Jiangsu's asks for 国有资产
   *     from 2019), or 0 for every year
   */
  record Section(String name, Pattern words, int since) {
    /** Whether a report of {@code year} (null: not known) must have it. */
    boolean requiredIn(@Nullable Integer year) {
      return since == 0 || year == null || year >= since;
    }

    /** Whether a heading is this section's: it opens with the words, and is no sentence. */
    boolean heads(String normalisedHeading) {
      return normalisedHeading.length() <= 40 && words.matcher(normalisedHeading).find();
    }
  }

  /**
   * A template: its name, the kind family it is for, the region it is the template of (null: the
   * national one), its tables in the order it prints them and the sections its 说明 must have (none
   * where they are not known here).
   */
  record Template(String name, boolean budget, @Nullable String region, boolean ordered,
      List<Required> tables, List<Section> sections) {
    Template {
      tables = List.copyOf(tables);
      sections = List.copyOf(sections);
    }
  }

  private static Required table(String name, String forms) {
    return new Required(name, Pattern.compile(forms));
  }

  private static Section section(String name, String words) {
    return new Section(name, Pattern.compile(words), 0);
  }

  private static Section section(String name, String words, int since) {
    return new Section(name, Pattern.compile(words), since);
  }

  /**
   * The sections of a 部门决算's 说明, national and Shanghai's alike (一 to 十一): one per table, then
   * 预算绩效管理情况 and the 其他重要事项 — 机关运行经费, 政府采购, 国有资产.
   */
  private static final List<Section> FINAL_SECTIONS = List.of(
      section("收入支出决算总体情况说明", "^收入支出决算总体情况"),
      section("收入决算情况说明", "^收入决算情况"),
      section("支出决算情况说明", "^支出决算情况"),
      section("财政拨款收入支出决算总体情况说明", "^财政拨款收入支出决算总体情况"),
      section("一般公共预算财政拨款支出决算情况说明", "^一般公共预算财政拨款支出决算情况"),
      section("一般公共预算财政拨款基本支出决算情况说明", "^一般公共预算财政拨款基本支出决算情况"),
      section("财政拨款“三公”经费支出决算情况说明", "^(?:一般公共预算)?财政拨款三公经费支出决算情况"),
      section("政府性基金预算财政拨款收入支出决算情况说明", "^政府性基金预算财政拨款(?:收入)?支出决算情况"),
      section("国有资本经营预算财政拨款收入支出决算情况说明", "^国有资本经营预算财政拨款(?:收入)?支出决算情况"),
      section("预算绩效管理情况", "^(?:预算)?绩效(?:管理|评价|目标)"),
      section("机关运行经费支出情况", "^机关运行经费(?:支出)?情况"),
      section("政府采购支出情况", "^政府采购(?:支出)?情况"),
      section("国有资产占有使用情况", "^国有资产占有使用情况"));

  /**
   * The national 部门决算 template (财政部): nine tables, 收入支出决算总表 to the 国有资本经营 one.
   * 机关运行经费, 政府采购 and 国有资产 are sections of the 说明, not tables.
   */
  static final Template NATIONAL_FINAL = new Template("全国部门决算公开模板", false, null, true, List.of(
      table("收入支出决算总表", "收入支出决算总表|收支决算总表"),
      table("收入决算表", "收入决算表"),
      table("支出决算表", "支出决算表"),
      table("财政拨款收入支出决算总表", "财政拨款收入支出决算总表|财政拨款收支决算总表"),
      table("一般公共预算财政拨款支出决算表", "一般公共预算财政拨款支出决算(?:明细)?表"),
      table("一般公共预算财政拨款基本支出决算表", "一般公共预算财政拨款基本支出决算(?:明细)?表"),
      table("财政拨款“三公”经费支出决算表", "(?:一般公共预算)?财政拨款三公经费支出决算表"),
      table("政府性基金预算财政拨款收入支出决算表", "政府性基金预算财政拨款(?:收入)?支出决算表"),
      table("国有资本经营预算财政拨款支出决算表", "国有资本经营预算财政拨款(?:收入)?支出决算表")),
      FINAL_SECTIONS);

  /**
   * Shanghai's 部门决算 template (上海市财政局, 附件2：部门决算模板, 2024): the national nine, printed 一 to
   * 九, with its own titles — 财政拨款“三公”经费支出决算表 (not 一般公共预算…), 国有资本经营预算财政拨款
   * 收入支出决算表 — and an empty table kept with 说明：…本年度没有…收入和支出，故本表无数据. It has no
   * 机关运行经费, 政府采购 or 国有资产 table: those are items of 其他重要事项的情况说明.
   */
  static final Template SHANGHAI_FINAL = new Template("上海市部门决算公开模板", false, "上海", true, List.of(
      table("收入支出决算总表", "收入支出决算总表"),
      table("收入决算表", "收入决算表"),
      table("支出决算表", "支出决算表"),
      table("财政拨款收入支出决算总表", "财政拨款收入支出决算总表"),
      table("一般公共预算财政拨款支出决算表", "一般公共预算财政拨款支出决算表"),
      table("一般公共预算财政拨款基本支出决算表", "一般公共预算财政拨款基本支出决算表"),
      table("财政拨款“三公”经费支出决算表", "(?:一般公共预算)?财政拨款三公经费支出决算表"),
      table("政府性基金预算财政拨款收入支出决算表", "政府性基金预算财政拨款(?:收入)?支出决算表"),
      table("国有资本经营预算财政拨款收入支出决算表", "国有资本经营预算财政拨款(?:收入)?支出决算表")),
      FINAL_SECTIONS);

  private static final Required BUDGET_TOTAL = table("收支总表", "(?:财务)?收支(?:预算)?总表");
  private static final Required BUDGET_INCOME = table("收入总表", "收入(?:预算)?总表");
  private static final Required BUDGET_SPENDING = table("支出总表", "支出(?:预算)?总表");
  private static final Required BUDGET_APPROPRIATIONS =
      table("财政拨款收支总表", "财政拨款收支(?:预算)?总表");
  private static final Required BUDGET_GENERAL = table("一般公共预算支出表",
      "一般公共预算(?:财政拨款)?支出(?:功能分类)?(?:预算)?表");
  private static final Required BUDGET_BASIC = table("一般公共预算基本支出表",
      "一般公共预算(?:财政拨款)?基本支出(?:部门预算)?(?:经济分类)?(?:预算)?表");
  private static final Required BUDGET_THREE = table("一般公共预算“三公”经费支出表",
      "(?:一般公共预算)?(?:财政拨款)?三公经费(?:[、和及与][^表]{1,12})?(?:支出)?(?:预算)?表");
  // 政府性基金预算支出表, 政府性基金支出预算表, and Jiangsu's 财政拨款政府性基金支出预算表
  private static final Required BUDGET_FUNDS = table("政府性基金预算支出表",
      "(?:财政拨款)?政府性基金(?:预算)?(?:财政拨款)?支出(?:功能分类)?(?:预算)?表");
  private static final Required BUDGET_CAPITAL = table("国有资本经营预算支出表",
      "国有资本经营预算(?:财政拨款)?支出(?:功能分类)?(?:预算)?表");

  /**
   * The national 部门预算 template: the nine tables in the order the national template prints them,
   * and a 说明 of each — 收支预算总体情况 (or 预算收支及增减变化情况), 财政拨款收支总体情况, 一般公共预算
   * (当年拨款 or 支出) and its 基本支出, “三公”经费, 政府性基金, 国有资本经营 — and the 其他重要事项: 机关运行
   * 经费, 政府采购, 国有资产, 绩效. Writers word these freely (黄石: 九、国有资产使用情况, 十、项目预算绩效情况),
   * so a heading need only open with the subject.
   */
  static final Template NATIONAL_BUDGET = new Template("全国部门预算公开模板", true, null, true, List.of(
      BUDGET_TOTAL, BUDGET_INCOME, BUDGET_SPENDING, BUDGET_APPROPRIATIONS, BUDGET_GENERAL,
      BUDGET_BASIC, BUDGET_THREE, BUDGET_FUNDS, BUDGET_CAPITAL), List.of(
          section("收支预算总体情况", "^(?:部门)?(?:预算)?收支(?:预算)?(?:总体|总表|及增减)"),
          section("财政拨款收支预算总体情况", "^(?:部门)?财政拨款收支"),
          section("一般公共预算支出情况", "^(?:部门)?一般公共预算(?:财政拨款)?(?:当年拨款|支出)"),
          section("一般公共预算基本支出情况", "^(?:部门)?一般公共预算(?:财政拨款)?基本支出"),
          section("一般公共预算“三公”经费支出情况", "^(?:部门)?(?:一般公共预算)?(?:财政拨款)?三公经费"),
          section("政府性基金预算支出情况", "^(?:部门)?(?:财政拨款)?政府性基金"),
          section("国有资本经营预算支出情况", "^(?:部门)?国有资本经营"),
          section("机关运行经费支出情况", "^(?:部门)?(?:一般公共预算)?机关运行经费"),
          section("政府采购情况", "^(?:部门)?政府采购"),
          section("国有资产占有使用情况", "^(?:部门)?国有资产"),
          section("预算绩效管理情况", "^(?:部门)?(?:项目|预算)*绩效")));

  /**
   * Shanghai's 部门预算 template (上海市财政局; every district and municipal budget prints it so): the
   * same nine tables, by functional class (功能分类) and economic class (经济分类), the fund tables right
   * after the 一般公共预算 one and the “三公”经费 table last, together with 机关运行经费; its 其他相关情况说明
   * has five sections: “三公”经费, 机关运行经费, 政府采购, 绩效目标, 国有资产.
   */
  static final Template SHANGHAI_BUDGET = new Template("上海市部门预算公开模板", true, "上海", true, List.of(
      BUDGET_TOTAL, BUDGET_INCOME, BUDGET_SPENDING, BUDGET_APPROPRIATIONS, BUDGET_GENERAL,
      BUDGET_FUNDS, BUDGET_CAPITAL, BUDGET_BASIC, BUDGET_THREE), List.of(
          section("“三公”经费预算情况说明", "^三公经费预算情况"),
          section("机关运行经费预算", "^机关运行经费预算"),
          section("政府采购预算情况", "^政府采购预算情况"),
          section("绩效目标设置情况", "^绩效目标设置情况"),
          section("国有资产占有使用情况", "^国有资产占有使用情况")));

  /**
   * Jiangsu's 部门预算 template as the province's departments print it (公开01表 …): 财政拨款 and
   * 一般公共预算 tables by 功能科目 and 经济科目, the “三公”经费 table with 会议费 and 培训费, a 政府性基金
   * table (printed empty, 此表为空, where there is none), and no 国有资本经营 table. Its order is not
   * fixed: the 政府性基金 table stands seventh in the court's 2017 and the party office's 2018 tables
   * (before the 一般公共预算 ones), tenth, after the “三公” table, in the CPPCC office's 2018 and 2019.
   * Its 第三部分 部门预算情况说明 explains each table (一、收支预算总体情况说明 … 十二、政府采购支出预算情况说明,
   * 2017's “…预算表情况说明” too); 预算绩效目标设置情况说明 joins in 2018 (under 十三、其他重要事项说明), and
   * 国有资产占用情况 in 2019 (十三、, 绩效 then 十四、).
   */
  static final Template JIANGSU_BUDGET = new Template("江苏省部门预算公开模板", true, "江苏", false, List.of(
      BUDGET_TOTAL, BUDGET_INCOME, BUDGET_SPENDING, BUDGET_APPROPRIATIONS, BUDGET_GENERAL,
      BUDGET_BASIC, BUDGET_THREE, BUDGET_FUNDS), List.of(
          section("收支预算总体情况说明", "^(?:部门)?收支预算总(?:体|表)情况"),
          section("收入预算情况说明", "^(?:部门)?收入预算(?:总表)?情况"),
          section("支出预算情况说明", "^(?:部门)?支出预算(?:总表)?情况"),
          section("财政拨款收支预算总体情况说明", "^(?:部门)?财政拨款收支预算总(?:体|表)情况"),
          section("财政拨款支出预算情况说明", "^(?:部门)?财政拨款支出预算(?:表)?情况"),
          section("财政拨款基本支出预算情况说明", "^(?:部门)?财政拨款基本支出预算(?:表)?情况"),
          section("一般公共预算支出预算情况说明", "^(?:部门)?一般公共预算支出预算(?:表)?情况"),
          section("一般公共预算基本支出预算情况说明", "^(?:部门)?一般公共预算基本支出预算(?:表)?情况"),
          section("一般公共预算“三公”经费、会议费、培训费支出预算情况说明",
              "^(?:部门)?(?:一般公共预算)?三公经费"),
          section("政府性基金预算支出预算情况说明", "^(?:部门)?政府性基金(?:预算)?支出预算(?:表)?情况"),
          section("一般公共预算机关运行经费支出预算情况说明", "^(?:部门)?(?:一般公共预算)?机关运行经费"),
          section("政府采购支出预算情况说明", "^(?:部门)?政府采购(?:支出)?预算"),
          section("国有资产占用情况", "^(?:部门)?国有资产占(?:用|有)", 2019),
          section("预算绩效目标设置情况说明", "^(?:部门)?(?:预算)?绩效目标", 2018)));

  static final List<Template> ALL =
      List.of(SHANGHAI_BUDGET, JIANGSU_BUDGET, NATIONAL_BUDGET, SHANGHAI_FINAL, NATIONAL_FINAL);

  private Templates() {}

  /**
   * The template a report of this kind follows, given where it comes from (its department's name or,
   * without one, the beginning of its text); null for a kind no template is known for.
   */
  static @Nullable Template of(@Nullable ReportKind kind, String origin) {
    Boolean budget = kind == null ? null : switch (kind) {
      case DEPARTMENT_BUDGET, UNIT_BUDGET -> Boolean.TRUE;
      case DEPARTMENT_FINAL_ACCOUNTS, UNIT_FINAL_ACCOUNTS -> Boolean.FALSE;
      default -> null;
    };
    if (budget == null) {
      return null;
    }
    Template national = null;
    for (Template t : ALL) {
      if (t.budget() == budget) {
        if (t.region() == null) {
          national = t;
        } else if (origin.contains(t.region() + "市") || origin.contains(t.region() + "省")) {
          return t;
        }
      }
    }
    return national;
  }

  /** The quotes a title loses. */
  static final String QUOTE_CHARS = "“”‘’\"'「」『』";
  private static final Pattern NUMBER = Pattern.compile(
      "^(?:附表|公开|表)?[0-9一二三四五六七八九十]{0,3}(?:表|[、.．:：)]|(?=部门|单位|\\d{4}年))");
  private static final Pattern YEAR = Pattern.compile("\\d{4}年度?|\\d{4}度");
  private static final Pattern SCOPE = Pattern.compile("^(?:本?部门|预算单位|本?单位)");
  private static final Pattern NOTE = Pattern.compile("\\([^()]{1,12}\\)$");

  /**
   * A heading as matched: NFKC, without blanks, quotes, its number (一、, （一）), a leading year
   * (2025年“三公”经费预算情况说明) or a closing 。.
   */
  static String heading(String title) {
    String s = withoutSpacesOrQuotes(Normalizer.normalize(title, Normalizer.Form.NFKC));
    s = HEADING_NUMBER.matcher(s).replaceFirst("");
    s = HEADING_YEAR.matcher(s).replaceFirst("");
    return HEADING_STOP.matcher(s).replaceFirst("");
  }

  /**
   * {@code s} without white space ({@code \s}) and quotes ({@link #QUOTE_CHARS}), by hand: a heading
   * is made of every line that may be one, in every report.
   */
  static String withoutSpacesOrQuotes(String s) {
    return Without.chars(s, Without.SPACES + QUOTE_CHARS);
  }

  // Compiled once: a heading is made of every line that may be one, in every report.
  private static final Pattern HEADING_NUMBER =
      Pattern.compile("^(?:[一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\)|\\d+[.、])");
  private static final Pattern HEADING_YEAR = Pattern.compile("^\\d{4}年度?");
  private static final Pattern HEADING_STOP = Pattern.compile("[。.：:]$");

  /** A title as matched: see the class comment. */
  static String normalise(String title, @Nullable String department) {
    String s = withoutSpacesOrQuotes(Normalizer.normalize(title, Normalizer.Form.NFKC));
    for (int i = 0; i < 2; i++) {
      s = NUMBER.matcher(s).replaceFirst("");
      s = YEAR.matcher(s).replaceAll("");
      if (department != null && !department.isBlank()) {
        s = s.replace(
            Without.chars(Normalizer.normalize(department, Normalizer.Form.NFKC), Without.SPACES), "");
      }
      s = SCOPE.matcher(s).replaceFirst("");
      s = NOTE.matcher(s).replaceFirst("");
    }
    return s.toLowerCase(Locale.ROOT);
  }

  /** The template's table a title is, or -1. */
  static int indexOf(Template template, String normalisedTitle) {
    List<Required> tables = template.tables();
    for (int i = 0; i < tables.size(); i++) {
      if (tables.get(i).accepts(normalisedTitle)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether text says a table is empty on purpose: 本表无数据, 此表为空, 无此项支出, 没有…收入和支出. */
  static boolean emptyNote(CharSequence text) {
    Matcher m = EMPTY_NOTE.matcher(text);
    return m.find();
  }

  private static final Pattern EMPTY_NOTE = Pattern.compile(
      "(?:本|此|该)表(?:为空|无数据|无内容|数据为空|不涉及)|空表|无此项|无此类|无相关|不涉及|无该项"
          + "|(?:没有|无|未安排)[^。；;]{0,40}(?:收入|支出|预算|经费|安排)[^。；;]{0,12}(?:故|因此|所以|本表)");
}
