package io.suanzhang.checks.cross;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.suanzhang.core.ReportInfo;
import io.suanzhang.core.ReportKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The names figures are matched by, which are remembered by department and subject. */
class FiguresTest {

  private static CrossDocuments.Doc doc(String department) {
    ReportInfo report =
        new ReportInfo(ReportKind.DEPARTMENT_BUDGET, 2020, department, null, null, null);
    return new CrossDocuments.Doc(department + ".pdf", "", report, department, List.of(), List.of(),
        List.of());
  }

  @Test
  void aNameIsTheSubjectWithoutItsDepartmentYearAndTrailingWordsOfTheReportAsked() {
    CrossDocuments.Doc health = doc("示例县医疗保障局");
    CrossDocuments.Doc finance = doc("示例县财政局");
    String subject = "示例县医疗保障局2020年一般公共服务支出";

    // asked in turn for two departments, each gets its own: the department is part of what is kept
    for (int round = 0; round < 2; round++) {
      assertEquals("一般公共服务", Figures.name(subject, health));
      assertEquals("示例县医疗保障局2020年一般公共服务", Figures.name(subject, finance));
    }
    assertEquals("一般公共服务", Figures.name("一般公共服务（类）", finance));
    assertEquals("财政拨款总计", Figures.name("财政拨款收、支总计", health));
    assertNull(Figures.name("合计", health), "a name that names nothing by itself");
    assertNull(Figures.name("合计", health), "and again, when it is remembered");
    assertNull(Figures.name("示例县财政局", finance), "the department itself");
  }
}
