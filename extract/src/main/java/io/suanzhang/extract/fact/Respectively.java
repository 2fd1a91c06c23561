package io.suanzhang.extract.fact;

import io.suanzhang.core.fact.Breakdown;
import io.suanzhang.core.fact.Comparison;
import io.suanzhang.core.fact.Direction;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Statements about several items at once, their numbers given in the order of the names:
 *
 * <ul>
 *   <li>values, changes and rates: 收、支总计各是4125.49,4143.91万元。与2021年相比，收、支总计各减少1267.86,
 *       2570.97万元，各下降23.51%、38.28% — two comparisons, 收总计 and 支总计, each with its own value,
 *       change and rate;
 *   <li>shares: 税收收入和非税收入占一般公共预算收入的比重分别为62%、38% — two shares of the 一般公共预算收入,
 *       whose parts are the amounts stated for 税收收入 and 非税收入 before, on the same line.
 * </ul>
 *
 * A list is read only when it has as many names as numbers; a share list only when every name has its
 * amount. What is read this way is taken from the other readers, which would pair the numbers wrongly.
 */
final class Respectively {

  /** 各, 分别 or 依次, with the verb or direction after it, right before a list's first number. */
  private static final Pattern CUE = Pattern.compile(
      "(?:分别|各|依次)(?:是|为|达到?)?(?:(" + Labels.CHANGE_WORDS + ")了?)?(?:是|为)?$");
  /** What may stand between the numbers of a list. */
  private static final Pattern BETWEEN = Pattern.compile("^[\\s、,，和及与]+$");
  private static final Pattern NAME_MARKS = Pattern.compile("、|和|及|与");
  private static final String CLAUSE_MARKS = "，,；;：:。";
  private static final Pattern LEADING_YEAR = Pattern.compile("^(?:(?:19|20)\\d{2}\\s*年度?)+");
  private static final Pattern BASE_YEAR = Pattern.compile("(?:与|比|较)\\s*((?:19|20)\\d{2})\\s*年");
  /** The end of a share's whole: 占一般公共预算收入的比重. */
  private static final Pattern WHOLE_END = Pattern.compile("(?:的)?(?:比重|比例|份额)?$");

  private Respectively() {}

  /** A list: its names, what it states of them, and its numbers. */
  private record Run(List<String> names, @Nullable String whole, @Nullable Direction direction, List<Mention> numbers) {}

  static List<Fact> of(FactContext context, List<Sentence> sentences, Set<Mention> used) {
    List<Fact> out = new ArrayList<>();
    Map<List<String>, List<Mention>> values = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (s.lineStart()) {
        values.clear(); // values are paired with changes in their own paragraph only
      }
      List<Run> runs = runs(s, used);
      for (Run run : runs) {
        if (run.whole() != null) {
          Breakdown shares = shares(context, sentences, i, run);
          if (shares != null) {
            out.add(shares);
            used.addAll(run.numbers());
          }
        } else if (run.direction() == null) {
          values.put(run.names(), run.numbers());
        }
      }
      out.addAll(comparisons(context, s, runs, values, used));
    }
    return out;
  }

  /** The lists of a sentence, each with the names before its cue, or the previous list's. */
  private static List<Run> runs(Sentence s, Set<Mention> used) {
    List<Run> out = new ArrayList<>();
    List<Mention> ms = s.mentions();
    List<String> lastNames = null;
    for (int i = 0; i < ms.size(); i++) {
      Mention first = ms.get(i);
      if (used.contains(first) || first.comparator() != null
          || (first.kind() != MentionKind.MONEY && first.kind() != MentionKind.PERCENT)) {
        continue;
      }
      String clause = clauseBefore(s, first);
      Matcher cue = CUE.matcher(clause);
      if (!cue.find()) {
        continue;
      }
      List<Mention> numbers = new ArrayList<>(List.of(first));
      int j = i + 1;
      while (j < ms.size() && ms.get(j).kind() == first.kind() && !used.contains(ms.get(j))
          && BETWEEN.matcher(s.slice(ms.get(j - 1).end(), ms.get(j).start())).matches()) {
        numbers.add(ms.get(j));
        j++;
      }
      if (numbers.size() < 2) {
        continue;
      }
      String before = clause.substring(0, cue.start());
      String whole = null;
      int zhan = before.indexOf('占');
      if (zhan >= 0) {
        whole = Labels.subject(WHOLE_END.matcher(before.substring(zhan + 1)).replaceFirst(""));
        before = before.substring(0, zhan);
      }
      List<String> names = names(before, numbers.size());
      names = names == null && before.isBlank() ? lastNames : names;
      if (names != null && names.size() == numbers.size()
          && (whole == null ? true : first.kind() == MentionKind.PERCENT && !whole.isEmpty())) {
        Direction direction = cue.group(1) == null ? null
            : Labels.directionBefore(cue.group(1)).orElse(null);
        out.add(new Run(names, whole, direction, numbers));
        lastNames = names;
      }
      i = j - 1;
    }
    return out;
  }

  /** The sentence's text from its last clause mark (not 、, which lists names) up to a mention. */
  private static String clauseBefore(Sentence s, Mention m) {
    // back from the mention to its clause's mark: the work is the clause's, not the sentence's
    String before = s.slice(s.start(), m.start());
    int cut = before.length();
    while (cut > 0 && CLAUSE_MARKS.indexOf(before.charAt(cut - 1)) < 0) {
      cut--;
    }
    return before.substring(cut).replaceAll("\\s+", "");
  }

  /**
   * The names a list is of, split at 、 和 及 与: 收、支总计 are 收总计 and 支总计 (the one-character names
   * share the last name's words); null unless there are {@code count}.
   */
  private static @Nullable List<String> names(String text, int count) {
    String plain = LEADING_YEAR.matcher(text).replaceFirst("");
    String[] parts = NAME_MARKS.split(plain);
    if (parts.length != count) {
      return null;
    }
    String last = parts[parts.length - 1];
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      if (p.isEmpty()) {
        return null;
      }
      out.add(p.length() == 1 && last.length() > 1 && p != last ? p + last.substring(1) : p);
    }
    return out;
  }

  /** Comparisons of the change and rate lists of a sentence, with the values listed for the same names. */
  private static List<Fact> comparisons(
      FactContext context, Sentence s, List<Run> runs, Map<List<String>, List<Mention>> values, Set<Mention> used) {
    Map<List<String>, Mention[][]> byNames = new HashMap<>();
    Map<List<String>, Direction> directions = new HashMap<>();
    for (Run run : runs) {
      if (run.direction() == null || run.whole() != null) {
        continue;
      }
      Mention[][] lists = byNames.computeIfAbsent(run.names(), k -> new Mention[2][]);
      int slot = run.numbers().get(0).kind() == MentionKind.MONEY ? 0 : 1;
      if (lists[slot] == null) {
        lists[slot] = run.numbers().toArray(Mention[]::new);
        directions.putIfAbsent(run.names(), run.direction());
      }
    }
    List<Fact> out = new ArrayList<>();
    Matcher year = BASE_YEAR.matcher(s.text());
    Integer baseYear = year.find() ? Integer.valueOf(year.group(1)) : Comparisons.previousYear(context);
    for (Map.Entry<List<String>, Mention[][]> e : byNames.entrySet()) {
      List<String> names = e.getKey();
      List<Mention> current = values.get(names);
      Mention[] changes = e.getValue()[0];
      Mention[] rates = e.getValue()[1];
      for (int k = 0; k < names.size(); k++) {
        Mention change = changes == null ? null : changes[k];
        Mention rate = rates == null ? null : rates[k];
        out.add(new Comparison(context.nextId(), context.sectionAt(s.start()), Labels.subject(names.get(k)),
            baseYear, current == null ? null : current.get(k), null, directions.get(names), change, rate,
            context.span(s.start(), s.end()), context.quote(s.start(), s.end())));
        Optional.ofNullable(change).ifPresent(used::add);
        Optional.ofNullable(rate).ifPresent(used::add);
      }
    }
    return out;
  }

  /**
   * The shares of a list whose whole its sentence names, each part the amount stated for its name
   * in the sentence or the sentences before it on its line; null unless every name has one.
   */
  private static @Nullable Breakdown shares(FactContext context, List<Sentence> sentences, int at, Run run) {
    Sentence s = sentences.get(at);
    List<Breakdown.Part> parts = new ArrayList<>();
    for (int k = 0; k < run.names().size(); k++) {
      String name = Labels.subject(run.names().get(k));
      Mention part = null;
      for (int i = at; i >= 0 && part == null; i--) {
        Sentence before = sentences.get(i);
        List<Mention> ms = before.mentions();
        for (int j = ms.size() - 1; j >= 0 && part == null; j--) {
          Mention m = ms.get(j);
          String label = Labels.collected(before.lead(m));
          if (m.kind() == MentionKind.MONEY && m.end() <= run.numbers().get(0).start() && !name.isEmpty()
              && (label.equals(name) || label.endsWith(name))
              && Labels.directionBefore(before.lead(m)).isEmpty()) {
            part = m;
          }
        }
        if (before.lineStart()) {
          break;
        }
      }
      if (part == null) {
        return null;
      }
      parts.add(new Breakdown.Part(name, part, run.numbers().get(k)));
    }
    return new Breakdown(context.nextId(), context.sectionAt(s.start()), run.whole(), null, parts, false,
        context.span(s.start(), s.end()), context.quote(s.start(), s.end()));
  }
}
