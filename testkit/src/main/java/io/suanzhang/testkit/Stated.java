package io.suanzhang.testkit;

import static java.util.Objects.requireNonNull;

import io.suanzhang.core.text.Span;

/**
 * A number a generated text states, where it states it: its role ({@code breakdown.total}, {@code
 * table.21015.basic} …), the numeral as written and its span in the text, in code points, end
 * exclusive. The answer key of a generated report is the list of these.
 */
public record Stated(String role, Numeral numeral, Span span) {

  public Stated {
    requireNonNull(role, "role");
    requireNonNull(numeral, "numeral");
    requireNonNull(span, "span");
  }

  /** The number as written: {@code numeral().text()}. */
  public String text() {
    return numeral.text();
  }
}
