package io.suanzhang.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RememberedTest {

  @Test
  void aKeyIsComputedOnceUntilTheBoundClearsWhatIsRemembered() {
    List<String> computed = new ArrayList<>();
    Remembered<String, Integer> lengths = new Remembered<>(2, s -> {
      computed.add(s);
      return s.length();
    });

    assertEquals(3, lengths.get("abc"));
    assertEquals(3, lengths.get("abc"));
    assertEquals(1, lengths.get("d"));
    assertEquals(List.of("abc", "d"), computed);
    assertEquals(2, lengths.get("ef")); // a third key: the two remembered are forgotten
    assertEquals(3, lengths.get("abc"));
    assertEquals(List.of("abc", "d", "ef", "abc"), computed);
  }

  @Test
  void aFunctionWithoutAResultIsRefused() {
    Remembered<String, String> none = new Remembered<>(4, s -> null);
    assertThrows(NullPointerException.class, () -> none.get("x"));
    assertThrows(IllegalArgumentException.class, () -> new Remembered<String, String>(0, s -> s));
  }
}
