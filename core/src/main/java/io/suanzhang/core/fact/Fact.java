package io.suanzhang.core.fact;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.text.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One statement of a report, typed. Every fact has an id unique within its analysis ({@code f12}),
 * the id of the section it stands in, its subject (the department, a project such as 医疗救助监管, a
 * category such as 公务接待费 or 一般公共服务支出), the span of the sentence or table row it was read
 * from with that text as {@code quote}, and the mentions of every number it uses.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Amount.class, name = "amount"),
  @JsonSubTypes.Type(value = Rate.class, name = "rate"),
  @JsonSubTypes.Type(value = Breakdown.class, name = "breakdown"),
  @JsonSubTypes.Type(value = Comparison.class, name = "comparison"),
  @JsonSubTypes.Type(value = Score.class, name = "score"),
  @JsonSubTypes.Type(value = Indicator.class, name = "indicator"),
  @JsonSubTypes.Type(value = TableRow.class, name = "row")
})
public sealed interface Fact
    permits Amount, Rate, Breakdown, Comparison, Score, Indicator, TableRow {

  String id();

  /** The id of the innermost section holding the fact, or {@code null} before the first heading. */
  @Nullable String section();

  String subject();

  Span span();

  /**
   * The text of {@link #span}: the sentence or table row the fact was read from, or of abnormally long
   * prose only the part around its numbers ({@link io.suanzhang.core.text.Quotes#around}). At most {@value
   * io.suanzhang.core.text.Quotes#MAX_LENGTH} code points; a longer text keeps its beginning and ends in
   * {@code …} (see {@link io.suanzhang.core.text.Quotes}).
   */
  String quote();

  /** Every number the fact uses, in reading order. */
  @JsonIgnore
  List<Mention> numbers();
}
