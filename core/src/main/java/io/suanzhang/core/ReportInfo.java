package io.suanzhang.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * What a report is: its kind (部门预算, 部门决算, 绩效自评 …), the fiscal year it covers and the
 * department. A field stays {@code null} until something in the document establishes it.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReportInfo(@Nullable String kind, @Nullable Integer year, @Nullable String department) {

  public static final ReportInfo UNKNOWN = new ReportInfo(null, null, null);
}
