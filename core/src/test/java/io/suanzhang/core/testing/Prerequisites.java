package io.suanzhang.core.testing;

import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from the machine it runs on (the shared corpus, a CJK font, tesseract, a
 * browser). On a user's own clone a test whose prerequisite is missing is skipped with the reason;
 * under CI ({@code CI=true}) it fails with that reason, since a skip there would pass unseen.
 */
public final class Prerequisites {

  private Prerequisites() {}

  /** Whether this run is CI's: the environment variable {@code CI} is {@code true}. */
  public static boolean underCi() {
    return isTrue(System.getenv("CI"));
  }

  static boolean isTrue(@Nullable String ci) {
    return ci != null && ci.strip().toLowerCase(Locale.ROOT).equals("true");
  }

  /**
   * Skips the calling test with {@code reason} when {@code met} is false, or fails it under CI.
   * Also usable in a {@code @MethodSource} factory, where a skip would hide every case at once.
   */
  public static void require(boolean met, Supplier<String> reason) {
    if (met) {
      return;
    }
    if (underCi()) {
      throw new AssertionError(ciMessage(reason.get()));
    }
    Assumptions.assumeTrue(false, reason);
  }

  /** The failure that replaces a skip under CI. */
  static String ciMessage(String reason) {
    return "CI=true, where no test may skip: " + reason;
  }
}
