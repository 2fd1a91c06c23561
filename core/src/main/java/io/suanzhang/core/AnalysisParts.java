package io.suanzhang.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserSequence;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.check.Coverage;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.document.Warning;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Section;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads an analysis's JSON (a line of {@code documents.jsonl}, a kept result) one part at a time: its
 * source, its report, then each section, mention, fact, finding, check, unchecked number, error and
 * warning handed to a {@link Visitor} as it is read. One document's analysis can be a hundred
 * megabytes of JSON (a 2,000-page PDF, a table of 20,000 rows) and several times that as objects;
 * read this way, no more than one of its parts is held at a time, and a part the visitor does not
 * want is skipped unparsed.
 */
public final class AnalysisParts {

  /** The lists of an analysis, for {@link Visitor#wants}. */
  public enum Part {
    SECTIONS, MENTIONS, FACTS, FINDINGS, CHECKS, UNCHECKED, ERRORS, WARNINGS
  }

  /** Told of each part of one analysis in the order of its JSON (that of {@link Analysis}). */
  public interface Visitor {
    /** Whether the parts of a list are to be read; an unwanted list is skipped without parsing. */
    default boolean wants(Part part) {
      return true;
    }

    default void source(Source source) {}

    default void report(ReportInfo report) {}

    default void section(Section section) {}

    default void mention(Mention mention) {}

    /**
     * Whether of each mention only its kind and span are wanted, and of each check only whether it
     * holds: they are then read without being built, which is most of what a list read only to be
     * counted costs, and come to {@link #skimmedMention} and {@link #skimmedCheck} instead of {@link
     * #mention} and {@link #check}. ({@link #replay} has them built, and hands them whole.)
     */
    default boolean skims() {
      return false;
    }

    /** A mention's kind and span, to a visitor that {@link #skims}. */
    default void skimmedMention(MentionKind kind, int start, int end) {}

    /** Whether a check holds, to a visitor that {@link #skims}. */
    default void skimmedCheck(boolean holds) {}

    default void fact(Fact fact) {}

    default void finding(Finding finding) {}

    default void check(Check check) {}

    /**
     * The rules whose checks are wanted, or null for every rule (the default): a check of another
     * rule is skipped unbuilt, read only as far as its rule. Not asked of a visitor that {@link
     * #skims}; {@link #replay} hands every check to {@link #check}.
     */
    default @Nullable Set<String> checksOf() {
      return null;
    }

    /** The coverage's counts; its unchecked numbers come one by one to {@link #unchecked}. */
    default void coverage(int numbers, int checked) {}

    default void unchecked(Coverage.Unchecked unchecked) {}

    default void error(Problem error) {}

    default void warning(Warning warning) {}
  }

  private static final ObjectReader SOURCE = Json.mapper().readerFor(Source.class);
  private static final ObjectReader REPORT = Json.mapper().readerFor(ReportInfo.class);
  private static final ObjectReader SECTION = Json.mapper().readerFor(Section.class);
  private static final ObjectReader MENTION = Json.mapper().readerFor(Mention.class);
  private static final ObjectReader FACT = Json.mapper().readerFor(Fact.class);
  private static final ObjectReader FINDING = Json.mapper().readerFor(Finding.class);
  private static final ObjectReader CHECK = Json.mapper().readerFor(Check.class);
  private static final ObjectReader UNCHECKED = Json.mapper().readerFor(Coverage.Unchecked.class);
  private static final ObjectReader PROBLEM = Json.mapper().readerFor(Problem.class);
  private static final ObjectReader WARNING = Json.mapper().readerFor(Warning.class);

  private AnalysisParts() {}

  /** Reads the one analysis of {@code in} (which is not closed). */
  public static void read(InputStream in, Visitor visitor) throws IOException {
    try (JsonParser p = Json.mapper().createParser(in)) {
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("not an analysis: " + describe(p));
      }
      read(p, visitor);
    }
  }

  /**
   * Reads the analysis whose {@code START_OBJECT} is {@code p}'s current token, leaving {@code p} on
   * its {@code END_OBJECT}: several analyses of one stream (a JSON Lines file) are read one by one.
   */
  public static void read(JsonParser p, Visitor v) throws IOException {
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "source" -> v.source(SOURCE.readValue(p));
        case "report" -> v.report(REPORT.readValue(p));
        case "sections" -> each(p, v, Part.SECTIONS, () -> v.section(SECTION.readValue(p)));
        case "mentions" -> each(p, v, Part.MENTIONS,
            v.skims() ? () -> skimMention(p, v) : () -> v.mention(MENTION.readValue(p)));
        case "facts" -> each(p, v, Part.FACTS, () -> v.fact(FACT.readValue(p)));
        case "findings" -> each(p, v, Part.FINDINGS, () -> v.finding(FINDING.readValue(p)));
        case "checks" -> {
          Set<String> rules = v.skims() ? null : v.checksOf();
          each(p, v, Part.CHECKS, v.skims() ? () -> skimCheck(p, v)
              : rules == null ? () -> v.check(CHECK.readValue(p)) : () -> check(p, v, rules));
        }
        case "coverage" -> coverage(p, v);
        case "errors" -> each(p, v, Part.ERRORS, () -> v.error(PROBLEM.readValue(p)));
        case "warnings" -> each(p, v, Part.WARNINGS, () -> v.warning(WARNING.readValue(p)));
        default -> p.skipChildren(); // a field of a later version
      }
      if (value == null) {
        throw new IOException("the analysis ends inside its field " + field);
      }
    }
    if (p.currentToken() != JsonToken.END_OBJECT) {
      throw new IOException("the analysis is cut short: " + describe(p));
    }
  }

  /** Hands every analysis of an in-memory {@code a} to {@code v}, as if it were read. */
  public static void replay(Analysis a, Visitor v) {
    v.source(a.source());
    v.report(a.report());
    a.sections().forEach(v::section);
    a.mentions().forEach(v::mention);
    a.facts().forEach(v::fact);
    a.findings().forEach(v::finding);
    a.checks().forEach(v::check);
    v.coverage(a.coverage().numbers(), a.coverage().checked());
    a.coverage().unchecked().forEach(v::unchecked);
    a.errors().forEach(v::error);
    a.warnings().forEach(v::warning);
  }

  @FunctionalInterface
  private interface Element {
    void read() throws IOException;
  }

  private static void each(JsonParser p, Visitor v, Part part, Element element) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return;
    }
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw new IOException(String.format(
          Locale.ROOT, "%s is not a list: %s", part.name().toLowerCase(Locale.ROOT), describe(p)));
    }
    if (!v.wants(part)) {
      p.skipChildren();
      return;
    }
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == null) {
        throw new IOException("the analysis ends inside its " + part.name().toLowerCase(Locale.ROOT));
      }
      element.read();
    }
  }

  /** A mention's kind and span, its other fields skipped unparsed. */
  private static void skimMention(JsonParser p, Visitor v) throws IOException {
    MentionKind kind = null;
    int start = -1;
    int end = -1;
    for (JsonToken t = fields(p, "a mention"); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if (value != null && value.isStructStart()) {
        p.skipChildren(); // none of the fields read is an object or a list
        continue;
      }
      switch (field) {
        case "kind" -> kind = KINDS.get(p.getValueAsString(""));
        case "start" -> start = p.getValueAsInt(-1);
        case "end" -> end = p.getValueAsInt(-1);
        default -> { } // a scalar: nothing to skip
      }
    }
    ended(p, "a mention");
    if (kind == null || start < 0 || end < start) {
      throw new IOException("a mention without its kind or span: " + describe(p));
    }
    v.skimmedMention(kind, start, end);
  }

  /**
   * A check of one of {@code rules}, built; one of another rule, skipped unbuilt. Its rule comes first
   * as a check is written; one written in another order is built, then kept or not.
   */
  private static void check(JsonParser p, Visitor v, Set<String> rules) throws IOException {
    boolean ruleFirst =
        fields(p, "a check") == JsonToken.FIELD_NAME && p.currentName().equals("rule");
    if (ruleFirst && p.nextToken() != JsonToken.VALUE_STRING) {
      throw new IOException("a check whose rule is not a name: " + describe(p));
    }
    if (!ruleFirst) {
      TokenBuffer whole = new TokenBuffer(p);
      whole.writeStartObject();
      for (JsonToken t = p.currentToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
        if (t == null) {
          throw new IOException("the analysis ends inside a check");
        }
        whole.copyCurrentStructure(p);
      }
      whole.writeEndObject();
      Check check = CHECK.readValue(whole.asParser());
      if (rules.contains(check.rule())) {
        v.check(check);
      }
      return;
    }
    String rule = p.getText();
    if (rules.contains(rule)) {
      // The rest read from where the rule was, after the fields already read.
      TokenBuffer head = new TokenBuffer(p);
      head.writeStartObject();
      head.writeFieldName("rule");
      head.writeString(rule);
      v.check(CHECK.readValue(JsonParserSequence.createFlattened(false, head.asParser(), p)));
      return;
    }
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      p.nextToken();
      p.skipChildren();
    }
    ended(p, "a check");
  }

  /** Whether a check holds, its other fields (its finding with them) skipped unparsed. */
  private static void skimCheck(JsonParser p, Visitor v) throws IOException {
    Boolean holds = null;
    for (JsonToken t = fields(p, "a check"); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if (field.equals("holds") && (value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE)) {
        holds = value == JsonToken.VALUE_TRUE;
      } else {
        p.skipChildren();
      }
    }
    ended(p, "a check");
    if (holds == null) {
      throw new IOException("a check without whether it holds: " + describe(p));
    }
    v.skimmedCheck(holds);
  }

  private static final Map<String, MentionKind> KINDS = Arrays.stream(MentionKind.values())
      .collect(Collectors.toUnmodifiableMap(MentionKind::jsonName, k -> k));

  /** The first field of the object {@code p} is at. */
  private static JsonToken fields(JsonParser p, String what) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw new IOException(what + " is not an object: " + describe(p));
    }
    return p.nextToken();
  }

  private static void ended(JsonParser p, String what) throws IOException {
    if (p.currentToken() != JsonToken.END_OBJECT) {
      throw new IOException("the analysis ends inside " + what + ": " + describe(p));
    }
  }

  private static void coverage(JsonParser p, Visitor v) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    int numbers = 0;
    int checked = 0;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "numbers" -> numbers = p.getValueAsInt();
        case "checked" -> checked = p.getValueAsInt();
        case "unchecked" -> {
          // The counts come first in the JSON: tell them before the numbers they count.
          v.coverage(numbers, checked);
          each(p, v, Part.UNCHECKED, () -> v.unchecked(UNCHECKED.readValue(p)));
          numbers = -1;
        }
        default -> p.skipChildren();
      }
    }
    if (numbers >= 0) {
      v.coverage(numbers, checked);
    }
  }

  private static String describe(JsonParser p) {
    return String.format(
        Locale.ROOT, "%s at byte %,d", p.currentToken(), p.currentTokenLocation().getByteOffset());
  }
}
