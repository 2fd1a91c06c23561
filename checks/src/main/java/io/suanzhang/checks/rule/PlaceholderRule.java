package io.suanzhang.checks.rule;

import io.suanzhang.checks.Draft;
import io.suanzhang.checks.Message;
import io.suanzhang.checks.Report;
import io.suanzhang.checks.Results;
import io.suanzhang.checks.Rule;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.text.CodePoints;
import io.suanzhang.core.text.StartChars;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code placeholder}: template text left in a published report — XX局, ××县, 某某, □□ or a □ where a
 * number goes (□万元), （单位名称）, a date left blank (年 月 日). A lone □ beside an option (2、延续性□
 * 3、一次性□) is a box not ticked on a form, not a placeholder.
 */
public final class PlaceholderRule implements Rule {

  static final Message LEFT = new Message(
      "placeholder.left",
      "模板占位符“%s”未替换",
      "the template placeholder '%s' was left in");

  private static final Pattern PLACEHOLDER = Pattern.compile(
      "[XＸ×]{2,}(?=[\\p{IsHan}万元%％])|(?<=[\\p{IsHan}])[XＸ×]{2,}|某某|□{2,}|□(?=\\s*[年月日万元%％])"
          + "|[（(【\\[]\\s*(?:单位|项目|部门|填报单位)名称\\s*[）)】\\]]"
          + "|(?<![0-9])[ \\u3000]{1,}年[ \\u3000]{1,}月[ \\u3000]{1,}日");

  @Override
  public String id() {
    return "placeholder";
  }

  /**
   * Where a match of {@link #PLACEHOLDER} can begin: every alternative starts with one of these, and
   * trying its seven alternatives and two look-behinds at every position of the text cost this rule
   * more than all the others of its kind.
   */
  private static final String STARTS = "XＸ×某□（(【[ \u3000";

  @Override
  public void check(Report report, Results results) {
    CodePoints text = report.codePoints();
    StartChars matches = new StartChars(PLACEHOLDER, text.text(), STARTS);
    while (matches.find()) {
      Matcher m = matches.match();
      String found = m.group().strip();
      int start = text.toCodePoint(m.start());
      int end = text.toCodePoint(m.end());
      results.fails("占位符 " + found, List.of(), Draft.of(LEFT, found)
          .severity(Severity.WARNING).subject(found).passage("placeholder", report, start, end)
          .finding());
    }
  }
}
