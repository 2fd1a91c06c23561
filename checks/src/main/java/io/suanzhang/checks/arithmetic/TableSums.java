package io.suanzhang.checks.arithmetic;

import io.suanzhang.checks.Report;
import io.suanzhang.checks.Results;
import io.suanzhang.checks.arithmetic.Addends.Term;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.fact.TableRow;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sums a classified table states: a 合计 or 小计 column against the columns it totals, a code
 * against the codes under it (20805 against 2080501, 2080505 …), and a 合计 row against the rows of
 * the first level. A blank cell of a row counts as zero, as these tables print it.
 */
public final class TableSums {

  private static final Pattern TOTAL_COLUMN = Pattern.compile("(合\\s*计|小\\s*计|总\\s*计)");
  private static final Pattern ITEM_NUMBER =
      Pattern.compile("[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[)）]|\\d+[、.．](?!\\d)");
  private static final Pattern TOTAL_ROW = Pattern.compile("^\\s*(合\\s*计|总\\s*计)\\s*$");
  /** Columns that are not parts of a row's total: other years, changes, rates. */
  private static final Pattern NOT_A_PART =
      Pattern.compile("上年|去年|增减|增长|变动|比|%|率|机关运行");

  private TableSums() {}

  public static void check(Report report, Results results) {
    Map<String, List<TableRow>> tables = new LinkedHashMap<>();
    for (TableRow row : report.facts(TableRow.class)) {
      tables.computeIfAbsent(Objects.requireNonNullElse(row.table(), ""), k -> new ArrayList<>())
          .add(row);
    }
    // Codes are summed across every table of a title, untitled ones together: a table continued on
    // the next page keeps its children apart from their parent.
    for (List<TableRow> rows : tables.values()) {
      int atMost = wholeUnits(rows) ? 0 : Integer.MAX_VALUE;
      // Halves of a table printed side by side can pair a code with the other half's name when the
      // layout is misread; a break there is a warning, not an error.
      Severity breaks = sideBySide(rows) ? Severity.WARNING : Severity.ERROR;
      columnTotals(rows, results, atMost, breaks);
      codeTotals(rows, results, atMost, breaks);
      totalRows(rows, results, atMost, breaks);
    }
    for (List<TableRow> rows : lists(report.facts(TableRow.class))) {
      listTotals(rows, results, wholeUnits(rows) ? 0 : Integer.MAX_VALUE,
          sideBySide(rows) ? Severity.WARNING : Severity.ERROR);
    }
  }

  /**
   * The rows of each table as a list of items is summed: rows of one title together (a table
   * continued on the next page repeats it), untitled tables told apart by their row numbers starting
   * again, for a 合计 row ends the rows of its own table.
   */
  static List<List<TableRow>> lists(List<TableRow> all) {
    Map<String, List<TableRow>> titled = new LinkedHashMap<>();
    List<List<TableRow>> untitled = new ArrayList<>();
    List<TableRow> current = null;
    for (TableRow row : all) {
      if (row.table() != null) {
        titled.computeIfAbsent(row.table(), k -> new ArrayList<>()).add(row);
        current = null;
        continue;
      }
      if (current == null || row.row() <= current.get(current.size() - 1).row()) {
        current = new ArrayList<>();
        untitled.add(current);
      }
      current.add(row);
    }
    List<List<TableRow>> out = new ArrayList<>(titled.values());
    out.addAll(untitled);
    return out;
  }

  /** Every 合计/小计 column of each row against its sibling columns. */
  private static void columnTotals(
      List<TableRow> rows, Results results, int atMost, Severity breaks) {
    Set<String> columns = new LinkedHashSet<>();
    rows.forEach(r -> r.values().forEach(v -> columns.add(v.column())));
    if (!coherentHeader(rows, columns)) {
      return;
    }
    // A header of several rows is read less surely than a flat one: its breaks are warnings.
    Severity severity =
        columns.stream().anyMatch(c -> c.contains("/")) ? Severity.WARNING : breaks;
    Map<String, String> header = effectiveHeader(columns);
    Set<String> named = new LinkedHashSet<>(header.values());
    Map<String, String> original = new HashMap<>();
    header.forEach((column, name) -> original.put(name, column));
    for (String name : named) {
      if (!isTotal(last(name))) {
        continue;
      }
      String column = original.get(name);
      List<String> parts = partsOf(name, named).stream().map(original::get).toList();
      if (parts.size() < 2) {
        continue;
      }
      for (TableRow row : rows) {
        Map<String, Mention> values = values(row);
        Mention total = values.get(column);
        if (unaccounted(values.keySet(), column, parts)) {
          continue;
        }
        List<Term> terms = new ArrayList<>();
        for (String part : parts) {
          Mention m = values.get(part);
          if (m != null) {
            terms.add(new Term(m, row, part));
          } else {
            // A group column left blank in this row while its sub-columns are filled.
            values.forEach((c, v) -> {
              if (c.startsWith(part + "/")) {
                terms.add(new Term(v, row, c));
              }
            });
          }
        }
        Set<Integer> cells = new HashSet<>();
        terms.removeIf(t -> !cells.add(t.number().start()));
        if (total != null && !terms.isEmpty()) {
          Addends.check(
              results, row.subject() + "（" + column + "）", new Term(total, row, column), terms,
              true, atMost, severity);
        }
      }
    }
  }

  /**
   * The columns a total column adds up: its siblings under the same header, each group of columns
   * taken through its own 小计 when it has one, else through its leaves.
   */
  static List<String> partsOf(String total, Set<String> columns) {
    String prefix = parent(total);
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (String column : columns) {
      if (column.equals(total) || !column.startsWith(prefix)
          || NOT_A_PART.matcher(column.substring(prefix.length())).find()) {
        continue;
      }
      String rest = column.substring(prefix.length());
      int slash = rest.indexOf('/');
      String head = slash < 0 ? rest : rest.substring(0, slash);
      if (isTotal(head)) {
        return List.of(); // two totals side by side: not a total of its siblings
      }
      groups.computeIfAbsent(head, k -> new ArrayList<>()).add(column);
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, List<String>> entry : groups.entrySet()) {
      List<String> group = entry.getValue();
      String own = prefix + entry.getKey();
      // A group is taken through its own column (公务用车购置及运行费 over 购置费 and 运行费) or its 小计.
      String subtotal = group.stream()
          .filter(c -> c.equals(own)
              || (isTotal(last(c)) && parent(c).split("/").length == prefixDepth(prefix) + 1))
          .findFirst().orElse(null);
      if (subtotal != null) {
        parts.add(subtotal);
      } else {
        parts.addAll(group);
      }
    }
    return parts;
  }

  /** Each code against the codes directly under it, column by column. */
  private static void codeTotals(
      List<TableRow> rows, Results results, int atMost, Severity breaks) {
    Map<String, TableRow> byCode = new HashMap<>();
    Set<String> repeated = new LinkedHashSet<>();
    Map<String, List<TableRow>> children = new LinkedHashMap<>();
    for (TableRow row : rows) {
      if (row.code() == null) {
        continue;
      }
      if (byCode.put(row.code(), row) != null) {
        repeated.add(row.code());
      }
      if (row.parentCode() != null) {
        children.computeIfAbsent(row.parentCode(), k -> new ArrayList<>()).add(row);
      }
    }
    for (Map.Entry<String, List<TableRow>> entry : children.entrySet()) {
      TableRow parent = byCode.get(entry.getKey());
      if (parent == null || repeated.contains(entry.getKey())) {
        continue;
      }
      sumColumns(results, parent, entry.getValue(), atMost, breaks);
    }
  }

  /** A row that is the table's 合计 against the rows of the first level. */
  private static void totalRows(
      List<TableRow> rows, Results results, int atMost, Severity breaks) {
    List<TableRow> top = rows.stream().filter(r -> r.code() != null && r.level() == 1).toList();
    if (top.size() < 2) {
      return;
    }
    for (TableRow row : rows) {
      if (row.code() == null && TOTAL_ROW.matcher(row.subject()).matches()) {
        sumColumns(results, row, top, atMost, breaks);
      }
    }
  }

  /**
   * A 合计 row of a table without codes (a list of projects) against the plain rows above it, back to
   * the previous 合计: none a 小计, a 其中 part or an item numbered at another level than the others
   * (一、 above 1.), which would count twice. Only amounts and counts are summed, not rates.
   */
  private static void listTotals(List<TableRow> rows, Results results, int atMost, Severity breaks) {
    if (rows.stream().anyMatch(r -> r.code() != null)) {
      return;
    }
    int from = 0;
    for (int i = 0; i < rows.size(); i++) {
      TableRow row = rows.get(i);
      if (!TOTAL_ROW.matcher(row.subject()).matches()) {
        continue;
      }
      List<TableRow> parts = rows.subList(from, i);
      from = i + 1;
      if (parts.size() >= 2 && parts.stream().allMatch(p -> plainItem(p.subject()))
          && parts.stream().map(p -> numbering(p.subject())).distinct().count() == 1) {
        List<TableRow.Value> summed = row.values().stream()
            .filter(v -> (v.value().kind() == MentionKind.MONEY || v.value().kind() == MentionKind.COUNT)
                && !NOT_A_PART.matcher(v.column()).find())
            .toList();
        sumColumns(results, row, summed, parts, atMost, breaks);
      }
    }
  }

  private static boolean plainItem(String subject) {
    String s = subject.strip();
    return !s.startsWith("其中") && !s.contains("小计") && !TOTAL_ROW.matcher(s).matches();
  }

  /** The style an item is numbered in (一、 （一） 1. (1)), or "" for none. */
  private static String numbering(String subject) {
    Matcher m = ITEM_NUMBER.matcher(subject.strip());
    if (!m.lookingAt()) {
      return "";
    }
    return m.group().replaceAll("[一二三四五六七八九十]+", "一").replaceAll("\\d+", "1");
  }

  private static void sumColumns(
      Results results, TableRow total, List<TableRow> parts, int atMost, Severity breaks) {
    sumColumns(results, total, total.values(), parts, atMost, breaks);
  }

  private static void sumColumns(Results results, TableRow total, List<TableRow.Value> columns,
      List<TableRow> parts, int atMost, Severity breaks) {
    for (TableRow.Value value : columns) {
      List<Term> terms = new ArrayList<>();
      for (TableRow part : parts) {
        Mention m = values(part).get(value.column());
        if (m != null) {
          terms.add(new Term(m, part, part.code() == null ? part.subject() : part.code()));
        }
      }
      if (!terms.isEmpty()) {
        String name = total.code() == null ? total.subject() : total.code() + " " + total.subject();
        Addends.check(
            results, name + "（" + value.column() + "）",
            new Term(value.value(), total, "total"), terms, true, atMost, breaks);
      }
    }
  }

  /**
   * Whether a row has a value in a column that is neither the total, nor one of its parts or their
   * sub-columns, nor another total or a column of another kind: the header of that row was read
   * otherwise than the table's, and a missing part cannot be taken for a blank.
   */
  private static boolean unaccounted(Set<String> present, String total, List<String> parts) {
    for (String column : present) {
      if (column.equals(total) || isTotal(last(column)) || NOT_A_PART.matcher(column).find()) {
        continue;
      }
      boolean known = parts.stream()
          .anyMatch(p -> column.equals(p) || column.startsWith(p + "/") || p.startsWith(column + "/"));
      if (!known && !parent(column).isEmpty() && parent(total).startsWith(parent(column))) {
        continue; // a column of an enclosing group, beside the total's own group
      }
      if (!known) {
        return true;
      }
    }
    return false;
  }

  /** Whether two rows of the table stand on one line: halves printed side by side. */
  private static boolean sideBySide(List<TableRow> rows) {
    Set<Integer> lines = new HashSet<>();
    return rows.stream().anyMatch(r -> !lines.add(r.row()));
  }

  /**
   * Whether the column headers can tell the parts of a total: no name twice in a row. Otherwise the
   * parts of a 合计 column are unknown and no column total is checked.
   */
  private static boolean coherentHeader(List<TableRow> rows, Set<String> columns) {
    for (TableRow row : rows) {
      Set<String> names = new HashSet<>();
      for (TableRow.Value v : row.values()) {
        if (!names.add(v.column())) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Column paths with the header groups that carry no grouping taken off: a group prefix that only
   * one column has (a merged header cell resolved to one of the columns it spans, 支出预算/基本支出
   * beside 合计 and 项目支出) says nothing about which columns belong together, unless a column
   * of that very name heads it (公务用车购置及运行费 over 公务用车购置及运行费/运行费).
   */
  static Map<String, String> effectiveHeader(Set<String> columns) {
    Map<String, Integer> groupSizes = new HashMap<>();
    for (String column : columns) {
      String group = parent(column);
      if (!group.isEmpty()) {
        groupSizes.merge(group, 1, Integer::sum);
      }
    }
    Map<String, String> header = new LinkedHashMap<>();
    for (String column : columns) {
      String group = parent(column);
      boolean lone = !group.isEmpty() && groupSizes.get(group) == 1
          && !columns.contains(group.substring(0, group.length() - 1));
      String name = lone ? column.substring(group.length()) : column;
      if (header.containsValue(name)) {
        name = column; // taking the prefix off would make two columns one
      }
      header.put(column, name);
    }
    return header;
  }

  /** Whether every amount of the table is a whole number of its unit, cents or not written. */
  private static boolean wholeUnits(List<TableRow> rows) {
    for (TableRow row : rows) {
      for (TableRow.Value v : row.values()) {
        if (v.value().value().stripTrailingZeros().scale() > 0) {
          return false;
        }
      }
    }
    return true;
  }

  private static Map<String, Mention> values(TableRow row) {
    Map<String, Mention> values = new LinkedHashMap<>();
    for (TableRow.Value v : row.values()) {
      values.putIfAbsent(v.column(), v.value());
    }
    return values;
  }

  private static boolean isTotal(String name) {
    return TOTAL_COLUMN.matcher(name).find();
  }

  private static String last(String column) {
    return column.substring(column.lastIndexOf('/') + 1);
  }

  private static String parent(String column) {
    int slash = column.lastIndexOf('/');
    return slash < 0 ? "" : column.substring(0, slash + 1);
  }

  private static int prefixDepth(String prefix) {
    return prefix.isEmpty() ? 0 : prefix.split("/").length;
  }
}
