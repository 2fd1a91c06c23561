package io.suanzhang.core.check;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import io.suanzhang.core.text.Span;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How many of a report's numbers took part in some check, and for each one that did not, why not.
 */
@JsonPropertyOrder({"numbers", "checked", "unchecked"})
public record Coverage(int numbers, int checked, List<Unchecked> unchecked) {

  public static final Coverage NONE = new Coverage(0, 0, List.of());

  public Coverage {
    unchecked = List.copyOf(unchecked);
    if (numbers < 0 || checked < 0 || checked + unchecked.size() != numbers) {
      throw new IllegalArgumentException(
          "coverage of " + numbers + " numbers cannot have " + checked + " checked and "
              + unchecked.size() + " unchecked");
    }
  }

  /** The share of numbers checked, 1 when there are none. */
  @JsonIgnore
  public double ratio() {
    return numbers == 0 ? 1 : (double) checked / numbers;
  }

  /**
   * A number no rule used, and the reason. {@code missing} says what an {@link Reason#UNRESOLVED
   * unresolved} number lacks and is {@code null} for every other reason; JSON always writes it.
   */
  @JsonPropertyOrder({"text", "span", "reason", "missing"})
  public record Unchecked(String text, Span span, Reason reason, @Nullable Missing missing) {
    public Unchecked {
      requireNonNull(text, "text");
      requireNonNull(span, "span");
      requireNonNull(reason, "reason");
      if ((reason == Reason.UNRESOLVED) != (missing != null)) {
        throw new IllegalArgumentException(
            "unchecked " + text + ": reason " + reason.jsonName() + " with missing " + missing
                + "; only an unresolved number says what it misses, and it must");
      }
    }

    /** A number left out for a reason that names no missing operand: every reason but unresolved. */
    public static Unchecked of(String text, Span span, Reason reason) {
      return new Unchecked(text, span, reason, null);
    }

    /** A number that states a relation whose operand {@code missing} is not stated or resolved. */
    public static Unchecked unresolved(String text, Span span, Missing missing) {
      return new Unchecked(text, span, Reason.UNRESOLVED, requireNonNull(missing, "missing"));
    }
  }

  /** Why a number took part in no check. */
  public enum Reason {
    /** No statement around the number was recognised: it is in no fact. */
    NO_FACT,
    /**
     * Its facts state it as a plain value (支出50万元, a part of a list, a table cell): it is not the
     * result of a relation, and no rule used it as an operand.
     */
    NOTHING_TO_RELATE,
    /**
     * It states the result of a relation — a rate, a share, a change, a total — but the numbers it is
     * computed from are not all there: {@link Unchecked#missing()} says which.
     */
    UNRESOLVED,
    /**
     * It states the result of a relation and its facts give every number it is computed from, yet no
     * rule evaluated it: a number written as a bound or approximately (≥90%, 约65%), operands in
     * units that do not convert, a base that may be zero.
     */
    NOT_EVALUATED;

    @JsonValue
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The operand an {@link Reason#UNRESOLVED unresolved} number lacks. */
  public enum Missing {
    /**
     * A value a rate or a change is computed from: an execution rate without its budget (执行率64.79%
     * alone) or without the amount spent, a growth rate with neither the previous value nor the change
     * and the current value, a change (比上年增加55.11万元) without both values it lies between.
     */
    NO_BASE,
    /** The whole a share is of: 占比30%, 占…的比重为46.8% where the amount of the whole is not stated. */
    NO_WHOLE,
    /**
     * The parts a total adds up: 合计100万元 or 共计 with no parts listed, a table's 合计 row or column
     * whose parts were not found.
     */
    NO_PARTS;

    @JsonValue
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
