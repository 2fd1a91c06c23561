package io.suanzhang.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.check.Severity;
import java.io.IOException;
import java.io.StringReader;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CheckConfigTest {

  private static CheckConfig parse(String text) throws IOException {
    Properties p = new Properties();
    p.load(new StringReader(text));
    return CheckConfig.of(p);
  }

  @Test
  void readsEnabledAndSeverity() throws IOException {
    CheckConfig c = parse("rule.sum.enabled = false\nrule.ratio.severity = Warning\n");
    assertFalse(c.enabled("sum"));
    assertTrue(c.enabled("ratio"));
    assertEquals(Severity.WARNING, c.severities().get("ratio"));
  }

  @Test
  void rejectsTyposInsteadOfIgnoringThem() {
    assertThrows(IllegalArgumentException.class, () -> parse("rules.sum.enabled=false"));
    assertThrows(IllegalArgumentException.class, () -> parse("rule.sum.enable=false"));
    assertThrows(IllegalArgumentException.class, () -> parse("rule.sum.enabled=no"));
    assertThrows(IllegalArgumentException.class, () -> parse("rule.sum.severity=fatal"));
  }
}
