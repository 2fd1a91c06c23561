package io.suanzhang.checks.arithmetic;

import io.suanzhang.core.fact.Breakdown;
import java.util.List;

/**
 * The splits the national disclosure templates make whole: 基本支出 and 项目支出; 人员经费 and 公用经费; the
 * three items of 三公经费. A list that names every item of one is complete, whatever its wording.
 */
public final class WholeSplits {

  private static final List<List<String>> SPLITS = List.of(
      List.of("基本支出", "项目支出"),
      List.of("人员经费", "公用经费"),
      List.of("因公出国", "公务用车", "公务接待"));

  private WholeSplits() {}

  /** Whether the parts' labels name every item of one split. */
  public static boolean named(Breakdown b) {
    for (List<String> split : SPLITS) {
      if (split.stream().allMatch(w -> b.parts().stream().anyMatch(p -> names(p.label(), w)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a part's label names a word, whole or cut short of its measure (基本 for 基本支出). */
  private static boolean names(String label, String word) {
    return label.contains(word) || (label.length() >= 2 && word.startsWith(label));
  }
}
