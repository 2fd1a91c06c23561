package io.suanzhang.extract.number;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The words around numbers that decide what they are: units, bounds, approximations, cue words. */
final class Lexicon {

  private Lexicon() {}

  /** Counting words, longest first so that 人次 wins over 人 and 批次 over 批. */
  static final List<String> COUNT_UNITS =
      longestFirst(
          "个百分点", "百分点", "人次", "户次", "家次", "台次", "批次", "场次", "车次", "架次", "件次", "人", "户", "家",
          "个", "次", "台", "份", "条", "宗", "批", "项", "所", "名", "件", "例", "辆", "套", "场", "期", "篇", "张", "本",
          "册", "处", "座", "间", "类", "种", "块", "支", "只", "头", "床", "栋", "幢", "起", "笔", "单", "位", "盒",
          "片", "剂");

  /**
   * Two-character words that begin with a counting word but are not one: 3个人 is fine, but 次年,
   * 人民, 项目 after a number are not counts of 次, 人, 项.
   */
  static final Set<String> NOT_A_COUNT =
      Set.of(
          "次年", "次日", "次月", "人民", "人口", "人员", "个人", "个体", "项目", "名称", "名单", "名义", "条件", "条例",
          "条款", "件事", "家庭", "家长", "类别", "类型", "种类", "期间", "期限", "场所", "场地", "所有", "所得", "所属",
          "处理", "处置", "台账", "份额", "本级", "本年", "批准", "批复", "户籍", "户口", "部门", "部分", "起来", "单位",
          "位置", "起草", "支出", "支付", "支持", "块钱", "头部", "张贴", "间接", "笔记", "片区", "次性", "村民",
          "镇街", "校园", "座谈", "头等", "盒子", "种植", "床位");

  /** Money multipliers that may stand between a number and 元: 1.2亿元, 3千万元, 91.68 万元. */
  static final String MULTIPLIERS = "十百千万亿";

  /** After a number these words make it a date, time, age, score or label, never an amount. */
  static final String NOT_AN_AMOUNT_AFTER = "年月日号时分秒岁周天届级楼层章节";

  /** Words shortly before a number and 分 that make it points of an evaluation. */
  static final List<String> SCORE_CUES =
      List.of("满分", "得分", "自评", "实得", "评分", "分值", "扣", "总分", "平均分", "打分", "评价", "结果", "分数", "得");

  /** How far before a number its score cue may stand. */
  static final int SCORE_CUE_WINDOW = 12;

  /** Characters after 分 that make it part of another word: 分钟, 分之, 分别, 分配 … */
  static final String NOT_SCORE_AFTER = "钟之别配析类布期批局摊成解工档段层级区行支管担享散拨包流娩险红子量项";

  /** Words after 元 that make it part of another word: 元旦, 元素, 元件. */
  static final Set<Character> NOT_YUAN_AFTER = Set.of('旦', '素', '件', '宵', '首', '老', '帅', '气', '化');

  /** Characters before a Chinese numeral that make it part of a word: 统一, 唯一, 第三, 之一. */
  static final String NOT_A_NUMERAL_BEFORE = "第统唯之初周逐同单专划整归合不每星";

  /** Bounds written before a number, longest first. */
  static final List<String> COMPARATORS_BEFORE =
      longestFirst(
          "大于或等于", "小于或等于", "高于或等于", "低于或等于", "大于等于", "小于等于", "不低于", "不少于", "不小于", "不超过",
          "不高于", "不多于", "不大于", "≥", ">=", "≤", "<=", "⩾", "⩽", "大于", "小于", "高于", "低于", "超过", "多于",
          "少于", "至少", "至多", ">", "<");

  /** Bounds written after a number. */
  static final List<String> COMPARATORS_AFTER = longestFirst("以上", "以下", "以内");

  /** Approximation words before a number. */
  static final List<String> APPROX_BEFORE = longestFirst("大约", "约为", "将近", "接近", "约", "近", "超", "逾");

  /** Approximation words after a number and its unit. */
  static final List<String> APPROX_AFTER = longestFirst("左右");

  /** Separators of a range whose unit is written once, after its second number: 3-5万元, 3至5人. */
  static final String RANGE_SEPARATORS = "-~～—至到";

  /** Per-unit words after a slash: 75.8元/人次, 2次/年. */
  static final List<String> PER_UNITS =
      longestFirst(
          "人次", "户次", "人", "户", "家", "次", "年", "月", "日", "天", "季度", "季", "周", "件", "份", "张", "盒", "支",
          "片", "剂", "台", "辆", "个", "项", "床日", "床", "公里", "平方米", "吨", "亩", "小时");

  /**
   * Words that, standing right before a bare number (one with no unit), make it an amount of money:
   * 安装LED户外显示屏支出89699. Its unit then comes from the amounts written around it.
   */
  static final List<String> MONEY_CUES =
      longestFirst(
          "支出", "资金", "金额", "经费", "费用", "拨款", "预算", "预算数", "决算数", "执行数", "决算", "收入", "结余",
          "结转", "补助", "补贴", "投入", "费", "合计", "总计", "共计", "小计");

  /** Words that may stand between a money cue and its number: 支出为, 资金共, 金额：. */
  static final List<String> CUE_LINKS = longestFirst("共计", "合计", "总计", "为", "是", "共", "达", "：", ":", "约");

  /**
   * What, written right after digits grouped by full-width commas, shows them to be one number:
   * 1，234万元, 2，345％.
   */
  static final String UNITS_AFTER_GROUPS = "元万亿千百%‰‱";

  /**
   * Words that announce a list, whose numbers a comma separates: 分别为100，200，300万元; 收、支总计各是
   * 4125.49,4143.91万元, 各减少1267.86,2570.97万元.
   */
  static final List<String> LIST_CUES =
      List.of("分别", "依次", "各是", "各为", "各增加", "各减少", "各增长", "各下降", "各降低", "各提高");

  /** How far before a number its list cue may stand. */
  static final int LIST_CUE_WINDOW = 12;

  /**
   * Characters before 负 that make it part of a word rather than a minus: 正负3% (±), 肩负, 担负, 背负,
   * 身负, 抱负, 胜负, 欠负, 辜负, 自负.
   */
  static final String NOT_A_MINUS_BEFORE = "正肩担背身抱胜欠辜自";

  /** Declared units of a table or column: 单位：万元, （万元）, (元). */
  static final List<String> MONEY_UNIT_WORDS = longestFirst("万亿元", "百万元", "亿元", "万元", "千元", "元");

  private static List<String> longestFirst(String... words) {
    return java.util.Arrays.stream(words)
        .distinct()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .toList();
  }
}
