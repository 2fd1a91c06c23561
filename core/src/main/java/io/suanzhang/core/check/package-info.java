/**
 * What the checks concluded about a report: {@link io.suanzhang.core.check.Finding findings} (a
 * relation that does not hold, with the stated and recomputed values and the evidence), the {@link
 * io.suanzhang.core.check.Check relations that were evaluated}, and the {@link
 * io.suanzhang.core.check.Coverage share of numbers} that took part in some check.
 */
@NullMarked
package io.suanzhang.core.check;

import org.jspecify.annotations.NullMarked;
