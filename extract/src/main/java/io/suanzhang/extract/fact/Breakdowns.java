package io.suanzhang.extract.fact;

import io.suanzhang.core.fact.Breakdown;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Measure;
import io.suanzhang.core.fact.Score;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Totals and their parts written with 其中, and shares written with 占. A 其中 inside brackets ends at the
 * closing bracket; one nested in another's list ends at the next ；, so 总支出385.67万元，其中基本支出204.20万元，
 * 其中工资福利支出188.72万元，公用经费支出15.48万元；项目支出181.47万元 gives 385.67 = 204.20 + 181.47 and
 * 204.20 = 188.72 + 15.48. Parts that are points give {@link Score} facts under their total.
 */
final class Breakdowns {

  /**
   * What opens a list of parts: 其中, and the 决算 template's 一般公共预算财政拨款支出2940.05万元，主要用于以下方面：
   * 一般公共服务支出（类）2106.66万元，占71.73%；….
   */
  private static final Pattern OPENER =
      Pattern.compile("其中|(?:主要)?用于以下(?:几个)?方面\\s*[：:]|具体(?:如下|为)\\s*[：:]");

  private Breakdowns() {}

  /**
   * The breakdowns and shares of a sentence; a 其中 whose offset is in {@code claimed} was read with
   * its total by {@link SplitOfWhich} and is left alone.
   */
  static List<Fact> of(FactContext context, Sentence sentence, Set<Mention> used, Set<Integer> claimed) {
    List<Fact> out = new ArrayList<>();
    List<Scope> scopes = scopes(sentence);
    Brackets brackets = Brackets.of(sentence);
    for (Scope scope : scopes) {
      if (claimed.contains(scope.at)) {
        continue;
      }
      List<Mention> parts = new ArrayList<>();
      Map<Mention, Mention> shares = new LinkedHashMap<>();
      // 一般转移支付收入1478万元（含均衡性转移支付收入166万元、…）: bracketed parts of the part before them
      Map<Mention, List<Mention>> nested = new LinkedHashMap<>();
      MentionKind kind = null;
      boolean row = false;
      for (Mention m : sentence.mentions()) {
        if (m.start() < scope.from || m.end() > scope.to || used.contains(m) || inner(scopes, scope, m)) {
          continue;
        }
        if (m.kind() == MentionKind.PERCENT && !parts.isEmpty() && sentence.lead(m).contains("占")) {
          if (!OWN_TARGET.matcher(sentence.lead(m)).find()) {
            shares.put(parts.get(parts.size() - 1), m);
          }
          continue;
        }
        if (kind == null && m.kind() != MentionKind.PERCENT) {
          kind = m.kind();
        }
        if (m.kind() == kind && m.comparator() == null && !Labels.changeOnly(sentence.lead(m))) {
          Mention before = parts.isEmpty() ? null : parts.get(parts.size() - 1);
          if (before != null && brackets.between(scope.from, m.start()) > 0) {
            nested.computeIfAbsent(before, k -> new ArrayList<>()).add(m);
          } else if (before != null && COLUMN_GAP.matcher(sentence.slice(before.end(), m.start())).matches()) {
            row = true; // 其中：当年财政拨款 620.82万元 620.82万元 620.82万元: a table row's columns, flattened
            break;
          } else if (before != null && YEAR_FIRST.matcher(sentence.slice(before.end(), m.start())).lookingAt()) {
            break; // 其他资金859.6万元2023年支出2310.4万元: a new statement whose full stop went missing
          } else if (before != null && TOTAL_LABEL.matcher(sentence.lead(m)).find()) {
            break; // …，上年结转结余60万元，收入合计为6449万元: the total of the level above ends the list
          } else {
            parts.add(m);
          }
        }
      }
      if (parts.isEmpty() || kind == null || row) {
        continue;
      }
      // Where a bracket does not make its part exactly (a bracket closed one item late), which level
      // the items after it belong to is unsure: the list is then only checked not to exceed its total.
      boolean sure = !cut(context, sentence, parts.get(parts.size() - 1));
      for (Map.Entry<Mention, List<Mention>> n : nested.entrySet()) {
        n.getValue().forEach(used::add);
        boolean adds = Sums.adds(n.getKey(), n.getValue());
        sure &= adds;
        if (n.getValue().size() >= 2) {
          out.add(breakdown(context, sentence, n.getKey(), n.getValue(), shares, adds));
        }
      }
      shares.values().forEach(used::add);
      List<Mention> totals = totalsBefore(sentence, scope.at, kind, used);
      if (kind == MentionKind.SCORE) {
        out.addAll(scores(context, sentence, totals.isEmpty() ? null : totals.get(totals.size() - 1), parts));
        parts.forEach(used::add);
        continue;
      }
      Map<Measure, Mention> byMeasure = new LinkedHashMap<>();
      for (Mention t : totals) {
        Measure measure = Labels.measure(sentence.lead(t));
        if (measure != Measure.OTHER) { // 其他资金859.6万元 names no measure a part could share
          byMeasure.put(measure, t);
        }
      }
      Map<Mention, List<Mention>> groups = group(sentence, parts, totals, byMeasure, kind);
      for (Map.Entry<Mention, List<Mention>> g : groups.entrySet()) {
        Mention total = g.getKey() == NO_TOTAL ? null : g.getKey();
        if (total == null && g.getValue().size() < 2) {
          continue; // one part of nothing stated: 其中9间医疗机构…
        }
        out.add(breakdown(context, sentence, total, g.getValue(), shares, sure));
      }
    }
    out.addAll(loneShares(context, sentence, used, brackets));
    return out;
  }

  /** Nothing but blanks or cell rules between two amounts: the columns of a table row. */
  private static final Pattern COLUMN_GAP = Pattern.compile("[\\s|｜]+");
  /**
   * A share of the part's own plan, not of the list's total: 税务部门完成49018万元，占任务数的96.3%;
   * 财政部门…占任务数的86.3% — two 任务数, one per part.
   */
  static final Pattern OWN_TARGET = Pattern.compile("占[^，,；;]{0,8}?(?:任务|计划|目标|预算)");
  /** A year right after an amount, with no mark between them. */
  private static final Pattern YEAR_FIRST = Pattern.compile("\\s*(?:19|20)\\d{2}\\s*年");
  /** A label that names a total, not a part. */
  private static final Pattern TOTAL_LABEL = Pattern.compile("合计|总计|共计|总额");
  private static final String CLOSING_MARKS = "。！？!?；;）)”";

  /**
   * Whether a list is cut off by the end of the text (a web page's stored excerpt ends "(4)债务"):
   * a list in it may run on past what is left, so it is not taken as complete.
   */
  private static boolean cut(FactContext context, Sentence sentence, Mention lastPart) {
    String text = sentence.text().strip();
    return context.endsText(sentence.end()) && !text.isEmpty()
        && CLOSING_MARKS.indexOf(text.charAt(text.length() - 1)) < 0
        // a heading on a line of its own after the list ends the text, not the list
        && sentence.slice(lastPart.end(), sentence.end()).indexOf('\n') < 0;
  }

  /** Stands for "no total" as a map key. */
  private static final Mention NO_TOTAL =
      Mention.count("无", io.suanzhang.core.text.Span.of(0, 0), java.math.BigDecimal.ZERO, "个");

  /**
   * Parts by the total they belong to. Money parts of different measures (项目支出预算…，实际支出…) go to the
   * totals of the same measures when the sentence states them; otherwise all parts share the nearest total.
   */
  private static Map<Mention, List<Mention>> group(
      Sentence sentence, List<Mention> parts, List<Mention> totals, Map<Measure, Mention> byMeasure,
      MentionKind kind) {
    Map<Mention, List<Mention>> groups = new LinkedHashMap<>();
    if (kind == MentionKind.MONEY && byMeasure.size() >= 2) {
      int matched = 0;
      for (Mention p : parts) {
        if (byMeasure.containsKey(Labels.measure(sentence.lead(p)))) {
          matched++;
        }
      }
      if (matched == parts.size()) {
        for (Mention p : parts) {
          groups.computeIfAbsent(byMeasure.get(Labels.measure(sentence.lead(p))), k -> new ArrayList<>()).add(p);
        }
        return groups;
      }
    }
    Mention total = totals.isEmpty() ? null : totals.get(totals.size() - 1);
    groups.put(total == null ? NO_TOTAL : total, parts);
    return groups;
  }

  private static Breakdown breakdown(
      FactContext context, Sentence sentence, @Nullable Mention total, List<Mention> listed,
      Map<Mention, Mention> shares, boolean sure) {
    // 共64次，其中…15次…，…49次监管，定点药店开展106次监管: the list ends where it makes its total.
    List<Mention> parts = total == null ? listed : listed.subList(0, Sums.closingRun(total, listed));
    List<Breakdown.Part> list = new ArrayList<>();
    String previous = "";
    for (Mention p : parts) {
      String label = Labels.partLabel(sentence.lead(p));
      if (label.codePoints().noneMatch(Character::isLetterOrDigit)) {
        label = Labels.classifiedLabel(sentence.slice(previousEnd(sentence, p), p.start()));
      }
      label = label.isEmpty() ? previous : label;
      previous = label;
      list.add(new Breakdown.Part(label, p, shares.get(p)));
    }
    String subject =
        total == null
            ? sectionTitle(context, sentence)
            : Amounts.subject(context, sentence, total, "");
    return new Breakdown(
        context.nextId(), context.sectionAt(sentence.start()), subject, total, list, sure && parts.size() >= 2,
        context.span(sentence.start(), sentence.end()), context.quote(sentence.start(), sentence.end()));
  }

  /** Where the mention before {@code m} in its sentence ends, or the sentence's start. */
  private static int previousEnd(Sentence sentence, Mention m) {
    int end = sentence.start();
    for (Mention other : sentence.mentions()) {
      if (other.end() <= m.start()) {
        end = Math.max(end, other.end());
      }
    }
    return end;
  }

  private static List<Fact> scores(
      FactContext context, Sentence sentence, @Nullable Mention total, List<Mention> parts) {
    List<Fact> out = new ArrayList<>();
    String parent = null;
    String section = context.sectionAt(sentence.start());
    var span = context.span(sentence.start(), sentence.end());
    if (total != null) {
      parent = context.nextId();
      out.add(new Score(parent, section, label(sentence, total), null, 1, null, total, null, span, context.quote(sentence.start(), sentence.end())));
    }
    for (Mention p : parts) {
      out.add(
          new Score(
              context.nextId(), section, label(sentence, p), parent, parent == null ? 1 : 2, null, p,
              null, span, context.quote(sentence.start(), sentence.end())));
    }
    return out;
  }

  private static String label(Sentence sentence, Mention m) {
    String lead = sentence.lead(m).replaceAll("(得分|自评|为|的|：)+$", "");
    String s = Labels.subject(lead);
    return s.isEmpty() ? "总分" : s;
  }

  /**
   * Shares with no 其中: 一般公共预算财政拨款支出91.68万元，占本年支出合计的100%. Shares of one sentence that
   * name the same whole are one list: 因公出国（境）费支出199.25万元，占“三公”经费的25.96%；公务用车购置及运行费
   * 支出183.6万元，占“三公”经费的23.92%；公务接待费支出384.75万元，占“三公”经费的50.12% — three parts of a
   * whole whose value the sentence leaves out. Whether they are all of it is the rules' to say. Shares
   * that name no whole (占88.76%；…占11.24%) are one list too.
   */
  private static List<Fact> loneShares(
      FactContext context, Sentence sentence, Set<Mention> used, Brackets brackets) {
    Map<String, List<Breakdown.Part>> byWhole = new LinkedHashMap<>();
    // The last amount at each bracket depth: 财政拨款收入24,940.34万元(其中…国有资本经营预算0万元)，占收入合计
    // 99.64% is a share of the amount at its own depth, not of the last one inside the bracket.
    Map<Integer, Mention> lastAt = new HashMap<>();
    for (Mention m : sentence.mentions()) {
      if (used.contains(m)) {
        continue;
      }
      int depth = brackets.at(m.start());
      Mention lastMoney = lastAt.get(depth);
      if (m.kind() == MentionKind.MONEY) {
        lastAt.put(depth, m);
      } else if (m.kind() == MentionKind.PERCENT && lastMoney != null && m.comparator() == null) {
        String lead = sentence.lead(m);
        int zhan = lead.indexOf('占');
        if (zhan < 0) {
          continue;
        }
        String whole = lead.substring(zhan + 1).replaceAll("^(了|到)", "").replaceAll("(的|比重|比例|总额|为|达到|达|是)+$", "");
        // 税收收入112446万元，完成年初预算207380万元的54.22%，…；税收收入占全部组织财政收入的比重为76.57%: the
        // share names its part, the amount stated for that subject, not the last amount before it
        String named = Labels.subject(lead.substring(0, zhan));
        if (named.codePointCount(0, named.length()) >= 2) {
          lastMoney = amountOf(sentence, named, m, used);
          if (lastMoney == null) {
            continue;
          }
        }
        String label = Labels.subject(sentence.lead(lastMoney));
        used.add(m);
        byWhole.computeIfAbsent(whole, k -> new ArrayList<>()).add(new Breakdown.Part(label, lastMoney, m));
        lastAt.remove(depth);
      }
    }
    List<Fact> out = new ArrayList<>();
    for (Map.Entry<String, List<Breakdown.Part>> e : byWhole.entrySet()) {
      String subject = e.getKey().isEmpty() ? sectionTitle(context, sentence) : e.getKey();
      List<List<Breakdown.Part>> lists = List.of(e.getValue());
      for (List<Breakdown.Part> parts : lists) {
        out.add(
            new Breakdown(
                context.nextId(), context.sectionAt(sentence.start()), subject, null, parts,
                false, context.span(sentence.start(), sentence.end()), context.quote(sentence.start(), sentence.end())));
      }
    }
    return out;
  }

  /**
   * The last unused amount before {@code before} whose label names {@code subject}, in full or by its
   * first words (税收 for 完成税收收入, not for 非税收入); null if none.
   */
  private static @Nullable Mention amountOf(Sentence sentence, String subject, Mention before, Set<Mention> used) {
    Mention found = null;
    for (Mention m : sentence.mentions()) {
      String label = Labels.collected(sentence.lead(m));
      if (m.end() <= before.start() && m.kind() == MentionKind.MONEY && !used.contains(m)
          && (label.endsWith(subject) || label.startsWith(subject))) {
        found = m;
      }
    }
    return found;
  }

  private static String sectionTitle(FactContext context, Sentence sentence) {
    String title = context.sectionTitleAt(sentence.start());
    return title == null ? Amounts.departmentSubject(context) : title;
  }

  /** The mentions before a 其中 that could be its total: same kind, not yet used. */
  private static List<Mention> totalsBefore(Sentence sentence, int at, MentionKind kind, Set<Mention> used) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : sentence.mentions()) {
      if (m.end() <= at && m.kind() == kind && !used.contains(m) && m.comparator() == null
          && !Amounts.namesWhole(sentence, m)) { // 占年初预算数109466万元的90.9% is no total of a list
        out.add(m);
      }
    }
    // Only the totals after the previous 其中's parts, so a nested 其中 takes the part before it.
    return out;
  }

  private static boolean inner(List<Scope> scopes, Scope scope, Mention m) {
    for (Scope other : scopes) {
      if (other != scope && other.from > scope.from && m.start() >= other.from && m.end() <= other.to) {
        return true;
      }
    }
    return false;
  }

  /** Where each 其中's list runs, as document offsets. */
  private static List<Scope> scopes(Sentence sentence) {
    List<Scope> scopes = new ArrayList<>();
    String t = sentence.text();
    Matcher opener = OPENER.matcher(t);
    while (opener.find()) {
      int i = opener.start();
      int end = t.length();
      int open = Math.max(t.lastIndexOf('（', i), t.lastIndexOf('(', i));
      int close = Math.max(t.lastIndexOf('）', i), t.lastIndexOf(')', i));
      if (open > close) {
        int c = indexOfAny(t, "）)", i);
        end = c < 0 ? t.length() : c;
      } else if (!scopes.isEmpty() && enclosing(scopes, sentence.offsetOf(i)) != null) {
        int c = indexOfAny(t, "；;", i);
        end = c < 0 ? t.length() : c;
      }
      scopes.add(new Scope(sentence.offsetOf(i), sentence.offsetOf(opener.end()), sentence.offsetOf(end)));
    }
    return scopes;
  }

  private static @Nullable Scope enclosing(List<Scope> scopes, int offset) {
    for (Scope s : scopes) {
      if (s.from <= offset && offset < s.to) {
        return s;
      }
    }
    return null;
  }

  private static int indexOfAny(String t, String chars, int from) {
    for (int i = from; i < t.length(); i++) {
      if (chars.indexOf(t.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** A 其中 at {@code at}; its parts lie in [from, to). */
  private record Scope(int at, int from, int to) {}
}
