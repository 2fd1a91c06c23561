package io.suanzhang.core.fact;

import static java.util.Objects.requireNonNull;

import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.text.Quotes;
import io.suanzhang.core.text.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A row of a financial table keyed by its classification code and name: 2080505 机关事业单位基本养老保险缴费支出
 * with its 合计, 基本支出 and 项目支出. {@code code} is the 功能分类 or 经济分类 code as written (208,
 * 20805, 2080505; 301, 30101) or null for a row named only (总计, 一般公共预算财政拨款收入); {@code
 * parentCode} the code it falls under (20805 for 2080505), {@code level} 1 for 类, 2 for 款, 3 for 项
 * and 0 for an uncoded row. Each value names its column by the header path ({@code 本年支出/基本支出}).
 */
public record TableRow(
    String id,
    @Nullable String section,
    String subject,
    @Nullable String table,
    int row,
    @Nullable String code,
    @Nullable String parentCode,
    int level,
    List<Value> values,
    Span span,
    String quote)
    implements Fact {

  /** A column's value in this row. */
  public record Value(String column, Mention value) {
    public Value {
      requireNonNull(column, "column");
      requireNonNull(value, "value");
    }
  }

  public TableRow {
    Facts.requireCommon(id, subject, span, quote);
    quote = Quotes.capped(quote);
    values = List.copyOf(values);
    if (level < 0) {
      throw Facts.invalid("row %s: level %d is negative", id, level);
    }
  }

  @Override
  public List<Mention> numbers() {
    return Facts.numbers(values.stream().map(Value::value).toArray(Mention[]::new));
  }
}
