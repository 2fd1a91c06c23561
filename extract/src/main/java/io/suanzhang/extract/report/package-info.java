/** What a report is: its kind, the fiscal year it covers and the department that issued it. */
@NullMarked
package io.suanzhang.extract.report;

import org.jspecify.annotations.NullMarked;
