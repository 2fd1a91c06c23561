package io.suanzhang.extract.fact;

import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Score;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The score tree of a self-evaluation written in prose: an overall 该项目得分100分 and items such as
 * （一）投入情况（满分20分，自评20分） › 1.项目立项（满分10分，自评10分） › ⑴绩效目标合理性（满分6分，自评6分). An item's
 * level follows the numbering style of its line, in the order the styles first appear; a style that
 * continues the numbering of the current level ((3) after 1. and 2.) is taken as a sibling.
 */
final class ScoreItems {

  private static final Pattern MARKER =
      Pattern.compile(
          "^\\s*(?:(第[一二三四五六七八九十]+部分)|([一二三四五六七八九十]+)[、.．]|[（(]([一二三四五六七八九十]+)[)）]"
              + "|(\\d+)[.．、](?!\\d)|[（(](\\d+)[)）]|([⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿])|([①②③④⑤⑥⑦⑧⑨⑩⑪⑫]))");

  private static final Pattern OVERALL = Pattern.compile("(项目|综合|自评|总|评价)得分|得分为|总分|评价分");
  /**
   * A stated grade: 评价绩效等级为“优”, 自评等级为优秀, 自评结果为“良好”; a word of the national bands
   * must end there (中等, not 中心).
   */
  private static final Pattern GRADE = Pattern.compile(
      "(?:等级|评价结果|自评结果|评定结果)(?:为|是|：|:)?\\s*[“\"'「]?"
          + "((?:优秀?|良好?|中等?|较?差)(?![\\p{IsHan}])|[一二三四]等|[ABCD]级?)");

  private ScoreItems() {}

  private record Item(String id, int style, int ordinal) {}

  static List<Fact> of(FactContext context, List<Sentence> sentences, Set<Mention> used) {
    List<Fact> out = new ArrayList<>();
    List<Integer> styles = new ArrayList<>();
    Deque<Item> stack = new ArrayDeque<>();
    String root = null;
    Sentence line = null;
    for (Sentence s : sentences) {
      if (s.lineStart()) {
        line = s;
      }
      List<Mention> points = new ArrayList<>();
      for (Mention m : s.mentions()) {
        if (m.kind() == MentionKind.SCORE && !used.contains(m)) {
          points.add(m);
        }
      }
      if (points.isEmpty()) {
        continue;
      }
      Matcher full = Pattern.compile("满分\\s*$").matcher("");
      Mention fullMention = null;
      Mention scored = null;
      for (Mention m : points) {
        String lead = s.lead(m);
        if (full.reset(lead).find() || lead.endsWith("满分")) {
          fullMention = m;
        } else if (fullMention != null && scored == null) {
          scored = m;
        }
      }
      var span = context.span(s.start(), s.end());
      if (fullMention != null && scored != null) {
        String text = line == null ? s.text() : line.text();
        int style = 0;
        int ordinal = 0;
        Matcher marker = MARKER.matcher(text);
        if (marker.find()) {
          for (int g = 1; g <= marker.groupCount(); g++) {
            if (marker.group(g) != null) {
              style = g;
              ordinal = ordinal(marker.group(g));
            }
          }
        }
        String subject = subject(text, marker.find(0) ? marker.end() : 0);
        String parent = place(stack, styles, style, ordinal, root);
        String id = context.nextId();
        out.add(new Score(id, context.sectionAt(s.start()), subject, parent, stack.size() + (root == null ? 1 : 2),
            fullMention, scored, null, span, context.quote(s.start(), s.end())));
        stack.push(new Item(id, style, ordinal));
        used.add(fullMention);
        if (scored != null) {
          used.add(scored);
        }
      } else if (stack.isEmpty()) {
        for (Mention m : points) {
          if (OVERALL.matcher(s.lead(m)).find()) {
            Matcher g = GRADE.matcher(s.text());
            String grade = g.find() ? g.group(1) : null;
            String id = context.nextId();
            out.add(new Score(id, context.sectionAt(s.start()), Amounts.departmentSubject(context), null, 1,
                null, m, grade, span, context.quote(s.start(), s.end())));
            used.add(m);
            root = id;
            break;
          }
        }
      }
    }
    return out;
  }

  /** Pops the stack to where an item of this style belongs and returns its parent's id. */
  private static @Nullable String place(Deque<Item> stack, List<Integer> styles, int style, int ordinal, @Nullable String root) {
    if (!styles.contains(style)) {
      Item top = stack.peek();
      if (top != null && ordinal > 1 && top.ordinal() == ordinal - 1) {
        stack.pop(); // (3) after 1. and 2.: the numbering goes on at this level
        return stack.isEmpty() ? root : stack.peek().id();
      }
      styles.add(style);
      return top == null ? root : top.id();
    }
    // Pop the items of this style and of the styles first seen below it.
    int rank = styles.indexOf(style);
    while (!stack.isEmpty() && styles.indexOf(stack.peek().style()) >= rank) {
      stack.pop();
    }
    return stack.isEmpty() ? root : stack.peek().id();
  }

  private static String subject(String line, int from) {
    String rest = line.substring(Math.min(from, line.length()));
    int cut = rest.length();
    for (String stop : new String[] {"（满分", "(满分", "。", "（", "("}) {
      int i = rest.indexOf(stop);
      if (i > 0) {
        cut = Math.min(cut, i);
      }
    }
    return rest.substring(0, cut).strip();
  }

  private static int ordinal(String written) {
    String chinese = "一二三四五六七八九十";
    String circled = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿";
    String ringed = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫";
    if (written.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(written);
    }
    if (circled.contains(written)) {
      return circled.indexOf(written) + 1;
    }
    if (ringed.contains(written)) {
      return ringed.indexOf(written) + 1;
    }
    if (written.length() == 1 && chinese.contains(written)) {
      return chinese.indexOf(written) + 1;
    }
    return 0;
  }
}
