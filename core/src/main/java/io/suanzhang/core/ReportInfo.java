package io.suanzhang.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a report is: its kind (部门预算, 部门决算, 绩效自评 …), the fiscal year it covers (not the year it
 * was published), the department, the unit, and the dates it was filed (填报日期) and published
 * (公开时间, 发布日期). A field stays {@code null} until something in the document establishes it.
 *
 * @param unit the unit (单位) the report is of, or the 填报单位/预算单位 its cover names where that
 *     differs from the department
 * @param filed the 填报日期 as an ISO date, {@code yyyy-MM-dd}
 * @param published the 公开时间/发布日期 as an ISO date, {@code yyyy-MM-dd}
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReportInfo(
    @Nullable ReportKind kind,
    @Nullable Integer year,
    @Nullable String department,
    @Nullable String unit,
    @Nullable String filed,
    @Nullable String published) {

  public static final ReportInfo UNKNOWN = new ReportInfo(null, null, null, null, null, null);

  public ReportInfo {
    requireIsoDate("filed", filed);
    requireIsoDate("published", published);
  }

  private static void requireIsoDate(String field, @Nullable String date) {
    if (date != null && !isIsoDate(date)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%s '%s' is not an ISO date (yyyy-MM-dd)", field, date));
    }
  }

  private static boolean isIsoDate(String date) {
    if (!date.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return false;
    }
    try {
      LocalDate.parse(date);
      return true;
    } catch (DateTimeParseException e) {
      return false; // 2024-02-30
    }
  }
}
