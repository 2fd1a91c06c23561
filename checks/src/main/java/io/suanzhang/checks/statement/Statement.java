package io.suanzhang.checks.statement;

import io.suanzhang.core.check.Evidence;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.TableRow;
import io.suanzhang.core.mention.Mention;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One number stated about a subject, as the cross-reference and unit rules compare it: what it is
 * about, which stage of the money it is (budget, actual …), whether it is income or expenditure, the
 * year, and the qualifiers that narrow it (一般公共预算, 基本支出 …).
 *
 * @param index the position in reading order, unique within a report
 * @param fact the fact the number was read with, or null for a number no fact holds
 * @param quote the fact's sentence or row, or the number's sentence
 * @param column for a table value, the header path of its column; else null
 * @param subject what the number is about
 * @param stage the stage of the money; {@link Stage#UNKNOWN} when the text does not say
 * @param flow income, expenditure or either
 * @param year the fiscal year the number is of (the report's unless the text names another)
 * @param qualifiers the narrowing words of the table or the prose context
 * @param section the id of the innermost section, or null
 * @param sentence where the sentence (or table row) starts: two numbers of one sentence are two
 *     things, not one thing said twice
 */
public record Statement(
    int index,
    Mention number,
    @Nullable Fact fact,
    String quote,
    @Nullable String column,
    Subject subject,
    Stage stage,
    Flow flow,
    int year,
    Set<String> qualifiers,
    @Nullable String section,
    int sentence) {

  public Statement {
    qualifiers = Set.copyOf(qualifiers);
  }

  public boolean inTable() {
    return fact instanceof TableRow;
  }

  /** The number as written, with its column when it stands in a table: 3,503,499［财政拨款收入］. */
  public String written() {
    return column == null ? number.text() : number.text() + "［" + column + "］";
  }

  /** The number as evidence, quoted with its sentence or row. */
  public Evidence evidence(String role) {
    return Evidence.of(role, number, quote);
  }

  /** Where the number stands, for messages: its table, or the start of its sentence. */
  public String place() {
    String title = table();
    if (title != null) {
      return "表“" + title + "”";
    }
    String q = quote.strip().replaceAll("\\s+", " ");
    int n = q.codePointCount(0, q.length());
    String shown = "「" + (n <= 24 ? q : q.substring(0, q.offsetByCodePoints(0, 24)) + "…") + "」";
    return inTable() ? "表格行" + shown : shown;
  }

  /** The table's title, for messages. */
  @Nullable String table() {
    return fact instanceof TableRow row ? row.table() : null;
  }

  /** What a number is about. */
  public record Subject(List<String> names, List<String> path, Strength strength) {

    public Subject {
      names = List.copyOf(names);
      path = List.copyOf(path);
    }

    static Subject of(String name, Strength strength) {
      return new Subject(List.of(name), List.of(), strength);
    }

    public String name() {
      return names.get(0);
    }

    /** Whether the subject names something: a row, an item, a project or a specific label. */
    boolean specific() {
      return strength != Strength.WEAK && strength != Strength.LABEL;
    }
  }

  /** How sure the subject is. */
  public enum Strength {
    /** A name the report gives formally: a table row, a classification item, a project. */
    NAMED,
    /** A weak subject of the fact replaced by the item or project it stands under. */
    RESOLVED,
    /** The subject the fact was read with. */
    TEXT,
    /** The words before a number that is in no fact. */
    LABEL,
    /** A subject that names nothing by itself (项目, 预算安排, the department). */
    WEAK
  }

  /** The stage of money a number is at. */
  public enum Stage {
    BUDGET("预算数"),
    ADJUSTED("调整后预算数"),
    ALLOCATED("下达数"),
    ARRIVED("到位数"),
    ACTUAL("执行/决算数"),
    BALANCE("结余"),
    /** Points of a self-evaluation. */
    SCORE("得分"),
    /** A count, or a number the text does not say the stage of. */
    UNKNOWN("数值");

    private final String label;

    Stage(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Whether an amount comes in or goes out. */
  public enum Flow {
    INCOME,
    EXPENDITURE,
    EITHER;

    boolean compatible(Flow other) {
      return this == EITHER || other == EITHER || this == other;
    }
  }
}
