package io.suanzhang.corpus.scan;

import com.fasterxml.jackson.databind.JsonNode;
import io.suanzhang.checks.CheckConfig;
import io.suanzhang.core.Json;
import io.suanzhang.corpus.worker.Worker;
import java.io.IOException;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What the kept results of an output folder were made by, as {@code DIR/.suanzhang/scan.json} records
 * it: the build and the rule settings. Results of another origin are not reused. The limits are no part
 * of it (a result that hit one is read again when it is raised: {@link Limits}), nor are the test hooks
 * of {@link Worker} (a test slows a run down to kill it, then resumes it without).
 *
 * @param version the Maven version of the build
 * @param build the build's id ({@link Build#id()})
 * @param rules the rule settings, as text
 */
record Origin(String version, String build, String rules) {

  static Origin of(Build build, CheckConfig rules) {
    return new Origin(build.version(), build.id(), "disabled=" + new TreeSet<>(rules.disabled())
        + " severities=" + new TreeMap<>(rules.severities()));
  }

  /** Reads {@code scan.json}; fields an older scan did not write (or a damaged file) are empty. */
  static Origin parse(String json) {
    JsonNode node;
    try {
      node = Json.mapper().readTree(json);
    } catch (IOException e) {
      node = null;
    }
    if (node == null) {
      return new Origin("", "", "");
    }
    return new Origin(
        node.path("version").asText(""), node.path("build").asText(""), node.path("rules").asText(""));
  }

  String json() throws IOException {
    return Json.mapper().writeValueAsString(this) + "\n";
  }

  /** Why results made by {@code earlier} cannot stand for this origin's; {@code null} where they can. */
  @Nullable String whyNot(Origin earlier) {
    if (earlier.build.isEmpty()) {
      return "made by an earlier version of suanzhang, which did not record its build";
    }
    if (!earlier.build.equals(build) || !earlier.version.equals(version)) {
      return "made by another build of suanzhang (" + name(earlier) + "; this is " + name(this) + ")";
    }
    if (!earlier.rules.equals(rules)) {
      return "made with other rule settings (" + earlier.rules + "; now " + rules + ")";
    }
    return null;
  }

  private static String name(Origin o) {
    return new Build(o.version, o.build).toString();
  }
}
