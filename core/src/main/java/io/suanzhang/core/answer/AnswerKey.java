package io.suanzhang.core.answer;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.Json;
import io.suanzhang.core.check.Evidence;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.text.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The errors injected into a generated corpus ({@code answers.json}), and the score of a checker's
 * analyses against them:
 *
 * <pre>{@code
 * AnswerKey key = AnswerKey.read(Path.of("samples/generated/answers.json"));
 * AnswerKey.Score s = key.score(analyses);     // one Analysis per file scanned
 * System.out.println(s.summary());             // injected errors found: 14/14, false errors: 0
 * }</pre>
 *
 * <p>An injected error is found when a finding of its rule, of severity error or warning, has evidence
 * at the changed text: overlapping its span where the key gives one (the TXT and Markdown files, in
 * code points of the file's text), else quoting the same number (for DOCX, XLSX and PDF, whose
 * extracted text the testkit does not know; the injected digits occur once in their report). A false
 * finding is an error or warning of a listed file that points at no injected error of the file.
 */
@JsonPropertyOrder({"seed", "files"})
public record AnswerKey(long seed, List<FileAnswers> files) {

  /** The file name of an answer key inside its corpus folder. */
  public static final String FILE_NAME = "answers.json";

  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

  public AnswerKey {
    files = List.copyOf(files);
  }

  /**
   * One generated file and the errors injected into it (none for a consistent report).
   *
   * @param file the path relative to the answer key's folder, with {@code /} between folders
   */
  @JsonPropertyOrder({"file", "format", "errors"})
  public record FileAnswers(String file, String format, List<Answer> errors) {
    public FileAnswers {
      requireNonNull(file, "file");
      requireNonNull(format, "format");
      errors = List.copyOf(errors);
    }
  }

  /**
   * One injected error: its kind, the rule that must find it, the changed text as written now and
   * before, the line it stands in, and its span in the file's text where known.
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonPropertyOrder({"kind", "rule", "text", "was", "quote", "start", "end"})
  public record Answer(String kind, String rule, String text, String was, String quote,
      @Nullable Integer start, @Nullable Integer end) {
    public Answer {
      requireNonNull(kind, "kind");
      requireNonNull(rule, "rule");
      requireNonNull(text, "text");
      requireNonNull(was, "was");
      requireNonNull(quote, "quote");
      if ((start == null) != (end == null) || (start != null && end < start)) {
        throw new IllegalArgumentException(String.format(
            Locale.ROOT, "answer %s %s: span [%s, %s) is not a range", kind, text, start, end));
      }
    }

    /** Whether a piece of evidence points at this changed text. */
    public boolean pointsAt(Evidence evidence) {
      if (start != null && end != null) {
        return evidence.span().overlaps(Span.of(start, end));
      }
      return sameText(evidence.text(), text);
    }

    /** Whether a finding is this error found: its rule, error or warning, evidence at the change. */
    public boolean foundBy(Finding f) {
      return f.rule().equals(rule) && f.severity() != Severity.INFO
          && f.evidence().stream().anyMatch(this::pointsAt);
    }
  }

  /** One expected error and the file it is in. */
  public record Expected(String file, Answer answer) {}

  /** A finding no injected error explains, and the file it is in. */
  public record Unexpected(String file, Finding finding) {}

  /**
   * How a checker did: the injected errors it found and missed, and its findings that point at no
   * injected error, by severity. Files of the key that were not analysed count their errors as missed.
   */
  public record Score(List<Expected> found, List<Expected> missed, List<Unexpected> falseFindings) {
    public Score {
      found = List.copyOf(found);
      missed = List.copyOf(missed);
      falseFindings = List.copyOf(falseFindings);
    }

    public int injected() {
      return found.size() + missed.size();
    }

    /** False findings of severity error. */
    public long falseErrors() {
      return falseFindings.stream().filter(u -> u.finding().severity() == Severity.ERROR).count();
    }

    /** False findings of severity warning. */
    public long falseWarnings() {
      return falseFindings.stream().filter(u -> u.finding().severity() == Severity.WARNING).count();
    }

    /** {@code injected errors found: 14/14, false errors: 0, false warnings: 0}. */
    public String summary() {
      return String.format(Locale.ROOT, "injected errors found: %d/%d, false errors: %d, false warnings: %d",
          found.size(), injected(), falseErrors(), falseWarnings());
    }
  }

  /** Reads an answer key; a key that is not one is an {@link IOException} naming the file. */
  public static AnswerKey read(Path file) throws IOException {
    try {
      return Json.mapper().readValue(file.toFile(), AnswerKey.class);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IOException(file + " is not an answer key: " + e.getOriginalMessage(), e);
    }
  }

  /** Writes the key as indented JSON. */
  public void write(Path file) throws IOException {
    Files.writeString(file, Json.mapper().writer().with(SerializationFeature.INDENT_OUTPUT)
        .writeValueAsString(this) + "\n", java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * The key without the errors of {@code rule}: a checker of single documents is scored without the
   * {@code cross-document} errors that only a scan of the whole set can find.
   */
  public AnswerKey withoutRule(String rule) {
    return new AnswerKey(seed, files.stream()
        .map(f -> new FileAnswers(f.file(), f.format(),
            f.errors().stream().filter(a -> !a.rule().equals(rule)).toList()))
        .toList());
  }

  /** The answers of a file, if the key lists it. */
  public Optional<FileAnswers> file(String path) {
    return files.stream().filter(f -> f.file().equals(path)).findFirst();
  }

  /**
   * Scores analyses of the key's files; analyses of files the key does not list (other samples in the
   * folder scanned) are left out. A file is matched by the end of its path: {@code x/answers.json}'s
   * {@code a.docx} is every analysed path ending in {@code a.docx}.
   */
  public Score score(List<Analysis> analyses) {
    List<Expected> found = new ArrayList<>();
    List<Expected> missed = new ArrayList<>();
    List<Unexpected> unexpected = new ArrayList<>();
    for (FileAnswers f : files) {
      Optional<Analysis> a = analyses.stream()
          .filter(x -> Path.of(x.source().path()).normalize().endsWith(f.file()))
          .findFirst();
      List<Finding> findings = a.map(Analysis::findings).orElse(List.of());
      for (Answer answer : f.errors()) {
        (findings.stream().anyMatch(answer::foundBy) ? found : missed).add(new Expected(f.file(), answer));
      }
      for (Finding finding : findings) {
        boolean explained = f.errors().stream()
            .anyMatch(answer -> finding.evidence().stream().anyMatch(answer::pointsAt));
        if (finding.severity() != Severity.INFO && !explained) {
          unexpected.add(new Unexpected(f.file(), finding));
        }
      }
    }
    return new Score(found, missed, unexpected);
  }

  /**
   * The same number or passage in two quotes of it: the first number of the answer, written with
   * other spaces, commas or full-width digits, stands in the evidence with no digit next to it; text
   * without digits (a placeholder) is contained in the evidence or contains it.
   */
  static boolean sameText(String evidence, String answer) {
    String e = normal(evidence);
    String a = normal(answer);
    Matcher m = NUMBER.matcher(a);
    if (!m.find()) {
      return !e.isEmpty() && (e.contains(a) || a.contains(e));
    }
    String number = m.group();
    for (int i = e.indexOf(number); i >= 0; i = e.indexOf(number, i + 1)) {
      int after = i + number.length();
      boolean before = i > 0 && (Character.isDigit(e.charAt(i - 1)) || e.charAt(i - 1) == '.');
      boolean next = after < e.length() && (Character.isDigit(e.charAt(after))
          || (e.charAt(after) == '.' && after + 1 < e.length() && Character.isDigit(e.charAt(after + 1))));
      if (!before && !next) {
        return true;
      }
    }
    return false;
  }

  private static String normal(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\\s,]", "");
  }
}
