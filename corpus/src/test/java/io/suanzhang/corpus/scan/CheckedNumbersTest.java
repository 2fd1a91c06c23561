package io.suanzhang.corpus.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.suanzhang.Suanzhang;
import io.suanzhang.core.Analysis;
import io.suanzhang.corpus.worker.CheckedNumbers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckedNumbersTest {

  @Test
  void countsPercentagesAndTheChangesComparisonsState(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("report.txt");
    Files.writeString(file, String.join("\n",
        "2020年度收、支总计91.68万元。与2019年36.57万元相比，增加55.11万元，增长150.70%。",
        "公用经费比上年增长12.5%。",
        "2022年部门预算数1413.96万元，实际支出916.11万元，预算执行率64.79%。",
        "其中项目支出占比30%。",
        ""), StandardCharsets.UTF_8);
    Analysis a = Suanzhang.analyse(file);
    // percentages: 150.70% and 64.79% checked, 12.5% and 30% not; changes: 55.11, 150.70% and 12.5%
    assertEquals(new CheckedNumbers(4, 2, 3, 2), CheckedNumbers.of(a));
  }

  @Test
  void aFailedDocumentCountsNothing() {
    Analysis failed = Suanzhang.analyse(Path.of("/no/such/report.txt"));
    assertEquals(CheckedNumbers.NONE, CheckedNumbers.of(failed));
    assertEquals(new CheckedNumbers(4, 2, 3, 2),
        new CheckedNumbers(1, 1, 2, 1).plus(new CheckedNumbers(3, 1, 1, 1)));
  }
}
