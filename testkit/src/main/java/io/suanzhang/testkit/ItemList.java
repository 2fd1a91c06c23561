package io.suanzhang.testkit;

import io.suanzhang.core.text.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The numbered 项目 list of a department budget, in the national template's words, each item heading
 * its amount and then stating last year's execution, this year's budget and the rate between them:
 *
 * <pre>
 * 1. “住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元，主要用于住房公积金。2023年当年预算执行数为
 * 348.52万元，2024年预算安排350.35万元，比2023年预算执行数增加0.53%。主要原因是：工作调整。
 * </pre>
 *
 * Written consistent, or with one number changed ({@link #inject}): every number with its span, so a
 * property can ask whether a finding points at the changed one. Amounts are 50万元 and more, so a rate
 * recomputed from them is precise to well under a percentage point.
 */
public record ItemList(List<Item> items) {

  private static final String[][] CLASSIFIED = {
    {"住房保障支出", "住房改革支出", "住房公积金"},
    {"住房保障支出", "住房改革支出", "购房补贴"},
    {"一般公共服务支出", "群众团体事务", "一般行政管理事务"},
    {"公共安全支出", "司法", "公共法律服务"},
    {"社会保障和就业支出", "行政事业单位养老支出", "机关事业单位基本养老保险缴费支出"},
    {"城乡社区支出", "城乡社区管理事务", "城管执法"},
  };

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public ItemList {
    items = List.copyOf(items);
    if (items.isEmpty()) {
      throw new IllegalArgumentException("an item list has an item at least");
    }
  }

  /** One item: its 类, 款 and 项, last year's execution and this year's budget, in 万元. */
  public record Item(String category, String section, String name, BigDecimal base, BigDecimal budget) {

    /** The rate as the template writes it: a magnitude to two places, its sign in the word. */
    public BigDecimal rate() {
      return budget.subtract(base).multiply(HUNDRED).divide(base, 2, RoundingMode.HALF_UP).abs();
    }

    String direction() {
      int sign = budget.compareTo(base);
      return sign > 0 ? "增加" : sign < 0 ? "减少" : "持平";
    }
  }

  /** Which number of an item an injection changes. */
  public enum Place { HEADING, BASE, BUDGET, RATE }

  /** A list as text, and the span of each item's numbers, in code points, by {@link Place}. */
  public record Written(String text, List<List<Span>> places) {
    public Written {
      places = places.stream().map(List::copyOf).toList();
    }

    public Span at(int item, Place place) {
      return places.get(item).get(place.ordinal());
    }
  }

  /** A list with one number changed by more than any rounding could explain, and where it stands. */
  public record Injected(ItemList list, Written written, int item, Place place, String was) {
    public Span changed() {
      return written.at(item, place);
    }
  }

  /** The list of a seed: one to six distinct items whose budget differs from last year's. */
  static ItemList of(long seed) {
    Random random = new Random(seed);
    List<String[]> names = new ArrayList<>(List.of(CLASSIFIED));
    java.util.Collections.shuffle(names, random);
    int size = 1 + random.nextInt(CLASSIFIED.length);
    List<Item> items = new ArrayList<>();
    for (String[] n : names.subList(0, size)) {
      BigDecimal base = amount(random);
      BigDecimal budget = amount(random);
      if (budget.compareTo(base) == 0) {
        budget = budget.add(BigDecimal.ONE);
      }
      items.add(new Item(n[0], n[1], n[2], base, budget));
    }
    return new ItemList(items);
  }

  private static BigDecimal amount(Random random) {
    return BigDecimal.valueOf(5_000 + random.nextInt(85_000), 2); // 50.00 to 899.99 万元
  }

  /** The list as the template writes it. */
  public Written write() {
    return write(-1, Place.HEADING, "");
  }

  /**
   * The list with the number at {@code place} of item {@code item} changed, chosen by {@code seed}:
   * a heading amount or budget by 0.5 to 50万元; a base by a tenth of itself, so that the rate moves
   * beyond the amounts' rounding; a rate by a tenth of itself, one point at least.
   */
  public Injected inject(int item, Place place, long seed) {
    Random random = new Random(seed);
    Item it = items.get(item);
    BigDecimal delta = BigDecimal.valueOf(50 + random.nextInt(4_950), 2);
    boolean down = random.nextBoolean();
    String was;
    String now;
    switch (place) {
      case RATE -> {
        BigDecimal step = it.rate().divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP).max(BigDecimal.ONE);
        was = it.rate().toPlainString();
        now = (down && it.rate().compareTo(step) > 0 ? it.rate().subtract(step) : it.rate().add(step))
            .toPlainString();
      }
      case BASE -> {
        BigDecimal step = it.base().divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP);
        BigDecimal changed = down ? it.base().subtract(step) : it.base().add(step);
        if (changed.compareTo(it.budget()) == 0) {
          changed = changed.add(BigDecimal.ONE);
        }
        was = it.base().toPlainString();
        now = changed.toPlainString();
      }
      default -> {
        was = it.budget().toPlainString();
        now = (down && it.budget().compareTo(delta) > 0 ? it.budget().subtract(delta)
            : it.budget().add(delta)).toPlainString();
      }
    }
    return new Injected(this, write(item, place, now), item, place, was);
  }

  private Written write(int changedItem, Place changedPlace, String changedTo) {
    StringBuilder text = new StringBuilder("上海市普陀区示例街道办事处2024年部门预算\n\n三、项目支出情况说明\n");
    List<List<Span>> places = new ArrayList<>();
    for (int k = 0; k < items.size(); k++) {
      Item i = items.get(k);
      String[] values = {
        i.budget().toPlainString(), i.base().toPlainString(), i.budget().toPlainString(),
        i.rate().toPlainString()
      };
      if (k == changedItem) {
        values[changedPlace.ordinal()] = changedTo;
      }
      List<Span> at = new ArrayList<>();
      text.append(k + 1).append(". “").append(i.category()).append("（类）").append(i.section())
          .append("（款）").append(i.name()).append("（项）”");
      at.add(append(text, values[0] + "万元"));
      text.append("，主要用于").append(i.name()).append("。2023年当年预算执行数为");
      at.add(append(text, values[1] + "万元"));
      text.append("，2024年预算安排");
      at.add(append(text, values[2] + "万元"));
      text.append("，比2023年预算执行数").append(i.direction());
      at.add(append(text, values[3] + "%"));
      text.append("。主要原因是：工作调整。\n");
      places.add(at);
    }
    return new Written(text.toString(), places);
  }

  /** Appends a number and gives its code-point span in the text. */
  private static Span append(StringBuilder text, String number) {
    int start = text.codePointCount(0, text.length());
    text.append(number);
    return new Span(start, start + number.codePointCount(0, number.length()), null);
  }
}
