/**
 * The rule engine: {@link io.suanzhang.checks.Checks} runs every {@link io.suanzhang.checks.Rule}
 * over a report's facts and returns its findings, the relations it evaluated and the share of numbers
 * they covered. Comparisons follow the precision each number was written with ({@link
 * io.suanzhang.checks.Interval}, {@link io.suanzhang.checks.Verdict}).
 */
@NullMarked
package io.suanzhang.checks;

import org.jspecify.annotations.NullMarked;
