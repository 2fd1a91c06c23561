/**
 * The arithmetic the rules share: a written number as the interval it stands for ({@link
 * io.suanzhang.checks.arithmetic.Quantities}), and sums of stated parts in prose and tables ({@link
 * io.suanzhang.checks.arithmetic.Addends}, {@link io.suanzhang.checks.arithmetic.TableSums}). Not an
 * API.
 */
@NullMarked
package io.suanzhang.checks.arithmetic;

import org.jspecify.annotations.NullMarked;
