package io.suanzhang.core.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Finds a money unit stated once for a table or column: 单位：万元, 金额单位:元, （万元）, (元). */
public final class UnitDeclarations {

  private static final Pattern DECLARED =
      Pattern.compile("(?:单位\\s*[：:]\\s*|[（(]\\s*(?:单位\\s*[：:]\\s*)?)(万亿元|百万元|亿元|万元|千元|元)");

  private UnitDeclarations() {}

  /** The first money unit declared in {@code text}, or null. */
  public static @Nullable String find(String text) {
    Matcher m = DECLARED.matcher(text);
    return m.find() ? m.group(1) : null;
  }
}
