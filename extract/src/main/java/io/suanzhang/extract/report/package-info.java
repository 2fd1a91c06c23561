/** What a report is: its kind, the fiscal year it covers, its department and unit, and when it was filed and published. */
@NullMarked
package io.suanzhang.extract.report;

import org.jspecify.annotations.NullMarked;
