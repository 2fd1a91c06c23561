package io.suanzhang.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Indicator;
import io.suanzhang.core.fact.Score;
import io.suanzhang.core.fact.TableRow;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.UnitSource;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Score facts from the rows of a 项目支出绩效自评表. None of the seeds has such a table: 001 names its
 * 项目自评汇总表 as an attachment it does not include, 003 and 004 score in prose (read by {@link
 * ScoreItems}), and the one in ../shared/external (青神县 工资性支出, 2023) was saved one cell per line,
 * which no reader can take for a table. The tables here are written for the test with that report's
 * figures: 年初 238.93, 调整后 251.89, 执行 251.89 万元, weights 10 + 60 + 30 = 100.
 */
class ScoreRowsTest {

  @Test
  void weightsAsPublishedWithoutScoresHangUnderTheTotal(@TempDir Path dir) throws Exception {
    List<Fact> facts = facts(dir, String.join("\n",
        "# 部门预算项目支出绩效自评表(2023年度)",
        "",
        "单位：万元",
        "",
        "项目名称\t51000021R000000019951-工资性支出\t\t\t\t\t",
        "项目\t年初预算\t调整后预算数\t预算执行数\t预算执行率\t权重\t得分",
        "总额\t238.93\t251.89\t251.89\t100.00%\t10\t",
        "一级指标\t二级指标\t三级指标\t指标值\t完成值\t权重\t得分",
        "产出指标\t数量指标\t发放(缴纳)覆盖率\t100%\t\t60\t",
        "效益指标\t社会效益指标\t足额保障率(参保率)\t100%\t\t30\t",
        "合计\t\t\t\t\t100\t",
        ""));
    Score total = only(facts, s -> s.parent() == null);
    assertEquals("51000021R000000019951-工资性支出", total.subject());
    assertEquals(1, total.level());
    assertEquals("100", text(total.full()));
    assertNull(total.score(), "the published table leaves 得分 blank");

    List<Score> rows = children(facts, total);
    assertEquals(List.of("总额", "发放(缴纳)覆盖率", "足额保障率(参保率)"), map(rows, Score::subject));
    assertEquals(List.of("10", "60", "30"), map(rows, s -> text(s.full())));
    assertEquals(List.of(2, 4, 4), map(rows, Score::level));
    rows.forEach(s -> assertNull(s.score()));
    assertEquals(0, sum(rows, Score::full).compareTo(total.full().value()), "10 + 60 + 30 = 100");

    // the execution row keeps its money and rate; its points went to the score
    TableRow execution = only(facts, TableRow.class, r -> r.subject().equals("总额"));
    assertEquals(List.of("年初预算", "调整后预算数", "预算执行数", "预算执行率"),
        map(execution.values(), TableRow.Value::column));
  }

  @Test
  void scoredRowsAddUpToTheTotalRow(@TempDir Path dir) throws Exception {
    List<Fact> facts = facts(dir, String.join("\n",
        "# 项目支出绩效自评表",
        "",
        "单位：万元",
        "",
        "项目名称\t工资性支出\t\t\t\t\t",
        "项目\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        "年度资金总额\t238.93\t251.89\t251.89\t10\t100.00%\t10",
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
        "产出指标\t数量指标\t发放覆盖率\t100%\t100%\t60\t60",
        "\t\t缴纳及时率\t≥95%\t90%\t20\t18",
        "效益指标\t社会效益指标\t足额保障率\t100%\t100%\t10\t10",
        "合计\t\t\t\t\t100\t98",
        ""));
    Score total = only(facts, s -> s.parent() == null);
    assertEquals("工资性支出", total.subject());
    assertEquals("100", text(total.full()));
    assertEquals("98", text(total.score()));

    List<Score> rows = children(facts, total);
    assertEquals(List.of("年度资金总额", "发放覆盖率", "缴纳及时率", "足额保障率"), map(rows, Score::subject));
    assertEquals(List.of("10", "60", "20", "10"), map(rows, s -> text(s.full())));
    assertEquals(List.of("10", "60", "18", "10"), map(rows, s -> text(s.score())));
    assertEquals(0, sum(rows, Score::full).compareTo(total.full().value()));
    assertEquals(0, sum(rows, Score::score).compareTo(total.score().value()), "10 + 60 + 18 + 10 = 98");

    for (Score s : rows) {
      for (Mention m : s.numbers()) {
        assertTrue(s.span().contains(m.span()), () -> m + " outside its row " + s.quote());
        assertEquals(UnitSource.TABLE, m.unitSource());
      }
    }
    Indicator timely = only(facts, Indicator.class, i -> i.name().equals("缴纳及时率"));
    assertEquals(rows.get(2).score(), timely.score());
  }

  @Test
  void withoutTotalOrLevelColumnsEachRowStandsAlone(@TempDir Path dir) throws Exception {
    List<Fact> facts = facts(dir, String.join("\n",
        "# 项目支出绩效自评表",
        "",
        "项目名称\t医疗救助监管\t\t\t",
        "指标名称\t年度指标值\t实际完成值\t分值\t得分",
        "救助资金发放及时率\t100%\t100%\t50\t50",
        "受益群众满意度\t≥90%\t93%\t50\t45",
        ""));
    List<Score> scores = facts.stream().filter(Score.class::isInstance).map(Score.class::cast).toList();
    assertEquals(List.of("救助资金发放及时率", "受益群众满意度"), map(scores, Score::subject));
    scores.forEach(s -> assertNull(s.parent()));
    assertEquals(List.of(1, 1), map(scores, Score::level));
    assertEquals(List.of("50", "45"), map(scores, s -> text(s.score())));
  }

  // --- helpers ---

  private static List<Fact> facts(Path dir, String markdown) throws Exception {
    Path file = dir.resolve("self.md");
    Files.writeString(file, markdown, StandardCharsets.UTF_8);
    return TableFactsIndicatorTest.facts(file);
  }

  private static Score only(List<Fact> facts, java.util.function.Predicate<Score> test) {
    return only(facts, Score.class, test);
  }

  private static <T extends Fact> T only(
      List<Fact> facts, Class<T> type, java.util.function.Predicate<T> test) {
    List<T> found = facts.stream().filter(type::isInstance).map(type::cast).filter(test).toList();
    assertEquals(1, found.size(), () -> type.getSimpleName() + ": " + facts);
    return found.get(0);
  }

  private static List<Score> children(List<Fact> facts, Score parent) {
    return facts.stream()
        .filter(Score.class::isInstance)
        .map(Score.class::cast)
        .filter(s -> Objects.equals(parent.id(), s.parent()))
        .toList();
  }

  private static <T, R> List<R> map(List<T> list, Function<T, R> f) {
    return list.stream().map(f).toList();
  }

  private static BigDecimal sum(List<Score> scores, Function<Score, @Nullable Mention> which) {
    return scores.stream().map(which).map(m -> m.value()).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static @Nullable String text(@Nullable Mention m) {
    return m == null ? null : m.value().toPlainString();
  }
}
