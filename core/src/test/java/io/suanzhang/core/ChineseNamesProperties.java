package io.suanzhang.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.suanzhang.core.fact.Measure;
import io.suanzhang.core.fact.RateKind;
import io.suanzhang.core.mention.MoneyUnit;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Enums a person reads print their Chinese name, and printing is not JSON: each writes the name it
 * always wrote and reads back as itself.
 */
class ChineseNamesProperties {

  @Property
  void aReportKindPrintsItsLabelAndWritesItToo(@ForAll ReportKind kind) throws Exception {
    assertEquals(kind.label(), kind.toString());
    assertEquals(quoted(kind.label()), Json.mapper().writeValueAsString(kind));
    assertEquals(kind, Json.mapper().readValue(quoted(kind.label()), ReportKind.class));
  }

  @Property
  void aMeasurePrintsItsLabelAndWritesItsName(@ForAll Measure measure) throws Exception {
    assertEquals(measure.label(), measure.toString());
    String json = quoted(measure.name().toLowerCase(Locale.ROOT));
    assertEquals(json, Json.mapper().writeValueAsString(measure));
    assertEquals(measure, Json.mapper().readValue(json, Measure.class));
  }

  @Property
  void aRateKindPrintsItsLabelAndWritesItsName(@ForAll RateKind rate) throws Exception {
    assertEquals(rate.label(), rate.toString());
    String json = quoted(rate.name().toLowerCase(Locale.ROOT));
    assertEquals(json, Json.mapper().writeValueAsString(rate));
    assertEquals(rate, Json.mapper().readValue(json, RateKind.class));
  }

  @Property
  void aMoneyUnitPrintsAndWritesItsSymbol(@ForAll MoneyUnit unit) throws Exception {
    assertEquals(unit.symbol(), unit.toString());
    assertEquals(quoted(unit.symbol()), Json.mapper().writeValueAsString(unit));
    assertEquals(unit, Json.mapper().readValue(quoted(unit.symbol()), MoneyUnit.class));
  }

  private static String quoted(String s) {
    return "\"" + s + "\"";
  }
}
