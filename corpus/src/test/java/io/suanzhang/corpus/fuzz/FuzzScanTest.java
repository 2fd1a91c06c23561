package io.suanzhang.corpus.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.suanzhang.core.Json;
import io.suanzhang.corpus.CommandLines;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scans a generated fuzz corpus ({@link FuzzCorpus}) as a user would, through the command line, and
 * holds it to the laws of issue 15: one record per input, archive entries included; no input {@code
 * crashed}, {@code internal} or {@code out_of_memory}; no stack trace in what the user sees; no
 * worker above its heap.
 *
 * <p>The build runs a few hundred inputs of a fixed seed. The same test makes and scans any number,
 * from any seed, with {@code -Dfuzz.inputs=10000 -Dfuzz.seed=N}; {@code -Dfuzz.dir=DIR} keeps the
 * corpus in DIR (for {@code bin/suanzhang scan}), {@code -Dfuzz.seedBytes} admits larger shared
 * reports as seeds (see the README's "Fuzzing").
 */
class FuzzScanTest {

  /** A Java stack frame as a JVM prints it, or the head of an uncaught exception. */
  static final Pattern STACK_TRACE =
      Pattern.compile("(?m)^\\s+at [\\w$.]+\\(|Exception in thread|^Caused by: ");

  private static final Pattern PEAK_HEAP = Pattern.compile("peak worker heap (\\d+) MB of (\\d+) MB");

  /** Codes that are the scan's own failure, never an input's. */
  private static final Set<String> FORBIDDEN = Set.of("crashed", "internal", "out_of_memory");

  @TempDir Path temp;

  @Test
  void everyInputGetsOneRecordAndNoneCrashesOrLeaksAStackTrace() throws Exception {
    long seed = Long.getLong("fuzz.seed", 15);
    String kept = System.getProperty("fuzz.dir", "");
    Path dir = kept.isBlank() ? temp.resolve("corpus") : Path.of(kept);
    List<FuzzInput> inputs = corpus(temp, dir, Integer.getInteger("fuzz.inputs", 200));
    Path out = temp.resolve("out");

    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    ByteArrayOutputStream direct = new ByteArrayOutputStream();
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    int status;
    // What a library prints straight to the JVM's own streams reaches the user too.
    try (PrintStream capture = new PrintStream(direct, true, UTF_8)) {
      System.setOut(capture);
      System.setErr(capture);
      status = CommandLines.run(new PrintWriter(stdout), new PrintWriter(stderr),
          "scan", dir.toString(), "--out", out.toString(), "--jobs", System.getProperty("fuzz.jobs", "2"));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
    String shown = stdout + "\n" + stderr + "\n" + direct.toString(UTF_8);

    assertTrue(Files.isRegularFile(out.resolve("documents.jsonl")), () -> "no documents.jsonl, exit " + status
        + ":\n" + excerpt(shown));
    Map<String, String> messages = new HashMap<>();
    Map<String, List<String>> codes = records(out.resolve("documents.jsonl"), messages);
    Map<String, Integer> byCode = new TreeMap<>();
    codes.values().forEach(c -> byCode.merge(c.isEmpty() ? "ok" : c.get(0), 1, Integer::sum));
    oldOut.printf(Locale.ROOT, "fuzz seed %d: %d inputs, %d records, exit %d, first codes %s%n",
        seed, inputs.size(), codes.size(), status, byCode);
    String[] totals = stdout.toString().split("\n");
    for (int k = Math.max(0, totals.length - 7); k < totals.length; k++) {
      oldOut.println(totals[k]);
    }

    // A time-out is an input's status, not a failure of the scan, but each one may be a cost that is
    // not linear in the input: named here so that a long run shows where to look.
    codes.forEach((name, c) -> {
      if (!c.isEmpty() && c.get(0).equals("timeout")) {
        oldOut.println("timed out: " + name + ": " + messages.get(name));
      }
    });

    List<String> broken = broken(inputs, codes, messages);
    assertTrue(broken.isEmpty(), () -> String.join("\n", broken));
    assertFalse(STACK_TRACE.matcher(shown).find(), () -> "a stack trace reached the user:\n" + excerpt(shown));
    assertTrue(status == 0 || status == 1 || status == 2, () -> "exit " + status + "\n" + stderr);
    Matcher peak = PEAK_HEAP.matcher(stdout.toString());
    assertTrue(peak.find(), () -> "the totals name the peak worker heap:\n" + stdout);
    assertTrue(Long.parseLong(peak.group(1)) <= Long.parseLong(peak.group(2)), peak::group);
  }

  /**
   * {@code count} inputs of the fuzz corpus written into {@code dir}, from {@code -Dfuzz.seed}
   * (default 15), with huge documents when {@code -Dfuzz.huge=true}; seeds no larger than {@code
   * -Dfuzz.seedBytes} (default 400,000 bytes).
   */
  static List<FuzzInput> corpus(Path temp, Path dir, int count) throws IOException {
    List<Seed> seeds = Seed.load(Long.getLong("fuzz.seedBytes", 400_000), 3, temp.resolve("renderings"));
    return new FuzzCorpus(seeds, Long.getLong("fuzz.seed", 15), dir, Boolean.getBoolean("fuzz.huge")).write(count);
  }

  /**
   * What breaks the laws: an input with no record, or not one per archive entry; a record of no
   * input; a record whose codes include one of {@link #FORBIDDEN}.
   */
  static List<String> broken(List<FuzzInput> inputs, Map<String, List<String>> codes, Map<String, String> messages) {
    List<String> broken = new ArrayList<>();
    Set<String> explained = new HashSet<>();
    for (FuzzInput input : inputs) {
      String path = input.file().toString();
      List<String> own = codes.keySet().stream()
          .filter(p -> p.equals(path) || p.startsWith(path + "!/"))
          .toList();
      explained.addAll(own);
      if (input.entries() > 0 && own.size() != input.entries()) {
        broken.add(String.format(Locale.ROOT, "%s: %d records for %d entries", path, own.size(), input.entries()));
      } else if (own.isEmpty()) {
        // Any other file is one record, or, named .zip and opening as one, a record per entry.
        broken.add("no record for " + input.how() + " " + path);
      } else if (!path.endsWith(".zip") && own.size() != 1) {
        broken.add(own.size() + " records for " + input.how() + " " + path);
      }
    }
    codes.keySet().stream().filter(p -> !explained.contains(p)).forEach(p -> broken.add("a record of no input: " + p));
    codes.forEach((path, c) -> c.stream().filter(FORBIDDEN::contains)
        .forEach(code -> broken.add(code + ": " + path + " " + messages.get(path))));
    return broken;
  }

  /**
   * The error codes of each record of documents.jsonl, by path, putting each path's first message
   * in {@code messages}; a stack trace in a message fails.
   */
  static Map<String, List<String>> records(Path documents, Map<String, String> messages) throws IOException {
    Map<String, List<String>> codes = new HashMap<>();
    // Streamed, each record's source and errors alone: a huge document's line is a hundred megabytes.
    try (JsonParser p = Json.mapper().getFactory().createParser(documents.toFile())) {
      while (p.nextToken() == JsonToken.START_OBJECT) {
        String path = "";
        JsonNode errors = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          p.nextToken();
          if (field.equals("source")) {
            path = p.<JsonNode>readValueAsTree().path("path").asText();
          } else if (field.equals("errors")) {
            errors = p.readValueAsTree();
          } else {
            p.skipChildren();
          }
        }
        String at = path;
        List<String> c = new ArrayList<>();
        for (JsonNode e : errors == null ? List.<JsonNode>of() : errors) {
          c.add(e.get("code").asText());
          String message = e.get("message").asText();
          messages.putIfAbsent(at, message);
          assertFalse(STACK_TRACE.matcher(message).find(), () -> at + ": " + message);
        }
        assertEquals(null, codes.put(at, c), () -> "two records for " + at);
      }
    }
    return codes;
  }

  static String excerpt(String text) {
    Matcher m = STACK_TRACE.matcher(text);
    int at = m.find() ? m.start() : 0;
    return text.substring(Math.max(0, at - 600), Math.min(text.length(), at + 1200));
  }
}
