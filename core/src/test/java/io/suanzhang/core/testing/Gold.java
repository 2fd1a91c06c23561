package io.suanzhang.core.testing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.suanzhang.core.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A hand-checked annotation of a seed report, as described in {@code ../shared/gold/README.md}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Gold(
    String doc,
    Map<String, Object> report,
    List<Money> money,
    List<Percent> percent,
    List<Relation> relations,
    List<Error> errors) {

  public Gold {
    money = money == null ? List.of() : List.copyOf(money);
    percent = percent == null ? List.of() : List.copyOf(percent);
    relations = relations == null ? List.of() : List.copyOf(relations);
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Money(int start, int end, String text, BigDecimal yuan) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Percent(int start, int end, String text, BigDecimal value) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Relation(
      String id,
      String kind,
      @Nullable String statement,
      @Nullable String stated,
      @Nullable List<String> inputs,
      @Nullable String recomputed,
      boolean holds,
      @Nullable List<String> quotes) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Error(
      String id,
      String kind,
      @Nullable String description,
      @Nullable List<String> quotes,
      @Nullable List<String> relations,
      boolean borderline) {}

  public static Gold read(Path file) {
    try {
      return Json.mapper().readValue(file.toFile(), Gold.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold file " + file, e);
    }
  }

  /** Every gold file in {@code ../shared/gold}, or the test is skipped when the corpus is absent. */
  public static List<Path> files() {
    return SharedFiles.files(SharedFiles.gold(), ".json");
  }
}
