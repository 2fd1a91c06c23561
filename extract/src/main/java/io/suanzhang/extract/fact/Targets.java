package io.suanzhang.extract.fact;

import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Indicator;
import io.suanzhang.core.fact.Section;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.core.text.Trailing;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Indicators written in prose, one per line: （2）监督检查问题整改率≥80%。我局对监督检查发现问题，已全部完成整改，完成年度设定指标。
 * The first sentence names the indicator and its target; a later number of the same kind and unit is
 * the actual value; a completion claim (完成年度设定目标) or its denial is recorded as such.
 */
final class Targets {

  static final Pattern MET =
      Pattern.compile("完成(了)?(年度|全年)?(设定|预期)?(的)?(目标|指标)|达到(了)?预期(目标|指标|效果)?|已全部完成|均已完成");
  static final Pattern NOT_MET = Pattern.compile("未(能)?(完成|达到|达成)|没有(完成|达到)");
  private static final Pattern MARKER =
      Pattern.compile("^\\s*(?:[（(]?\\d+[)）.．、]|[（(][一二三四五六七八九十]+[)）]|[⑴-⑿①-⑫])\\s*");
  private static final int MAX_NAME = 40;
  /** Words between an indicator's name and its target: ≥, 不低于, 达到 … */
  static final Trailing BOUND_WORDS = new Trailing(Pattern.compile(
      "(≥|≤|>=|<=|>|<|⩾|⩽|大于或等于|小于或等于|大于等于|小于等于|不低于|不少于|不小于|不超过|不高于|大于|小于|高于|低于|超过|"
          + "至少|为|达到|达|：|:|，|,|\\s)+$"),
      "≥≤=><⩾⩽于过少为到达：:，, \t\n\u000B\f\r");

  private Targets() {}

  static List<Fact> of(FactContext context, List<Sentence> sentences, Set<Mention> used) {
    List<Fact> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence first = sentences.get(i);
      if (!first.lineStart()) {
        continue;
      }
      int j = i + 1;
      while (j < sentences.size() && !sentences.get(j).lineStart()) {
        j++;
      }
      List<Sentence> line = sentences.subList(i, j);
      Indicator indicator = indicator(context, line, used);
      if (indicator != null) {
        out.add(indicator);
      }
    }
    return out;
  }

  /** Whether a text has what {@link #NOT_MET} needs: 未 or 没有 (most lines have neither). */
  static boolean mayClaimNotMet(String text) {
    return text.indexOf('未') >= 0 || text.contains("没有");
  }

  /** Whether a text has what {@link #MET} needs: 完成 or 达到. */
  static boolean mayClaimMet(String text) {
    return text.contains("完成") || text.contains("达到");
  }

  private static @Nullable Indicator indicator(FactContext context, List<Sentence> line, Set<Mention> used) {
    Sentence head = line.get(0);
    String all = String.join("", line.stream().map(Sentence::text).toList());
    Boolean claimed = mayClaimNotMet(all) && NOT_MET.matcher(all).find() ? Boolean.FALSE
        : mayClaimMet(all) && MET.matcher(all).find() ? Boolean.TRUE : null;
    String sectionTitle = context.sectionTitleAt(head.start());
    boolean inIndicators = sectionTitle != null && sectionTitle.endsWith("指标");
    if ((claimed == null && !inIndicators) || isHeading(context, head)) {
      return null;
    }
    // The head sentence may carry the actual value too: 补助发放及时率100%，实际完成值100%.
    List<Mention> numbers = new ArrayList<>();
    for (Sentence s : line) {
      for (Mention m : s.mentions()) {
        if (m.kind() != MentionKind.MONEY || !used.contains(m)) {
          numbers.add(m);
        }
      }
    }
    String headText = MARKER.matcher(head.text()).replaceFirst("");
    Mention target = head.mentions().isEmpty() ? null : head.mentions().get(0);
    String name;
    if (target != null) {
      name = head.slice(head.start(), target.start());
      // its last match reaches the end: replaceAll removes what replaceFirst removes
      name = BOUND_WORDS.strip(MARKER.matcher(name).replaceFirst("")).strip();
    } else {
      int cut = headText.indexOf('，');
      name = (cut > 0 ? headText.substring(0, cut) : headText).replaceAll("。$", "").strip();
    }
    if (name.isEmpty() || name.length() > MAX_NAME || (target == null && !inIndicators)) {
      return null;
    }
    Mention actual = null;
    if (target != null) {
      for (Mention m : numbers) {
        if (m.start() > target.start() && m.kind() == target.kind() && m.unit().equals(target.unit())) {
          actual = m;
          break;
        }
      }
    }
    for (Mention m : new Mention[] {target, actual}) {
      if (m != null && m.kind() != MentionKind.MONEY) {
        used.add(m);
      }
    }
    String level2 = inIndicators ? sectionTitle.replaceAll("^[\\d.．、（()）一二三四五六七八九十\\s]+", "") : null;
    Sentence last = line.get(line.size() - 1);
    return new Indicator(
        context.nextId(), context.sectionAt(head.start()), Amounts.departmentSubject(context), null, level2,
        name, target == null ? null : targetText(target), target, actual == null ? null : actual.text(), actual,
        null, null, claimed, null, context.span(head.start(), last.end()), context.quote(head.start(), last.end()));
  }

  private static boolean isHeading(FactContext context, Sentence head) {
    for (Section s : context.sections) {
      if (s.heading().start() <= head.start() && head.start() < s.heading().end()) {
        return true;
      }
    }
    return false;
  }

  private static String targetText(Mention m) {
    return m.comparator() == null ? m.text() : m.comparator().symbol() + m.text();
  }
}
