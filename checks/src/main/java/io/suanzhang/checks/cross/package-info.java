/**
 * Checks across reports: what one report states of another (a 决算 of its 预算, this year's report of
 * last year's), what the reports of one department and year must share (a report set), and changes
 * stated between years. {@link io.suanzhang.checks.cross.CrossDocuments} runs them over analyses that
 * can be read more than once, keeping of each report only the facts the checks use.
 */
@NullMarked
package io.suanzhang.checks.cross;

import org.jspecify.annotations.NullMarked;
