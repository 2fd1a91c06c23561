package io.suanzhang.checks.cross;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.suanzhang.checks.Checked;
import io.suanzhang.core.Analysis;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of year against year for a value said unchanged: 持平 or 与上年数一致 holds against last
 * year's report exactly when last year printed the same amount, at the precision written.
 */
class YearOnYearProperties {

  private static final String DEPARTMENT = "示例县医疗保障局";

  @Property(tries = 20)
  void aValueSaidUnchangedHoldsExactlyWhenLastYearStatedTheSame(
      @ForAll @IntRange(min = 1, max = 9_999_999) int lastCents,
      @ForAll @IntRange(min = -3, max = 3) int moved,
      @ForAll @IntRange(min = 0, max = 2) int wording) throws IOException {
    String[] words = {"，与上年数一致", "，比%d年预算持平", "。比上年持平"};
    String said = String.format(java.util.Locale.ROOT, words[wording], 2019);
    BigDecimal last = BigDecimal.valueOf(lastCents, 2);
    BigDecimal now = BigDecimal.valueOf(Math.max(1, lastCents + moved * 100L), 2);
    Path dir = Files.createTempDirectory("year-on-year");
    try {
      Analysis before = budget(dir, 2019, last.toPlainString(), "");
      Analysis after = budget(dir, 2020, now.toPlainString(), said);

      List<CrossDocuments.Pair> pairs = CrossDocuments.check(Stream.of(before, after));

      assertEquals(1, pairs.size(), pairs::toString);
      assertEquals(now.compareTo(last) == 0, pairs.get(0).holds(), pairs::toString);
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    }
  }

  private static Analysis budget(Path dir, int year, String total, String said) throws IOException {
    String text = DEPARTMENT + year + "年部门预算\n\n一、收支预算总体情况\n" + DEPARTMENT + year
        + "年度收入、支出预算总计" + total + "万元" + said + "。\n";
    return Checked.analyse(Files.writeString(dir.resolve(year + ".txt"), text, StandardCharsets.UTF_8));
  }
}
