package io.suanzhang.extract.fact;

import io.suanzhang.core.fact.Amount;
import io.suanzhang.core.fact.Breakdown;
import io.suanzhang.core.fact.Comparison;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Rate;
import io.suanzhang.core.fact.Score;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.text.Quotes;
import io.suanzhang.core.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Narrows the span and quote of a fact read from an abnormally long passage of prose to the clauses
 * around its numbers ({@link Quotes#around}), once every reader is done with the whole passage. Table
 * rows and indicators keep their row: a row is its own unit, however wide.
 */
final class Passages {

  private Passages() {}

  static List<Fact> narrowed(FactContext context, List<Fact> facts) {
    List<Fact> out = new ArrayList<>(facts.size());
    for (Fact f : facts) {
      out.add(f.span().length() <= Quotes.WHOLE || f.numbers().isEmpty() ? f : narrowed(context, f));
    }
    return out;
  }

  private static Fact narrowed(FactContext context, Fact f) {
    Span span = f.span();
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (Mention m : f.numbers()) {
      first = Math.min(first, m.start());
      last = Math.max(last, m.end());
    }
    Span around = Quotes.around(span, context.quote(span.start(), span.end()), Span.of(first, last));
    if (around.equals(span)) {
      return f;
    }
    Span s = context.span(around.start(), around.end());
    String q = context.quote(around.start(), around.end());
    if (f instanceof Amount a) {
      return new Amount(a.id(), a.section(), a.subject(), a.measure(), a.value(), s, q);
    } else if (f instanceof Rate r) {
      return new Rate(r.id(), r.section(), r.subject(), r.measure(), r.value(), r.numerator(),
          r.denominator(), r.numeratorParts(), s, q);
    } else if (f instanceof Breakdown b) {
      return new Breakdown(b.id(), b.section(), b.subject(), b.total(), b.parts(), b.exhaustive(), s, q);
    } else if (f instanceof Comparison c) {
      return new Comparison(c.id(), c.section(), c.subject(), c.baseYear(), c.current(), c.base(),
          c.direction(), c.change(), c.rate(), s, q);
    } else if (f instanceof Score c) {
      return new Score(c.id(), c.section(), c.subject(), c.parent(), c.level(), c.full(), c.score(),
          c.grade(), s, q);
    }
    return f;
  }
}
