package io.suanzhang.core.document;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What was read badly or not at all in a document that could otherwise be read. */
public enum WarningCode {
  /** A page's text layer maps glyphs to the wrong characters (a font without a Unicode map). */
  UNREADABLE_TEXT,
  /** A page has no text layer at all: a scan or an image. */
  NO_TEXT,
  /** The page was read by OCR instead of its text layer. */
  OCR_USED,
  /** OCR would be needed but is not installed. */
  OCR_UNAVAILABLE,
  /** Part of the document was skipped: an embedded object, an unreadable sheet or stream. */
  SKIPPED_CONTENT,
  /**
   * Numbers too long to be amounts (more than 30 digits, or more than three magnitudes such as 万 or 亿
   * before the unit) were left as text: no mention, no value.
   */
  NUMBER_TOO_LONG;

  @JsonValue
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
