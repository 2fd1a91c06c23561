package io.suanzhang.core.fact;

import static java.util.Objects.requireNonNull;

import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Validation shared by the fact records. */
final class Facts {

  private Facts() {}

  static void requireCommon(String id, String subject, Span span, String quote) {
    requireNonNull(id, "id");
    requireNonNull(subject, "subject");
    requireNonNull(span, "span");
    requireNonNull(quote, "quote");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a fact needs an id");
    }
  }

  /** The non-null mentions, sorted by where they start. */
  static List<Mention> numbers(@Nullable Mention... mentions) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (m != null) {
        out.add(m);
      }
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return List.copyOf(out);
  }

  static IllegalArgumentException invalid(String format, @Nullable Object... args) {
    return new IllegalArgumentException(String.format(Locale.ROOT, format, args));
  }
}
