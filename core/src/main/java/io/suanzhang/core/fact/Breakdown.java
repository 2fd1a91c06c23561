package io.suanzhang.core.fact;

import static java.util.Objects.requireNonNull;

import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.text.Quotes;
import io.suanzhang.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A total and its parts: 其中 lists, itemised lists, in-transit lists. {@code total} is null when the
 * parts are listed without one; a part may state its share of the total (占76.33%). {@code
 * exhaustive} says whether the parts are meant to make up the whole total (其中基本支出…，项目支出…),
 * as opposed to naming one notable part (其中项目支出预算782.25万元).
 */
public record Breakdown(
    String id,
    @Nullable String section,
    String subject,
    @Nullable Mention total,
    List<Part> parts,
    boolean exhaustive,
    Span span,
    String quote)
    implements Fact {

  /** One part: its label (基本支出), its value and the share of the total it states, if any. */
  public record Part(String label, Mention value, @Nullable Mention share) {
    public Part {
      requireNonNull(label, "label");
      requireNonNull(value, "value");
    }
  }

  public Breakdown {
    Facts.requireCommon(id, subject, span, quote);
    quote = Quotes.capped(quote);
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw Facts.invalid("breakdown %s has no parts", id);
    }
  }

  @Override
  public List<Mention> numbers() {
    List<Mention> all = new ArrayList<>();
    if (total != null) {
      all.add(total);
    }
    for (Part p : parts) {
      all.add(p.value());
      if (p.share() != null) {
        all.add(p.share());
      }
    }
    return Facts.numbers(all.toArray(Mention[]::new));
  }
}
