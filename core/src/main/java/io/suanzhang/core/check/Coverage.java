package io.suanzhang.core.check;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import io.suanzhang.core.Span;
import java.util.List;
import java.util.Locale;

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

  /** A number no rule used, and the reason. */
  public record Unchecked(String text, Span span, Reason reason) {
    public Unchecked {
      requireNonNull(text, "text");
      requireNonNull(span, "span");
      requireNonNull(reason, "reason");
    }
  }

  /** Why a number took part in no check. */
  public enum Reason {
    /** No statement around the number was recognised: it is in no fact. */
    NO_FACT,
    /** Its fact states it once and relates it to no other number a rule could recompute it from. */
    NOTHING_TO_RELATE;

    @JsonValue
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
