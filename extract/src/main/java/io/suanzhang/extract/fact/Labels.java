package io.suanzhang.extract.fact;

import io.suanzhang.core.fact.Direction;
import io.suanzhang.core.fact.Measure;
import io.suanzhang.core.fact.RateKind;
import io.suanzhang.core.text.Trailing;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words that name what a number is: measures, rate kinds, directions, and the subject before them. */
final class Labels {

  /** Marks that end the label of a number: the label is the words after the last of them. */
  static final String CLAUSE_MARKS = "，,；;：:（(）)、";

  /** Tested in order: 未拨付 must win over 拨付, 调整后预算 over 预算, 预算执行数 over 预算. */
  private static final List<Map.Entry<Pattern, Measure>> MEASURES =
      List.of(
          Map.entry(Pattern.compile("调整后"), Measure.ADJUSTED_BUDGET),
          Map.entry(Pattern.compile("未拨付|在途|剩余|结余|结转|未使用"), Measure.BALANCE),
          Map.entry(Pattern.compile("决算"), Measure.FINAL_ACCOUNT),
          Map.entry(Pattern.compile("执行|实际支出|实际使用|使用|实际发生|支付|发放|用款|实际完成"), Measure.EXECUTION),
          Map.entry(Pattern.compile("预算|安排"), Measure.BUDGET),
          Map.entry(Pattern.compile("到位|落实"), Measure.ARRIVED),
          Map.entry(Pattern.compile("下达|拨付|下拨|配套"), Measure.ALLOCATED),
          Map.entry(Pattern.compile("收入"), Measure.INCOME),
          Map.entry(Pattern.compile("支出"), Measure.EXPENDITURE));

  /** The four budgets of the budget law, named as funds: 一般公共预算收入 is income, not a budget. */
  private static final Pattern FUND_NAMES =
      Pattern.compile("(?:一般公共|政府性基金|国有资本经营|社会保险基金)预算");
  /** A label ending in the verb of what was done: 一般公共预算收入完成147.1亿元, 累计实现. */
  private static final Pattern DONE = Pattern.compile("(?:完成|实现)$");

  private static final List<Map.Entry<Pattern, RateKind>> RATES =
      List.of(
          Map.entry(Pattern.compile("调整率"), RateKind.ADJUSTMENT),
          Map.entry(Pattern.compile("到位率"), RateKind.ARRIVAL),
          Map.entry(Pattern.compile("执行率|支出进度|支付进度|执行进度"), RateKind.EXECUTION),
          Map.entry(Pattern.compile("完成率|完成任务"
              // 完成年初预算36.7%, 完成年度预算的100.2%, 完成调整预算的92%; 实际完成21.87亿元，为年预算的
              // 103.8%, 为调整预算的78%, 为年初预算61.22%
              + "|(?:完成|为)(?:年初|全年|年度|调整后?|年)?预算数?"), RateKind.COMPLETION),
          Map.entry(Pattern.compile("覆盖率"), RateKind.COVERAGE),
          // A share whose whole is not beside it (税收占比92.02%, 占…的比重为46.8%) is still a stated rate.
          Map.entry(Pattern.compile("率|比例|满意度|进度|占|比重"), RateKind.OTHER));

  /** Direction words of a change, longest first. */
  static final List<Map.Entry<String, Direction>> DIRECTIONS =
      List.of(
          Map.entry("增加", Direction.INCREASE),
          Map.entry("增长", Direction.INCREASE),
          Map.entry("上升", Direction.INCREASE),
          Map.entry("提高", Direction.INCREASE),
          Map.entry("增幅", Direction.INCREASE),
          Map.entry("上涨", Direction.INCREASE),
          Map.entry("减少", Direction.DECREASE),
          Map.entry("下降", Direction.DECREASE),
          Map.entry("降低", Direction.DECREASE),
          Map.entry("降幅", Direction.DECREASE),
          Map.entry("减幅", Direction.DECREASE),
          Map.entry("下调", Direction.DECREASE),
          Map.entry("上调", Direction.INCREASE),
          Map.entry("增收", Direction.INCREASE),
          Map.entry("增支", Direction.INCREASE),
          Map.entry("减收", Direction.DECREASE),
          Map.entry("减支", Direction.DECREASE),
          Map.entry("持平", Direction.UNCHANGED));

  private static final Pattern NOISE =
      Pattern.compile(
          "^(\\d{1,2}[.．]\\s*|其中[-—:：]?|另外|此外|全年|当年|本年度(?=[^收支])|截[至止][^，]{0,12}?[日底末月]|"
              + "(19|20)\\d{2}\\s*年(度)?|我(局|单位|区|县|市|中心|院|委|办)|本(单位|部门)|上述|共计|合计|共|累计|"
              + "的)+");

  static final Trailing TRAILING_LINKS = new Trailing(
      Pattern.compile("(共计|合计为|总额为|总额|为|达到|达|是|约|了|的|(?<!公)共|：|:|\\s)+$"),
      "计为额到达是约了的共：: \t\n\u000B\f\r");

  static final Trailing TRAILING_YEAR =
      new Trailing(Pattern.compile("(?<=\\p{IsHan})(19|20)\\d{2}\\s*年度?$"), "年度");

  /** Measure words that end a label, longest first: stripped to leave the subject. */
  static final Trailing TRAILING_MEASURE = new Trailing(
      Pattern.compile(
          "(预算安排|年初预算数|年初预算|全年预算数|全年预算|年度预算数|年度预算|调整后预算数|调整后预算|调整预算数|调整预算|实际支出数|预算执行数|实际支出|支出决算数|支出决算|预算数|决算数|执行数|支出数|(实际)?(落实)?到位资金|"
              + "下达资金|安排|预算|决算|支出|资金|经费|金额|(?:实际)?发放"
              // what a revenue or spending report says was done: 一般公共预算支出累计完成397641万元
              + "|(?:累计)?(?:实际)?完成数?)$"),
      "排数算出金放成费额");

  /** The longest item title: 社会保障和就业(类)行政事业单位养老支出(款)机关事业单位基本养老保险缴费支出(项) is 44. */
  private static final int MAX_TITLE = 60;

  private Labels() {}

  static Measure measure(String label) {
    // 一般公共预算收入 is a fund's income, not a budget: the fund's name says nothing of the measure
    // (each name ends in 预算, which most labels do not hold)
    String measured = label.contains("预算") ? FUND_NAMES.matcher(label).replaceAll("") : label;
    if (DONE.matcher(measured).find()) {
      return Measure.EXECUTION;
    }
    for (Map.Entry<Pattern, Measure> e : MEASURES) {
      if (e.getKey().matcher(measured).find()) {
        return e.getValue();
      }
    }
    return Measure.OTHER;
  }

  static Optional<RateKind> rateKind(String label) {
    for (Map.Entry<Pattern, RateKind> e : RATES) {
      if (e.getKey().matcher(label).find()) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /** Verbs a revenue report puts before what it collected: 累计完成税收收入36552万元. */
  private static final Pattern COLLECTED = Pattern.compile("^(?:累计)?(?:完成|实现|组织)");

  /** The subject a label names, without the verb of collecting before it: 税收收入 of 累计完成税收收入. */
  static String collected(String label) {
    return COLLECTED.matcher(subject(label)).replaceFirst("");
  }

  /** The words that say a number is a change of the amount before it. */
  static final String CHANGE_WORDS = "增加|减少|增长|下降|降低|提高|上升|增收|减收|增支|减支";

  /** A label that is a direction word alone: the number after it is a change, 增支120.4亿元. */
  private static final Pattern CHANGE_ONLY =
      Pattern.compile("^(?:同比|比上年|较上年)?(?:" + Labels.CHANGE_WORDS + ")了?$");

  /** Whether the number after this label is a change of what comes before, never a part of it. */
  static boolean changeOnly(String label) {
    return CHANGE_ONLY.matcher(label.strip()).matches();
  }

  /** The direction word ending a label (增加55.11万元 has 增加 before the number), if any. */
  static Optional<Direction> directionBefore(String label) {
    // a word cut by a line break is still the word: 同比增⏎加21500 元
    String s = BLANKS.matcher(label).replaceAll("");
    for (int cut = 0; cut < Math.min(s.length(), 6); cut++) {
      String end = s.substring(0, s.length() - cut);
      for (Map.Entry<String, Direction> e : DIRECTIONS) {
        if (end.endsWith(e.getKey()) || end.endsWith(e.getKey() + "了")) {
          return Optional.of(e.getValue());
        }
      }
    }
    // the one-character verbs right before the number: 比上年减7.60万元，减83.55%; 比上年降15%
    Matcher single = SINGLE_DIRECTION.matcher(s);
    return single.find() ? Optional.of(single.group(1).equals("增") ? Direction.INCREASE : Direction.DECREASE)
        : Optional.empty();
  }

  private static final Pattern BLANKS = Pattern.compile("\\s+");
  /** After a cue or at a clause's start only: 压减10% is a cut in a standard, no change of an amount. */
  private static final Pattern SINGLE_DIRECTION = Pattern.compile("(?:^|(?<=[，,；;年比]))([增减降])$");

  /** A part's label: its subject, or where the label is only a measure word (实际支出), that word. */
  static String partLabel(String label) {
    String s = subject(label);
    if (!s.isEmpty()) {
      return s;
    }
    s = NOISE.matcher(label.strip()).replaceFirst("");
    return TRAILING_LINKS.strip(s).strip();
  }

  /**
   * A numbered item's title: the words between its numbering and the colon or full stop after them,
   * as in 1. 社会保障和就业(类)…综合业务管理(项):支出决算为 13.36 万元 or 1、…行政单位离退休（项）。主要用于：…;
   * empty without a numbering, or where a comma comes first (a sentence, not a title).
   */
  static String itemTitle(String line) {
    String text = line.strip();
    HeadingNumbers.Marker marker = HeadingNumbers.parse(text, false);
    if (marker == null) {
      return "";
    }
    String rest = text.substring(marker.number().length());
    int colon = -1;
    for (int i = 0; i < rest.length() && colon < 0; i++) {
      char c = rest.charAt(i);
      if (c == '：' || c == ':' || c == '。') {
        colon = i;
      } else if ("，,；;".indexOf(c) >= 0) {
        return "";
      }
    }
    String title = colon <= 0 ? "" : rest.substring(0, colon).strip();
    return title.length() > MAX_TITLE ? "" : title;
  }

  /** One level of a classification named in words: 住房公积金（项）. */
  private static final Pattern CLASSIFIED_LEVEL =
      Pattern.compile("([^“”\"‘’（()）、，,。：:\\s]{1,30})\\s*[（(]\\s*([类款项])\\s*[)）]");

  /**
   * The deepest classification level a numbered item heads itself with, before its first full stop or
   * comma: 31. “住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元，主要用于… gives 住房公积金（项）;
   * empty when the line heads no such item.
   */
  static String classifiedItem(String line) {
    String text = line.strip();
    if (HeadingNumbers.parse(text, false) == null) {
      return "";
    }
    int end = text.length();
    for (int i = 0; i < text.length(); i++) {
      if ("。，,；;".indexOf(text.charAt(i)) >= 0) {
        end = i;
        break;
      }
    }
    Matcher m = CLASSIFIED_LEVEL.matcher(text).region(0, end);
    String item = "";
    while (m.find()) {
      item = m.group(1) + "（" + m.group(2) + "）";
    }
    return item;
  }

  /**
   * The subject a numbered item line opens with, before its first amount: 2.社会保障和就业支出1890.27万元。
   * 主要用于… gives 社会保障和就业; empty when the line is no numbered item.
   */
  static String numberedItem(String line) {
    String text = line.strip();
    HeadingNumbers.Marker marker = HeadingNumbers.parse(text, false);
    if (marker == null) {
      return "";
    }
    String rest = text.substring(marker.number().length());
    int end = 0;
    while (end < rest.length() && !Character.isDigit(rest.charAt(end))
        && "，,；;：:。".indexOf(rest.charAt(end)) < 0) {
      end++;
    }
    return end < rest.length() && Character.isDigit(rest.charAt(end)) ? subject(rest.substring(0, end)) : "";
  }

  /**
   * The classification item a label ends with, its level marked: 一般公共服务支出（类） for the words
   * before 2106.66万元, whose brackets cut the label short; empty when it names none.
   */
  static String classifiedLabel(String text) {
    Matcher m = CLASSIFIED_LEVEL.matcher(text);
    String item = "";
    int end = -1;
    while (m.find()) {
      item = m.group(1) + "（" + m.group(2) + "）";
      end = m.end();
    }
    return end >= 0 && text.substring(end).strip().length() <= 2 ? item : "";
  }

  /**
   * The subject named by a label: the label without dates, pronouns and link words and without its
   * trailing measure word. 公务接待费支出 gives 公务接待费, 项目支出预算 gives 项目支出, 实际支出数 gives "".
   */
  static String subject(String label) {
    String s = NOISE.matcher(label.strip()).replaceFirst("");
    s = TRAILING_LINKS.strip(s);
    String stripped = TRAILING_MEASURE.strip(s);
    stripped = TRAILING_LINKS.strip(stripped);
    // 公务接待费2016年(预算): the year after an item's name is not part of it
    stripped = TRAILING_YEAR.strip(stripped);
    return stripped.strip();
  }
}
