package io.suanzhang.corpus.worker;

import io.suanzhang.checks.CheckConfig;
import io.suanzhang.checks.Checks;
import io.suanzhang.checks.cross.CrossDocuments;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The rule options of the command line ({@code --rules FILE}, {@code --disable RULE}), in a form a
 * worker process can be given.
 */
public record RuleSettings(@Nullable Path file, List<String> disabled) {

  public static final RuleSettings DEFAULT = new RuleSettings(null, List.of());

  public RuleSettings {
    disabled = disabled.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** The configured rule engine; an unknown rule or a bad settings file is a usage error. */
  public Checks checks() throws IOException {
    return Checks.configured(documentConfig());
  }

  /**
   * The settings of the scan's {@link CrossDocuments#RULE cross-document} checks, which no single
   * document's engine runs: whether they run, and the severity that replaces their warnings.
   */
  public CrossDocuments.Settings crossDocuments() throws IOException {
    CheckConfig all = config();
    return new CrossDocuments.Settings(
        all.enabled(CrossDocuments.RULE), all.severities().get(CrossDocuments.RULE));
  }

  /**
   * The settings of every rule but the scan's own: what a document's result depends on, so what a
   * kept result is matched by (switching cross-document checks re-reads nothing).
   */
  public CheckConfig documentConfig() throws IOException {
    CheckConfig all = config();
    Set<String> disabled = new TreeSet<>(all.disabled());
    disabled.remove(CrossDocuments.RULE);
    Map<String, io.suanzhang.core.check.Severity> severities = new TreeMap<>(all.severities());
    severities.remove(CrossDocuments.RULE);
    return new CheckConfig(disabled, severities);
  }

  private CheckConfig config() throws IOException {
    CheckConfig config = CheckConfig.DEFAULT;
    if (file != null) {
      Properties properties = new Properties();
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(in);
      }
      config = CheckConfig.of(properties);
    }
    for (String rule : disabled) {
      config = config.disable(rule);
    }
    return config;
  }

  /** The same settings as worker arguments. */
  public List<String> arguments() {
    List<String> args = new ArrayList<>();
    if (file != null) {
      args.add("--rules");
      args.add(file.toAbsolutePath().toString());
    }
    if (!disabled.isEmpty()) {
      args.add("--disable");
      args.add(String.join(",", disabled));
    }
    return args;
  }
}
