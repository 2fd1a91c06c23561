package io.suanzhang.checks;

import static java.util.Objects.requireNonNull;

import io.suanzhang.core.check.Severity;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which rules run and how severe their findings are. {@link #DEFAULT} runs every rule found at the
 * severities the rules give. A severity set for a rule replaces the severity of its error and warning
 * findings; its {@code info} findings (breaks that rounding explains) stay {@code info}.
 *
 * <p>As properties ({@code suanzhang extract --rules FILE}, {@code suanzhang scan --rules FILE}):
 *
 * <pre>
 * rule.placeholder.enabled = false
 * rule.cross-reference.severity = warning
 * </pre>
 */
public record CheckConfig(Set<String> disabled, Map<String, Severity> severities) {

  public static final CheckConfig DEFAULT = new CheckConfig(Set.of(), Map.of());

  public CheckConfig {
    disabled = Set.copyOf(disabled);
    severities = Map.copyOf(severities);
  }

  public boolean enabled(String rule) {
    return !disabled.contains(rule);
  }

  public CheckConfig disable(String rule) {
    Set<String> more = new TreeSet<>(disabled);
    more.add(requireNonNull(rule, "rule"));
    return new CheckConfig(more, severities);
  }

  public CheckConfig severity(String rule, Severity severity) {
    Map<String, Severity> more = new TreeMap<>(severities);
    more.put(requireNonNull(rule, "rule"), requireNonNull(severity, "severity"));
    return new CheckConfig(disabled, more);
  }

  /**
   * Reads {@code rule.<id>.enabled} and {@code rule.<id>.severity} keys; any other key, or a value
   * that is not {@code true}/{@code false} or a severity, is rejected so that a typo does not pass
   * silently.
   */
  public static CheckConfig of(Properties properties) {
    CheckConfig config = DEFAULT;
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      String value = properties.getProperty(key).trim().toLowerCase(Locale.ROOT);
      String[] parts = key.trim().split("\\.");
      if (parts.length != 3 || !parts[0].equals("rule")) {
        throw new IllegalArgumentException(
            "unknown setting '" + key + "': expected rule.<id>.enabled or rule.<id>.severity");
      }
      switch (parts[2]) {
        case "enabled" -> {
          if (value.equals("false")) {
            config = config.disable(parts[1]);
          } else if (!value.equals("true")) {
            throw new IllegalArgumentException(key + " must be true or false, not '" + value + "'");
          }
        }
        case "severity" -> {
          try {
            config = config.severity(parts[1], Severity.of(value));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                key + " must be error, warning or info, not '" + value + "'", e);
          }
        }
        default -> throw new IllegalArgumentException(
            "unknown setting '" + key + "': expected rule.<id>.enabled or rule.<id>.severity");
      }
    }
    return config;
  }
}
