package io.suanzhang.core.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * Under CI ({@code CI=true}) turns a test that aborts — a failed assumption, in the test or in its
 * set-up — into a failure with the assumption's reason, so that CI cannot pass by skipping. On a
 * user's own clone it changes nothing. Registered for every test of every module through
 * {@code META-INF/services} in the core test-jar (JUnit's extension autodetection is on in the
 * parent pom). Skips it cannot see (a disabled test, another engine's) are caught by {@code .ci/run},
 * which counts the skipped tests in the Surefire reports.
 */
public final class NoSkipsUnderCi
    implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable thrown)
      throws Throwable {
    throw failed(thrown);
  }

  @Override
  public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable thrown)
      throws Throwable {
    throw failed(thrown);
  }

  @Override
  public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable thrown)
      throws Throwable {
    throw failed(thrown);
  }

  private static Throwable failed(Throwable thrown) {
    return failed(thrown, Prerequisites.underCi());
  }

  /** {@code thrown}, or under CI the failure that replaces an abort. */
  static Throwable failed(Throwable thrown, boolean underCi) {
    if (thrown instanceof TestAbortedException && underCi) {
      AssertionError failure = new AssertionError(Prerequisites.ciMessage(thrown.getMessage()));
      failure.initCause(thrown);
      return failure;
    }
    return thrown;
  }
}
