package io.suanzhang.checks.rule;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.checks.CheckConfig;
import io.suanzhang.checks.Checked;
import io.suanzhang.checks.Checks;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.testing.SharedFiles;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ratio, share, growth and difference rules are found, documented and can be switched off. */
class RuleCatalogueTest {

  private static final List<String> IDS = List.of("ratio", "share", "growth", "difference");

  /** One sentence that each of the four rules evaluates. */
  private static final String TEXT =
      "2020年本年支出合计91.68万元，其中：基本支出69.98万元，占76.33%；项目支出21.70万元，占23.67%。"
          + "与2019年36.57万元相比，支出增加55.11万元，增长150.70%。"
          + "项目支出预算782.25万元，实际支出315.82万元，预算执行率40.37%。";

  @TempDir Path dir;

  @Test
  void standardChecksFindEachRule() {
    List<String> ids = Checks.standard().ruleIds();
    for (String id : IDS) {
      assertTrue(ids.contains(id), () -> id + " is not listed in META-INF/services: " + ids);
    }
  }

  @Test
  void eachRuleHasASectionInTheCatalogue() throws Exception {
    Path catalogue = SharedFiles.repositoryRoot().resolve("docs/rules.md");
    List<String> lines = Files.readAllLines(catalogue, StandardCharsets.UTF_8);
    for (String id : IDS) {
      assertTrue(lines.contains("## " + id), () -> "docs/rules.md has no section '## " + id + "'");
    }
  }

  @Test
  void eachRuleEvaluatesTheSampleAndCanBeSwitchedOff() throws Exception {
    Path file = dir.resolve("report.txt");
    Files.writeString(file, TEXT, StandardCharsets.UTF_8);
    Analysis all = Checked.analyse(file);
    for (String id : IDS) {
      assertTrue(all.checks().stream().anyMatch(c -> c.rule().equals(id)), () -> id + " is silent");
      Properties settings = new Properties();
      settings.load(new StringReader("rule." + id + ".enabled = false"));
      Analysis without = Checked.analyse(Checks.configured(CheckConfig.of(settings)), file);
      assertFalse(without.checks().stream().anyMatch(c -> c.rule().equals(id)), id + " still ran");
    }
  }
}
