package io.suanzhang.checks.rule;

import java.util.Locale;

/**
 * One finding message of the catalogue: a stable key ({@code sum.total}) and its Chinese and English
 * formats, with {@code %s} for the same arguments in the same order.
 */
record Message(String key, String zh, String en) {

  String zh(Object... args) {
    return String.format(Locale.ROOT, zh, args);
  }

  String en(Object... args) {
    return String.format(Locale.ROOT, en, args);
  }
}
