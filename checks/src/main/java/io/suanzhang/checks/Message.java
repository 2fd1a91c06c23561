package io.suanzhang.checks;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * One finding message: a stable key ({@code sum.total}, by convention the rule's id, a dot and the
 * case), and its Chinese and English formats ({@link String#format}) over the same arguments. The key
 * is what configuration, outputs and tests name; the texts may be reworded.
 */
public record Message(String key, String zh, String en) {

  public Message {
    requireNonNull(key, "key");
    requireNonNull(zh, "zh");
    requireNonNull(en, "en");
  }

  /** The Chinese text with these arguments. */
  public String zh(Object... args) {
    return String.format(Locale.ROOT, zh, args);
  }

  /** The English text with these arguments. */
  public String en(Object... args) {
    return String.format(Locale.ROOT, en, args);
  }
}
