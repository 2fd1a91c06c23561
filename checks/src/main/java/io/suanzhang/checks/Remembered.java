package io.suanzhang.checks;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The results of a function without side effects, remembered for all threads up to a number of
 * keys; past them, all are forgotten at once and remembered afresh. For texts that recur across a
 * corpus and cost patterns to read (a table's title for each of its rows, a subject for each report
 * compared): a bound on memory, not a cache policy, since what is lost when it clears is cheap to
 * compute again.
 *
 * @param <K> the key, with value equality
 * @param <V> the result, never null (a function with no result for some keys gives an Optional)
 */
public final class Remembered<K, V> {
  private final int most;
  private final Function<K, V> function;
  private final Map<K, V> known = new ConcurrentHashMap<>();

  public Remembered(int most, Function<K, V> function) {
    if (most < 1) {
      throw new IllegalArgumentException("remembers nothing: " + most);
    }
    this.most = most;
    this.function = requireNonNull(function, "function");
  }

  /** The function's result for {@code key}, computed where it is not remembered. */
  public V get(K key) {
    V value = known.get(key);
    if (value != null) {
      return value;
    }
    value = requireNonNull(function.apply(key), "a remembered function gave null");
    if (known.size() >= most) {
      known.clear();
    }
    known.put(key, value);
    return value;
  }
}
