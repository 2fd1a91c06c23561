/**
 * Facts: what a report states, built from its mentions — amounts and rates with their measure,
 * totals with their parts, comparisons with another year, scores, performance indicators and
 * classified table rows — each with its subject, its section and the spans of every number used.
 */
@NullMarked
package io.suanzhang.core.fact;

import org.jspecify.annotations.NullMarked;
