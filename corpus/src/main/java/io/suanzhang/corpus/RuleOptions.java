package io.suanzhang.corpus;

import io.suanzhang.checks.CheckConfig;
import io.suanzhang.checks.Checks;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.check.Severity;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options that choose and configure rules, shared by the commands that check. */
final class RuleOptions {

  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description = "rule settings: rule.<id>.enabled=false, rule.<id>.severity=warning")
  @Nullable Path settings;

  @Option(names = "--disable", paramLabel = "RULE", split = ",", description = "rules to switch off")
  List<String> disabled = new ArrayList<>();

  /** The configured rule engine; an unknown rule or a bad settings file is a usage error. */
  Checks checks() throws IOException {
    CheckConfig config = CheckConfig.DEFAULT;
    if (settings != null) {
      Properties properties = new Properties();
      try (Reader in = Files.newBufferedReader(settings, StandardCharsets.UTF_8)) {
        properties.load(in);
      }
      config = CheckConfig.of(properties);
    }
    for (String rule : disabled) {
      config = config.disable(rule.trim());
    }
    return Checks.configured(config);
  }

  static boolean hasErrors(Analysis analysis) {
    return analysis.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }
}
