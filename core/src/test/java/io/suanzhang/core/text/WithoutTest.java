package io.suanzhang.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written forms of {@code \s}, and of removing the characters of a set, are the patterns'. */
class WithoutTest {

  @Test
  void aSpaceIsWhatBackslashSMatchesForEveryCharacter() {
    Pattern space = Pattern.compile("\\s");
    int spaces = 0;
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      boolean matched = space.matcher(String.valueOf((char) c)).matches();
      assertEquals(matched, Without.isSpace((char) c), "U+" + Integer.toHexString(c));
      spaces += matched ? 1 : 0;
    }
    assertEquals(6, spaces);
  }

  @Test
  void removingCharactersIsWhatTheClassRemoves() {
    String text = "项 目\t名称\u3000（一）\n\r\u000B\f合计";
    assertEquals(Pattern.compile("\\s").matcher(text).replaceAll(""), Without.chars(text, Without.SPACES));
    assertEquals(text, Without.chars(text, "#"));
  }
}
