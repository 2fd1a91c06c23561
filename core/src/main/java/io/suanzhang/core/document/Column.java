package io.suanzhang.core.document;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table column: the header texts above it from the top down, spanning headers included
 * (["本年支出", "基本支出"]), and the unit its header states (预算数（万元） → 万元), if any.
 */
public record Column(int index, List<String> headers, @Nullable String unit) {

  public Column {
    requireNonNull(headers, "headers");
    headers = List.copyOf(headers);
  }

  /** The headers joined: 本年支出/基本支出. */
  public String label() {
    return String.join("/", headers);
  }
}
