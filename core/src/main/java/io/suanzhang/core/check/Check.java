package io.suanzhang.core.check;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.suanzhang.core.text.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One relation a rule evaluated, whether it holds or not: the rule, the relation written out
 * ({@code 64.79% = 916.11万元 / 1413.96万元}), whether it holds at the written precision, the finding
 * it gave when it does not, and the spans of every number in it. Together the checks say what was
 * verified: a checker that stays silent has still shown its work.
 */
@JsonPropertyOrder({"rule", "relation", "holds", "finding", "numbers"})
public record Check(
    String rule, String relation, boolean holds, @Nullable String finding, List<Span> numbers) {

  public Check {
    requireNonNull(rule, "rule");
    requireNonNull(relation, "relation");
    numbers = List.copyOf(numbers);
  }
}
