package io.suanzhang.testkit.render;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table cell that is a plain number ({@code 1,234.50}, {@code 91.68}, {@code 0}, {@code 93%}) and
 * the Excel number format that displays it exactly as written: a spreadsheet stores the value, and
 * the format brings back the grouping, the decimals and the percent sign.
 */
record NumberCell(BigDecimal written, String format, boolean percent) {

  /** No leading zeros ({@code 007} is a code) and at most 15 significant digits (a double's worth). */
  private static final Pattern NUMBER =
      Pattern.compile("(-?)(\\d{1,3}(?:,\\d{3})+|0|[1-9]\\d*)(?:\\.(\\d+))?(%?)");
  private static final int DOUBLE_DIGITS = 15;

  static Optional<NumberCell> of(String cell) {
    Matcher m = NUMBER.matcher(cell);
    if (!m.matches()) {
      return Optional.empty();
    }
    boolean grouped = m.group(2).indexOf(',') >= 0;
    String decimals = m.group(3) == null ? "" : m.group(3);
    boolean percent = !m.group(4).isEmpty();
    String digits = m.group(1) + m.group(2).replace(",", "");
    BigDecimal value = new BigDecimal(decimals.isEmpty() ? digits : digits + "." + decimals);
    if (value.precision() > DOUBLE_DIGITS) {
      return Optional.empty();
    }
    String format =
        (grouped ? "#,##0" : "0")
            + (decimals.isEmpty() ? "" : "." + "0".repeat(decimals.length()))
            + (percent ? "%" : "");
    return Optional.of(new NumberCell(value, format, percent));
  }

  /** What the cell stores: a percent as its fraction, since the {@code %} format multiplies by 100. */
  double stored() {
    return (percent ? written.movePointLeft(2) : written).doubleValue();
  }
}
