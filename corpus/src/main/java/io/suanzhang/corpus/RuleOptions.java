package io.suanzhang.corpus;

import io.suanzhang.checks.Checks;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.check.Severity;
import io.suanzhang.corpus.worker.RuleSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    return settings().checks();
  }

  /** The same options in a form a scan's worker processes can be given. */
  RuleSettings settings() {
    return new RuleSettings(settings, disabled);
  }

  static boolean hasErrors(Analysis analysis) {
    return analysis.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }
}
