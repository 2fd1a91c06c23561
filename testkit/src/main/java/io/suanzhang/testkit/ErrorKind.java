package io.suanzhang.testkit;

/**
 * The errors the testkit injects into a consistent report, each with the rule that must find it.
 * Every kind changes one number (or one passage) and the finding must point at it.
 */
public enum ErrorKind {
  /** A part of a 其中 list or a table cell no longer adds up to its total. */
  PART("sum"),
  /** A total (a 其中 list's, a table's 合计 row, a classification code's row) is not its parts' sum. */
  TOTAL("sum"),
  /** A 执行率 or 完成预算 rate that its amounts do not give. */
  RATE("ratio"),
  /** A part's share of its total (占…%) that the amounts do not give. */
  SHARE("share"),
  /** A growth rate over last year that the two values do not give. */
  GROWTH("growth"),
  /** A change over last year (增加…万元) that the two values do not give. */
  CHANGE("difference"),
  /** The title names another year than the report's statements. */
  TITLE_YEAR("year"),
  /** A project's summary states another budget or execution than its own table. */
  CROSS_REFERENCE("cross-reference"),
  /** A project's summary writes its budget in 元 where its table has the same digits in 万元. */
  UNIT("unit"),
  /** An indicator below its target while the report claims the target met. */
  TARGET("target"),
  /** The final account on the other side of the budget than 决算数大于/小于/与预算数持平 says. */
  CONTRADICTION("contradiction"),
  /** Template text left in: XX局, ××, （单位名称）. */
  PLACEHOLDER("placeholder"),
  /**
   * A self-evaluation states another 年初预算数 than the budget of its year: an error across reports,
   * injected into a {@link ReportSet} only ({@link #acrossReports()}).
   */
  CROSS_DOCUMENT("cross-document");

  private final String rule;

  ErrorKind(String rule) {
    this.rule = rule;
  }

  /** Whether the error is between reports of a {@link ReportSet}, not inside one report. */
  public boolean acrossReports() {
    return this == CROSS_DOCUMENT;
  }

  /** The kinds injected into one report. */
  public static java.util.List<ErrorKind> withinReports() {
    return java.util.Arrays.stream(values()).filter(k -> !k.acrossReports()).toList();
  }

  /** The id of the rule that must find an error of this kind. */
  public String rule() {
    return rule;
  }
}
