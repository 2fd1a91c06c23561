package io.suanzhang.checks.cross;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.checks.Checked;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.Json;
import java.io.BufferedWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cross-document checks of a documents file whose departments run side by side to its end, as
 * in an archive of year folders: their memory follows one department's reports, not the file's.
 */
class CrossDocumentsMemoryTest {

  private static final List<String> DEPARTMENTS = List.of("农业农村局", "教育局", "财政局", "民政局",
      "司法局", "审计局", "统计局", "商务局", "水利局", "林业局", "科学技术局", "文化和旅游局");
  private static final int YEARS = 4;
  private static final int ROWS = 1_200;

  @TempDir Path dir;

  @Test
  void reportsOfDepartmentsReadSideBySideAreHeldAsTheirPlacesUntilTheirDepartmentIsCompared()
      throws Exception {
    // Each department's 决算 of four years, a table of 1,200 projects each: the years are the
    // outer loop, so that every department's last report is in the last year.
    Path documents = dir.resolve("documents.jsonl");
    try (BufferedWriter out = Files.newBufferedWriter(documents, StandardCharsets.UTF_8)) {
      for (int year = 2019; year < 2019 + YEARS; year++) {
        for (String name : DEPARTMENTS) {
          String department = "示例县" + name;
          out.write(Json.mapper().writeValueAsString(finalAccounts(department, year)));
          out.write('\n');
        }
      }
    }
    long size = Files.size(documents);
    List<CrossDocuments.Pair> pairs = CrossDocuments.check(documents, CrossDocuments.Settings.DEFAULT);
    assertTrue(pairs.size() >= DEPARTMENTS.size() * (YEARS - 1), pairs.size() + " pairs");
    assertTrue(pairs.stream().allMatch(CrossDocuments.Pair::holds), pairs::toString);

    // The same checks in a JVM whose heap is smaller than the facts of all the reports held at once
    // (the file is the facts and little else), but larger than those of one department.
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = dir.resolve("log.txt");
    Process p = new ProcessBuilder(java, "-Xmx" + heapMegabytes(size) + "m", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), CrossDocumentsMemoryTest.Probe.class.getName(),
        documents.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the checks did not end");
    String said = Files.readString(log, StandardCharsets.UTF_8).strip();
    assertEquals(0, p.exitValue(), said);
    assertEquals(pairs.size() + " pairs", said);
  }

  /** A third of the documents file: the facts of every report at once take more than that. */
  private static long heapMegabytes(long documentsBytes) {
    return Math.max(24, documentsBytes / 3 / (1 << 20));
  }

  /** A 决算 whose 三公 section quotes the year before's figure, and a long table of projects. */
  private Analysis finalAccounts(String department, int year) throws Exception {
    BigDecimal step = new BigDecimal("1.50");
    BigDecimal before = new BigDecimal("30.00").add(step.multiply(BigDecimal.valueOf(year - 2020)));
    BigDecimal now = before.add(step);
    String sentence = year + "年度公务接待费支出" + now + "万元，与" + (year - 1) + "年" + before
        + "万元相比，增加" + step + "万元，增长"
        + step.multiply(BigDecimal.valueOf(100)).divide(before, 2, RoundingMode.HALF_UP) + "%。";
    StringBuilder text = new StringBuilder(department + year + "年度部门决算\n\n"
        + "一、一般公共预算财政拨款“三公”经费情况说明\n" + sentence + "\n\n"
        + "二、项目支出决算表\n单位：万元\n项目名称\t决算数\n");
    for (int i = 1; i <= ROWS; i++) {
      text.append(String.format(Locale.ROOT, "项目%d\t%d.%02d%n", i, 10 + i % 7, (year + i) % 100));
    }
    Path file = Files.writeString(
        dir.resolve(department + year + ".txt"), text.toString(), StandardCharsets.UTF_8);
    return Checked.analyse(file);
  }

  /** The checks of a documents file, printing how many pairs they found. */
  public static final class Probe {
    public static void main(String[] args) throws Exception {
      System.out.println(
          CrossDocuments.check(Path.of(args[0]), CrossDocuments.Settings.DEFAULT).size() + " pairs");
    }
  }
}
