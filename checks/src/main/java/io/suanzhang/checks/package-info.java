/** The rule engine that recomputes a report's totals, ratios and cross-references (to come). */
@NullMarked
package io.suanzhang.checks;

import org.jspecify.annotations.NullMarked;
