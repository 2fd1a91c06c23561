package io.suanzhang.core;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The format a document was read from, decided by its content rather than its file name. */
public enum Format {
  TEXT,
  MARKDOWN,
  CSV,
  PDF,
  DOCX,
  DOC,
  XLSX,
  XLS,
  HTML,
  RTF,
  UNKNOWN;

  @JsonValue
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
