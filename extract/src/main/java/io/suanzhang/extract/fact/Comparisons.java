package io.suanzhang.extract.fact;

import io.suanzhang.core.fact.Comparison;
import io.suanzhang.core.fact.Direction;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.RateKind;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Comparisons with another year or an earlier value: 与2019年36.57万元相比…增加55.11万元，增长150.70%;
 * 比上年增加…; 同比下降…; 由原来的1.3万元下调为2600元，下降80%.
 */
final class Comparisons {

  /** 与2019年(决算数)36.57万元相比, 比上年, 较2019年, 同比. Group 2 is a four-digit year, if written. */
  private static final String YEAR = "(?:上年度?|去年|上一年度?|((?:19|20)\\d{2})\\s*年度?)";

  /**
   * A base named and stated after the year: 较2014年度部门决算公开“三公”经费合计16.08万元(增加15.15万元). The
   * words may hold no direction word, so that 比上年增加15.15万元 keeps its change.
   */
  private static final String NAMED_BASE =
      "(?:(?![增减降升持])[^，。；,;\\d]){1,24}?\\s*[\\d.,]+\\s*[千万亿]?元(?=\\s*(?:增|减|下降|上升|持平))";

  /** 与2019年36.57万元相比, 比上年(同期), 较2019年9.61万元, 同比. Groups 1, 2, 4 and 5 hold a written year. */
  private static final Pattern CUE =
      Pattern.compile(
          "(?:与|同)\\s*" + YEAR + "[^，。；]{0,24}?(?:相比|比较|对比)"
              + "|(?:比|较)\\s*" + YEAR + "(?:同期)?(?:" + NAMED_BASE
              + "|(?:决算数?|预算数?|支出|数)?(?:\\s*[\\d.,]+\\s*[千万亿]?元)?)"
              + "|(?:比|较)\\s*(?:年初|全年|调整后)?(预算)数?"
              // 2016年预算8万元，2015年预算12.5万元；对比减少4.35万元: the pair just stated, by year
              + "|对比(?=\\s*(?:增|减|下降|上升|持平))"
              + "|同比"
              // 与上年决算数下降86.62%: 与 without its 相比, a change right after the base (与上一年度持平
              // states no change to check, and reads on into the next item's)
              + "|与\\s*" + YEAR + "(?:同期)?(?:决算数?|预算数?)?(?=\\s*(?:增|减|下降|上升))"
              // 政府性基金收入预算0万元，与上年数一致: no change at all, the word ends the cue
              + "|与\\s*" + YEAR + "(?:同期)?(?:决算数?|预算数?|数)?\\s*(?:一致|相等|相同|持平)");

  /**
   * The base's year and stage, its 比 left out: 因公出国（境）费支出13.9万元，2015年预算增加1.7万元. Group 1 is the
   * year.
   */
  private static final String BARE_YEAR = "((?:19|20)\\d{2})\\s*年度?(?:预算|决算)数?";

  /**
   * What may stand between an amount and its change when no cue names the base: 51653万元，增加6455万元 —
   * the change of the amount just stated, against the same base as the sentence's other comparisons.
   */
  private static final Pattern BARE_CHANGE =
      Pattern.compile("^\\s*[，,、]?\\s*(?:同比|" + BARE_YEAR + ")?(?:" + Labels.CHANGE_WORDS + ")了?\\s*$");

  /** A change just stated, and nothing after it but a comma: what a following 同比 restates. */
  private static final Pattern RESTATED = Pattern.compile(
      "^\\s*(?:" + Labels.CHANGE_WORDS + ")了?\\s*[\\d.,]+\\s*[千万亿]?元\\s*[，,]\\s*$");

  /** The cue's own words before a base's label: 较2014年度 of 较2014年度部门决算公开“三公”经费合计. */
  private static final Pattern CUE_WORDS = Pattern.compile("^(?:较|比|与|同)\\s*" + YEAR + "?");

  /** Nothing but an opening bracket between a change and its rate: 减少18.50万元(65.37%). */
  private static final Pattern OPEN_BRACKET = Pattern.compile("\\s*[（(]\\s*");

  /** The cue code of a comparison with the same year's budget (较年初预算数). */
  private static final int BUDGET = -3;

  /** 由X下调为Y: the old value, then the new. */
  private static final Pattern FROM_TO =
      Pattern.compile("由[^，。；]{0,16}?(?:调整|下调|上调|提高|降低|增加|减少|增长|下降)?(?:为|到|至)");

  private Comparisons() {}

  /** Comparisons of a sentence; the mentions they use are added to {@code used}. */
  static List<Fact> of(
      FactContext context, Sentence sentence, @Nullable Sentence previous, Set<Mention> used) {
    List<Fact> out = new ArrayList<>();
    Matcher cue = CUE.matcher(sentence.text());
    List<int[]> cues = new ArrayList<>();
    while (cue.find()) {
      String year = yearOf(cue);
      int code = cue.group(3) != null ? BUDGET : year == null ? -1 : Integer.parseInt(year);
      if (code > 0 && Integer.valueOf(code).equals(context.report.year())
          && BUDGETED.matcher(cue.group()).find()) {
        code = BUDGET; // 与2020年度预算相比 in a 2020 决算: this year's budget, not another year
      }
      cues.add(new int[] {cue.start(), cue.end(), code});
    }
    Matcher fromTo = FROM_TO.matcher(sentence.text());
    while (fromTo.find()) {
      cues.add(new int[] {fromTo.start(), fromTo.end(), -2});
    }
    cues.sort((a, b) -> Integer.compare(a[0], b[0]));
    // 较去年同期数增加0.02亿元，同比增长12.4%: the 同比 restates the comparison just made, whose rate it gives
    for (int k = cues.size() - 1; k > 0; k--) {
      int[] c = cues.get(k);
      if (sentence.text().startsWith("同比", c[0]) && c[1] - c[0] == 2
          && RESTATED.matcher(sentence.text().substring(cues.get(k - 1)[1], c[0])).matches()) {
        cues.remove(k);
      }
    }
    for (int k = 0; k < cues.size(); k++) {
      int[] c = cues.get(k);
      int cueStart = sentence.offsetOf(c[0]);
      int cueEnd = sentence.offsetOf(c[1]);
      int limit = k + 1 < cues.size() ? sentence.offsetOf(cues.get(k + 1)[0]) : sentence.end();
      Comparison comparison =
          c[2] == -2
              ? fromTo(context, sentence, cueStart, cueEnd, limit, used)
              : withCue(context, sentence, previous, cueStart, cueEnd, limit, c[2], used);
      if (comparison != null) {
        out.add(comparison);
      }
    }
    out.addAll(bareChanges(context, sentence, cues.isEmpty() ? -1 : cues.get(cues.size() - 1)[2], used));
    // A 其中 list first: most sentences have none, and their cues need not be read again for it.
    if (OF_WHICH.matcher(sentence.text()).find()) {
      int listCue = lastCue(sentence);
      out.addAll(listedChanges(context, sentence, listCue != 0 ? listCue : lastCue(previous), out, used));
    }
    return out;
  }

  /** The year a cue writes, if any: groups 1, 2, 4 and 5 of {@link #CUE} hold one. */
  private static @Nullable String yearOf(Matcher cue) {
    for (int group : new int[] {1, 2, 4, 5}) {
      if (cue.group(group) != null) {
        return cue.group(group);
      }
    }
    return null;
  }

  /** A cue that says the amount did not change: 与上年数一致, 与上年持平. */
  private static final Pattern SAME_AS = Pattern.compile("(?:一致|相等|相同|持平)$");

  /** The code of a sentence's last cue (a year, {@link #BUDGET}, or -1 for 上年 and 同比); 0 for none. */
  private static int lastCue(@Nullable Sentence sentence) {
    if (sentence == null) {
      return 0;
    }
    int code = 0;
    Matcher cue = CUE.matcher(sentence.text());
    while (cue.find()) {
      String year = yearOf(cue);
      code = cue.group(3) != null ? BUDGET : year == null ? -1 : Integer.parseInt(year);
    }
    return code;
  }

  /** Where a 其中 list begins: its items are parts of the comparison stated before it. */
  private static final Pattern OF_WHICH = Pattern.compile("其中\\s*[：:，,]?");

  /**
   * The items of a 其中 list that follows a comparison and states each item's change with no cue of
   * its own: ……比上年减少313272.50元，下降82.82%。其中：…公务用车购置费支出决算减少272780.00元，下降
   * 100.00%；公务接待费支出决算减少275.00元，下降0.88%. Each is a comparison with the same base, of the
   * item its label names; its current value is the one stated for that item before ({@link
   * StatedBefore}). {@code cue} is the code of the comparison the list belongs to; 0 if there is none,
   * and then nothing is read this way.
   */
  private static List<Comparison> listedChanges(
      FactContext context, Sentence sentence, int cue, List<Fact> before, Set<Mention> used) {
    Matcher ofWhich = OF_WHICH.matcher(sentence.text());
    if (cue == 0 || !ofWhich.find()) {
      return List.of();
    }
    int listStart = sentence.offsetOf(ofWhich.end());
    List<Comparison> out = new ArrayList<>();
    int after = listStart;
    for (Mention m : sentence.mentions()) {
      if (m.end() <= listStart) {
        continue;
      }
      int from = after;
      after = m.end();
      if (used.contains(m) || m.comparator() != null
          || (m.kind() != MentionKind.MONEY && m.kind() != MentionKind.PERCENT)) {
        continue;
      }
      String lead = sentence.lead(m);
      Matcher word = CHANGE_AT_END.matcher(lead);
      String subject = word.find() ? Labels.subject(lead.substring(0, word.start())) : "";
      if (subject.codePointCount(0, subject.length()) < 2 || Labels.changeOnly(lead)
          || isCurrent(before, m)) {
        continue;
      }
      int clauseEnd = sentence.offsetOf(clauseEnd(sentence.text(), sentence.indexOf(m.end())));
      Changes changes = changes(sentence, from, clauseEnd, used);
      Integer baseYear = cue > 0 ? Integer.valueOf(cue) : cue == BUDGET ? null : previousYear(context);
      Comparison c = build(context, sentence, sentence, null, null, baseYear, changes, used);
      if (c != null) {
        out.add(new Comparison(c.id(), c.section(), subject, c.baseYear(), null, null, c.direction(),
            c.change(), c.rate(), c.span(), c.quote()));
        after = Math.max(after, clauseEnd);
      }
    }
    return out;
  }

  private static boolean isCurrent(List<Fact> comparisons, Mention m) {
    return comparisons.stream().anyMatch(f -> f instanceof Comparison c && m.equals(c.current()));
  }

  /** A direction word ending a label, with what may stand between it and the number. */
  private static final Pattern CHANGE_AT_END =
      Pattern.compile("(?:" + Labels.CHANGE_WORDS + "|减|增|降)了?\\s*$");

  /** The UTF-16 index where the clause holding an index ends: the next ；or the sentence's end. */
  private static int clauseEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '；' || c == ';' || c == '。') {
        return i;
      }
    }
    return text.length();
  }

  /**
   * Changes written right after the amount they change, with no cue of their own: 其中：地方公共财政预算
   * 收入完成51653万元，增加6455万元，增长14.28%. The base is the one the sentence's last cue names (上年同期
   * in 比上年同期增加6517万元), else the previous year.
   */
  private static List<Comparison> bareChanges(
      FactContext context, Sentence sentence, int cueYear, Set<Mention> used) {
    List<Comparison> out = new ArrayList<>();
    Mention current = null;
    int after = sentence.start(); // where the last number read ends: the change must follow it
    for (Mention m : sentence.mentions()) {
      if (used.contains(m)) {
        current = null;
        continue;
      }
      if (current != null && (m.kind() == MentionKind.MONEY || m.kind() == MentionKind.PERCENT)
          && m.comparator() == null
          // words spaced out by a justified PDF line: 6429768.84 元 , 同 比 增 加⏎2433505.07 元
          && BARE_CHANGE.matcher(BLANKS.matcher(sentence.slice(after, m.start())).replaceAll("")).matches()) {
        Matcher written = BARE_CHANGE.matcher(BLANKS.matcher(sentence.slice(after, m.start())).replaceAll(""));
        Changes changes = changes(sentence, after, sentence.end(), used);
        Integer baseYear = written.matches() && written.group(1) != null ? Integer.valueOf(written.group(1))
            : cueYear > 0 ? Integer.valueOf(cueYear) : cueYear == BUDGET ? null : previousYear(context);
        // whose change it is, the list's total or its last part, is left open: a change without its value
        Mention value = lastOfList(sentence, current) ? null : current;
        Comparison c = build(context, sentence, sentence, value, null, baseYear, changes, used);
        if (c != null) {
          out.add(c); // the amount stays free: it may be a part of a 其中 list as well
        }
        current = null;
        continue;
      }
      after = m.end();
      if (current != null && m.kind() == MentionKind.PERCENT && (sentence.lead(m).contains("占")
          || Labels.rateKind(sentence.lead(m)).orElse(null) == RateKind.COMPLETION)) {
        // 民生支出1702.7亿元，占…的79.2%，增长7.6%; 支出2016969万元，完成调整预算的92%，下降7%: the change is
        // still of the amount
        continue;
      }
      // 减少0万元，下降0%: an amount that is itself a change is no current value
      current = m.kind() == MentionKind.MONEY && m.comparator() == null
          && Labels.directionBefore(sentence.lead(m)).isEmpty() ? m : null;
    }
    return out;
  }

  private static final Pattern BLANKS = Pattern.compile("\\s+");

  /**
   * Whether an amount is a later part of a 其中 list in its clause: 总预算安排 37337407.64 元，其中：基本支出预算
   * 488180.64 元，项目支出预算 36849227 元，同比增加 27125219.46 元 — the change may be the total's (here it
   * is) or the last part's, and the sentence does not say which. The first part after 其中 has a change of
   * its own (其中：地方公共财政预算收入完成51653万元，增加6455万元).
   */
  private static boolean lastOfList(Sentence sentence, Mention current) {
    String before = sentence.slice(sentence.start(), current.start());
    int ofWhich = before.lastIndexOf("其中");
    if (ofWhich < 0 || before.indexOf('；', ofWhich) >= 0 || before.indexOf(';', ofWhich) >= 0) {
      return false;
    }
    int listStart = sentence.offsetOf(ofWhich);
    return sentence.mentions().stream().anyMatch(
        m -> m.start() >= listStart && m.end() <= current.start() && m.kind() == MentionKind.MONEY);
  }

  private static @Nullable Comparison withCue(
      FactContext context, Sentence sentence, @Nullable Sentence previous, int cueStart, int cueEnd,
      int limit, int year, Set<Mention> used) {
    Mention base = null;
    for (Mention m : sentence.mentions()) {
      if (m.start() >= cueStart && m.end() <= cueEnd && m.kind() == MentionKind.MONEY) {
        base = m;
      }
    }
    Changes changes = new Changes();
    if (SAME_AS.matcher(sentence.slice(cueStart, cueEnd)).find()) {
      changes.direction = Direction.UNCHANGED;
    } else {
      changes = changes(sentence, cueEnd, limit, used);
    }
    if (changes.direction == null) {
      return null;
    }
    Mention current = lastMoneyBefore(sentence, cueStart, used);
    Sentence stated = sentence;
    Mention[] pair = year == -1 && base == null ? yearPair(context, sentence, cueStart, used) : null;
    if (pair != null) {
      current = pair[0];
      base = pair[1];
    }
    if (current == null && previous != null && !sentence.lineStart()
        && !namesOwnSubject(sentence.slice(sentence.start(), cueStart))) {
      current = base == null ? null
          : sameSubject(previous, Labels.subject(CUE_WORDS.matcher(sentence.lead(base)).replaceFirst("")), used);
      current = current != null ? current : lastMoneyBefore(previous, previous.end(), used);
      stated = previous;
    }
    if (base == null && current != null && stated == sentence && (year > 0 || year == BUDGET)) {
      base = namedBase(sentence, current, year, used);
    }
    // 较年初预算数减少10.93万元: the base is this year's budget, no other year's figure
    Integer baseYear = year > 0 ? Integer.valueOf(year) : year == BUDGET ? null : previousYear(context);
    Comparison c = build(context, sentence, stated, current, base, baseYear, changes, used);
    if (c != null && current == null) {
      String subject = namedSubject(context, sentence, cueStart);
      if (!subject.isEmpty()) {
        c = new Comparison(c.id(), c.section(), subject, c.baseYear(), null, c.base(), c.direction(),
            c.change(), c.rate(), c.span(), c.quote());
      }
    }
    return c;
  }

  /** Words before a cue that make it no comparison of the previous sentence's last amount. */
  private static final Pattern NOT_A_SUBJECT = Pattern.compile("(?:19|20)\\d{2}\\s*年度?|[^\\p{IsHan}]");

  /**
   * Whether the words before a sentence's cue name what it compares, so that the previous sentence's
   * last amount is not its value: 其中，…公务用车运行维护费支出决算比预算无增减变化，比去年增加 1.05 万元 after
   * a sentence stating the 三公 total. 比上年增加…, 与上年相比，… and 2020年比2019年… name nothing.
   */
  private static boolean namesOwnSubject(String before) {
    return NOT_A_SUBJECT.matcher(before).replaceAll("").length() > 2;
  }

  /**
   * What a comparison without its value is of, for {@link StatedBefore} to find that value stated
   * before: the words before the cue (2020年度…“三公”经费支出决算数比2019年减少18.17万元), else the item its
   * line heads (1.公共安全（类）支出16,593.12万元。主要用于…。与上年相比增加134.37万元); empty if neither.
   */
  private static String namedSubject(FactContext context, Sentence sentence, int cueStart) {
    String clause = sentence.slice(sentence.start(), cueStart);
    int cut = -1;
    for (int i = 0; i < clause.length(); i++) {
      if ("，,；;：:".indexOf(clause.charAt(i)) >= 0) {
        cut = i;
      }
    }
    String subject = Labels.subject(clause.substring(cut + 1).replaceAll("\\s+", ""));
    if (subject.isEmpty()) {
      String line = Amounts.lineOf(context, sentence);
      subject = Labels.classifiedItem(line);
      subject = subject.isEmpty() ? Labels.numberedItem(line) : subject;
    }
    return subject;
  }

  private static @Nullable Comparison fromTo(
      FactContext context, Sentence sentence, int cueStart, int cueEnd, int limit, Set<Mention> used) {
    Mention base = null;
    Mention current = null;
    for (Mention m : sentence.mentions()) {
      if (m.kind() != MentionKind.MONEY || used.contains(m)) {
        continue;
      }
      if (m.start() >= cueStart && m.end() <= cueEnd) {
        base = m;
      } else if (m.start() >= cueEnd && m.end() <= limit && current == null) {
        current = m;
      }
    }
    if (base == null || current == null) {
      return null;
    }
    Changes changes = changes(sentence, current.end(), limit, used);
    if (changes.direction == null) {
      return null;
    }
    String clause = sentence.slice(sentence.start(), cueStart);
    int cut = Math.max(clause.lastIndexOf('，'), clause.lastIndexOf('；'));
    String subject = Labels.subject(clause.substring(cut + 1));
    Comparison c = build(context, sentence, sentence, current, base, null, changes, used);
    return c == null || subject.isEmpty() ? c
        : new Comparison(c.id(), c.section(), subject, c.baseYear(), c.current(), c.base(), c.direction(),
            c.change(), c.rate(), c.span(), c.quote());
  }

  /**
   * The comparison of a sentence; {@code stated} is the sentence the current value stands in, the one
   * before for 2020年度收、支总计91.68万元。与2019年36.57万元相比…, and names the subject.
   */
  private static @Nullable Comparison build(
      FactContext context, Sentence sentence, Sentence stated, @Nullable Mention current,
      @Nullable Mention base, @Nullable Integer baseYear, Changes changes, Set<Mention> used) {
    Direction direction = changes.direction;
    // 0.00万元，比2024年预算持平: a value said unchanged is a comparison too, checked against the base
    // year's report where the scan holds it
    boolean unchanged = direction == Direction.UNCHANGED && current != null;
    if (direction == null || (changes.change == null && changes.rate == null
        && (current == null || base == null) && !unchanged)) {
      return null;
    }
    String subject = current == null ? "" : subjectOf(stated, current, context);
    int start = current != null && current.start() < sentence.start() ? current.start() : sentence.start();
    for (Mention m : new Mention[] {base, changes.change, changes.rate}) {
      if (m != null) {
        used.add(m);
      }
    }
    return new Comparison(
        context.nextId(), context.sectionAt(sentence.start()), subject, baseYear, current, base,
        direction, changes.change, changes.rate, context.span(start, sentence.end()),
        context.quote(start, sentence.end()));
  }

  private static String subjectOf(Sentence sentence, Mention current, FactContext context) {
    if (current.start() < sentence.start() || current.end() > sentence.end()) {
      return "";
    }
    return Amounts.subject(context, sentence, current, "");
  }

  /** The direction, change and rate written after a cue: 增加55.11万元，增长150.70%. */
  private static Changes changes(Sentence sentence, int from, int limit, Set<Mention> used) {
    Changes c = new Changes();
    int searchFrom = from;
    for (Mention m : sentence.mentions()) {
      if (m.start() < from || m.end() > limit || used.contains(m)) {
        continue;
      }
      String before = sentence.slice(searchFrom, m.start());
      var direction = Labels.directionBefore(before);
      if (direction.isEmpty() && c.change != null && c.rate == null && m.kind() == MentionKind.PERCENT
          && OPEN_BRACKET.matcher(before).matches()) {
        direction = Optional.ofNullable(c.direction); // 较上年减少18.50万元(65.37%)
      }
      if (direction.isEmpty()) {
        break;
      }
      if (m.kind() == MentionKind.PERCENT && c.rate == null) {
        c.rate = m;
      } else if (m.kind() == MentionKind.MONEY && c.change == null
          && (c.rate == null || BARE_CHANGE.matcher(before).matches())) { // 下降3%，减收8.3亿元 too
        c.change = m;
      } else {
        break;
      }
      c.direction = c.direction == null ? direction.get() : c.direction;
      searchFrom = m.end();
    }
    if (c.direction == null) {
      String rest = sentence.slice(from, limit);
      if (rest.strip().startsWith("持平") || rest.contains("持平")) {
        c.direction = Direction.UNCHANGED;
      }
    }
    return c;
  }

  /** A label of the budget a 决算 compares itself with: 年初预算数为…, 预算为… (not 预算执行数). */
  private static final Pattern BUDGETED = Pattern.compile("预算(?!执行)");
  /**
   * The base a sentence states before its current value and names by the cue's year: 2023年当年预算执行数为
   * 60.13万元，2024年预算安排25.77万元，比2023年预算执行数减少57.14%; or by the budget a 决算 compares itself
   * with (年初预算为…，决算为…，较年初预算增加…). The current value's own label must not name it too. A cue of
   * 上年 or 同比 names no base this way: 去年全年…收入310682万元 opens a report of that year.
   */
  private static @Nullable Mention namedBase(
      Sentence sentence, Mention current, int year, Set<Mention> used) {
    if (namesYear(sentence.lead(current), year)) {
      return null;
    }
    Mention base = null;
    for (Mention m : sentence.mentions()) {
      if (m.end() <= current.start() && m.kind() == MentionKind.MONEY && !used.contains(m)
          && m.comparator() == null && namesYear(sentence.lead(m), year)) {
        base = m;
      }
    }
    return base;
  }

  /**
   * The amount of a sentence whose subject is the base's: 2015年…“三公”经费合计31.23万元，其中：…因公出国
   * (境)费0万元。较2014年度…“三公”经费合计16.08万元增加15.15万元 compares the 31.23, not the last amount.
   */
  private static @Nullable Mention sameSubject(Sentence sentence, String subject, Set<Mention> used) {
    if (subject.codePointCount(0, subject.length()) < 2) {
      return null;
    }
    for (Mention m : sentence.mentions()) {
      if (m.kind() == MentionKind.MONEY && !used.contains(m)
          && Labels.subject(sentence.lead(m)).equals(subject)) {
        return m;
      }
    }
    return null;
  }

  /**
   * The report year's amount and the year before's, each led by its year, before a cue of 上年 or
   * 对比: 2016年三公经费预算拨入33万元，2015年三公经费预算拨入57.55万元，与上年对比减少24.55万元 compares
   * the 33 with the 57.55, not the last amount with nothing. Null unless both are there.
   */
  private static @Nullable Mention[] yearPair(
      FactContext context, Sentence sentence, int cueStart, Set<Mention> used) {
    Integer year = context.report.year();
    if (year == null) {
      return null;
    }
    Mention now = null;
    Mention before = null;
    for (Mention m : sentence.mentions()) {
      if (m.end() > cueStart || m.kind() != MentionKind.MONEY || used.contains(m)) {
        continue;
      }
      // the year may follow the item's name: 公务接待费2016年预算8万元，2015年预算12.5万元
      String lead = sentence.lead(m);
      boolean thisYear = lead.contains(year + "年");
      if (thisYear && !lead.contains((year - 1) + "年")) {
        now = m;
      } else if (!thisYear && lead.contains((year - 1) + "年")) {
        before = m;
      }
    }
    return now != null && before != null && Sums.addable(now, before) ? new Mention[] {now, before} : null;
  }

  private static boolean namesYear(String label, int year) {
    return year > 0 ? label.startsWith(year + "年") : BUDGETED.matcher(label).find();
  }

  /**
   * The amount a comparison is of: the last before the cue, passing over the whole of a rate phrase
   * (累计完成99552万元，占年初预算数109466万元的90.9%，同比增长9.1% compares the 99552).
   */
  private static @Nullable Mention lastMoneyBefore(Sentence sentence, int offset, Set<Mention> used) {
    // items of a list are cut by ；: 其中：因公出国(境)费支出决算0.00万元；…；公务接待费…比上年减7.60万元
    // compares the 公务接待费 its clause names, not an earlier item; a clause that names nothing
    // (…支出决算为6.35萬元，完成預算的100%；較上年增加0.61萬元) goes on with the one before it
    String before = sentence.slice(sentence.start(), offset);
    int cut = Math.max(before.lastIndexOf('；'), before.lastIndexOf(';')) + 1;
    int clause = Labels.subject(before.substring(cut).strip()).isEmpty() ? sentence.start()
        : sentence.start() + before.codePointCount(0, cut);
    // from the last mention back, the mentions sorted by start: the work is that of the mentions
    // passed over, not of the whole sentence at every cue (a run of wrapped lines has hundreds)
    List<Mention> mentions = sentence.mentions();
    for (int i = mentions.size() - 1; i >= 0 && mentions.get(i).start() >= clause; i--) {
      Mention m = mentions.get(i);
      // …减少10.57万元，下降46.86%；公务接待费…比上年减7.60万元: a change is never the value compared
      if (m.end() <= offset && m.kind() == MentionKind.MONEY && !used.contains(m)
          && !Amounts.namesWhole(sentence, m) && Labels.directionBefore(sentence.lead(m)).isEmpty()) {
        return m;
      }
    }
    return null;
  }

  static @Nullable Integer previousYear(FactContext context) {
    Integer year = context.report.year();
    return year == null ? null : year - 1;
  }

  private static final class Changes {
    @Nullable Direction direction;
    @Nullable Mention change;
    @Nullable Mention rate;
  }

}
