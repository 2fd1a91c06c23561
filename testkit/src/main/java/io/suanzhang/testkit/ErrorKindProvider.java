package io.suanzhang.testkit;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * What {@code @ForAll ErrorKind} draws: only the kinds {@link Testkit#injectedErrors(ErrorKind)}
 * accepts, so that a property passing the kind on never draws {@link ErrorKind#CROSS_DOCUMENT}, which
 * goes between reports ({@link Testkit#crossDocumentErrors()}). jqwik finds it through
 * {@code META-INF/services}; its priority puts it before jqwik's own provider of every enum value.
 */
public final class ErrorKindProvider implements ArbitraryProvider {

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(ErrorKind.class);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return Set.of(Testkit.errorKinds());
  }

  @Override
  public int priority() {
    return 1;
  }
}
