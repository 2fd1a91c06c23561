package io.suanzhang.corpus.scan;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.suanzhang.core.Json;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies a kept analysis under another input's name, token by token: the same as {@link
 * io.suanzhang.corpus.worker.Worker#renamed} on the parsed analysis — the source path and the name
 * in error and warning messages replaced — without ever holding the analysis (a duplicate of a 2,000-page PDF is as large as it).
 * Numbers are copied as written and strings written by the same generator settings that wrote them,
 * so the copy is byte for byte what writing the renamed analysis gives.
 */
final class Renaming {

  private Renaming() {}

  static void copy(Path json, String from, String to, OutputStream out) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(json), 1 << 16);
        JsonParser p = Json.mapper().createParser(in);
        JsonGenerator g = Json.mapper().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        switch (t) {
          case VALUE_STRING -> {
            String s = p.getText();
            g.writeString(renames(p.getParsingContext()) ? s.replace(from, to) : s);
          }
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(p.getText());
          default -> g.copyCurrentEvent(p);
        }
      }
    }
  }

  /**
   * Whether a string is {@code source.path}, or the {@code message} of an error or a warning. {@code
   * value} is the object the string is a field of.
   */
  private static boolean renames(JsonStreamContext value) {
    String field = value.getCurrentName();
    JsonStreamContext parent = value.getParent();
    if (field == null || parent == null || !value.inObject()) {
      return false;
    }
    if (field.equals("path")) {
      return isField(parent, "source");
    }
    return field.equals("message") && parent.inArray() && parent.getParent() != null
        && (isField(parent.getParent(), "errors") || isField(parent.getParent(), "warnings"));
  }

  /** Whether {@code analysis} is the analysis object itself, at its field {@code name}. */
  private static boolean isField(JsonStreamContext analysis, String name) {
    JsonStreamContext root = analysis.getParent();
    return analysis.inObject() && name.equals(analysis.getCurrentName()) && root != null
        && root.inRoot();
  }
}
