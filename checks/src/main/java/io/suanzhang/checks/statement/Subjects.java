package io.suanzhang.checks.statement;

import io.suanzhang.core.ReportInfo;
import io.suanzhang.core.text.Trailing;
import io.suanzhang.core.text.Without;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a statement is about, brought to one spelling so that two statements of the same thing compare
 * equal: 2024年度上海市普陀区财政局财政拨款收入支出总计 and the 总计 row of 财政拨款收入支出决算总表 are both
 * 财政拨款收入支出总计; 发放救助资金 and 发放救助金 are both 发放救助.
 */
public final class Subjects {

  /**
   * A classification item as reports name it: 住房保障支出（类）住房改革支出（款）住房公积金（项). Found by its mark,
   * then its name read back from it ({@link #bracketed}): the pattern's lazy name, tried from every
   * position of a clause, was most of what the cross-reference checks spent on subjects.
   */
  static final Pattern CLASSIFIED =
      Pattern.compile("([^\\s（）()“”\"‘’：:，,。；;、]+?)\\s*[（(]\\s*([类款项])\\s*[）)]");
  private static final Pattern MARKED = Pattern.compile("[（(]\\s*[类款项]\\s*[）)]");
  /** What ends a classification item's name, besides a space ({@link Without#isSpace}). */
  private static final String NAME_ENDS = "（）()“”\"‘’：:，,。；;、";
  /** A classification item named by its path in quotes: “一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目. */
  private static final Pattern DASHED =
      Pattern.compile("[“\"]([^”\"\\n]+?[-－—][^”\"\\n]+?)[”\"]\\s*科目");
  private static final Pattern LEADING = Pattern.compile(
      "^(?:[0-9０-９]{1,2}\\s*[.、．]|[（(][0-9一二三四五六七八九十]{1,3}[）)]|[⑴-⒇①-⑳]|[一二三四五六七八九十]{1,3}、"
          + "|其中[:：]?|截[止至][^，,。]*?(?:年底|月底|日|月|时点|末|底)|\\d{4}\\s*年(?:度)?|[1-9]\\d?\\s*[-—~至]\\s*\\d{1,2}\\s*月"
          + "|当年|本年度?|全年|年初|目前|累计|共计|共|我局|我单位|本单位|本部门|我部门|我市|我区|我县|全市|全区|全县"
          + "|发放|支付|使用|拨付|实际|已|为|达)+");
  static final Trailing TRAILING = new Trailing(
      Pattern.compile("(?:资金|金额|(?<=助)金|共计|共|累计|总额|为|达|约|合计数)+$"), "金额计共为达约数");
  private static final Pattern PLACE = Pattern.compile("^.+?[省市州盟县区旗]");
  static final Pattern NOISE = Pattern.compile("[\\s“”\"‘’「」《》【】\\[\\]·:：]");
  /** Subjects that name nothing by themselves: what they are about comes from the context. */
  private static final Set<String> GENERIC = Set.of(
      "项目", "该项目", "本项目", "此项目", "上述项目", "上述", "项目资金", "资金", "预算", "预算安排", "安排", "支出",
      "收入", "合计", "总计", "小计", "费", "经费", "金额", "部门", "单位", "本级", "涉及", "其中", "采购", "单价", "比",
      "下调", "上调", "减少", "增加", "增长", "下降", "结算", "实际", "完成", "执行", "预算数", "执行数", "决算",
      "决算数", "年初预算", "调整后预算", "全年预算", "其他", "基本", "项目支出预算", "由区财政拨款", "区财政拨款",
      "财政拨款", "拨款");

  private Subjects() {}

  /** One spelling of a subject: no spaces, quotes, numbering, dates, department or filler words. */
  static String canonical(String raw, ReportInfo report) {
    // funds 在途 (in transit) are the funds not yet paid out: 未拨付资金272884元 … 在途资金272884元
    String s = withoutNoise(raw).replace("在途", "未拨付");
    s = s.toUpperCase(Locale.ROOT);
    for (String name : names(report)) {
      s = s.replace(name, "");
    }
    String before;
    do {
      before = s;
      s = LEADING.matcher(s).replaceFirst("");
      s = TRAILING.strip(s);
    } while (!s.equals(before) && !s.isEmpty());
    return s;
  }

  /**
   * {@code NOISE.matcher(s).replaceAll("")}, by hand: the subjects of every statement of a report go
   * through it, and most have nothing to remove.
   */
  static String withoutNoise(String s) {
    return Without.chars(s, NOISE_CHARS);
  }

  /** The characters of {@link #NOISE}. */
  private static final String NOISE_CHARS = Without.SPACES + "“”\"‘’「」《》【】[]·:：";

  /** Whether a canonical subject names nothing of its own (项目, 预算安排, the department, ''). */
  static boolean weak(String canonical) {
    if (canonical.codePointCount(0, canonical.length()) < 2 || GENERIC.contains(canonical)) {
      return true;
    }
    if (canonical.startsWith("该") || canonical.startsWith("上述") || canonical.startsWith("本项目")) {
      return true;
    }
    return canonical.codePoints().noneMatch(c -> Character.UnicodeScript.of(c)
        == Character.UnicodeScript.HAN);
  }

  /**
   * The last classification path in a text, innermost last: [住房保障支出, 住房改革支出, 住房公积金], from
   * 住房保障支出（类）住房改革支出（款）住房公积金（项） or “住房保障支出-住房改革支出-住房公积金”科目.
   */
  public static @Nullable Classified classified(String text) {
    Classified dashed = null;
    // A path in quotes is followed by 科目: a text without it has none (the pattern is a lazy search).
    Matcher d = DASHED.matcher(text.contains("科目") ? text : "");
    while (d.find()) {
      List<String> path = new ArrayList<>();
      for (String part : d.group(1).split("\\s*[-－—]\\s*")) {
        path.add(withoutNoise(part).toUpperCase(Locale.ROOT));
      }
      dashed = new Classified(List.copyOf(path), d.end());
    }
    Classified bracketed = bracketed(text);
    if (dashed == null || (bracketed != null && bracketed.end() > dashed.end())) {
      return bracketed;
    }
    return dashed;
  }

  /**
   * What {@link #CLASSIFIED} finds, item after item: each mark（类）（款）（项） with the name before it, the
   * run of characters that can name an item ending where the spaces before the mark begin. A mark
   * without one names nothing, as the pattern finds nothing there.
   */
  static @Nullable Classified bracketed(String text) {
    if (text.indexOf('（') < 0 && text.indexOf('(') < 0) {
      return null;
    }
    Matcher mark = MARKED.matcher(text);
    List<String> path = new ArrayList<>();
    int lastEnd = -1;
    int pathEnd = -1;
    while (mark.find()) {
      int nameEnd = mark.start();
      while (nameEnd > 0 && Without.isSpace(text.charAt(nameEnd - 1))) {
        nameEnd--;
      }
      int nameStart = nameEnd;
      while (nameStart > 0 && !Without.isSpace(text.charAt(nameStart - 1))
          && NAME_ENDS.indexOf(text.charAt(nameStart - 1)) < 0) {
        nameStart--;
      }
      if (nameStart == nameEnd) {
        continue;
      }
      String gap = lastEnd < 0 ? "" : text.substring(lastEnd, nameStart).strip();
      if (lastEnd < 0 || !gap.isEmpty()) {
        path = new ArrayList<>();
      }
      path.add(withoutNoise(text.substring(nameStart, nameEnd)).toUpperCase(Locale.ROOT));
      lastEnd = mark.end();
      pathEnd = mark.end();
    }
    return path.isEmpty() ? null : new Classified(List.copyOf(path), pathEnd);
  }

  /** A classification path and where it ends in the text it was found in (a UTF-16 index). */
  public record Classified(List<String> path, int end) {
    public String name() {
      return path.get(path.size() - 1);
    }
  }

  /** Whether two paths can name the same item: equal where both say something. */
  static boolean compatible(List<String> a, List<String> b) {
    int n = Math.min(a.size(), b.size());
    for (int i = 1; i <= n; i++) {
      if (!a.get(a.size() - i).equals(b.get(b.size() - i))) {
        return false;
      }
    }
    return true;
  }

  /** A name as compared: no spaces, upper-case Latin letters (DRGs and DRGS are one project). */
  static String key(String name) {
    return withoutNoise(name).toUpperCase(Locale.ROOT);
  }

  /**
   * The department's and unit's names as a subject may carry them: in full and without the places
   * before them (自贡市贡井区医疗保障局, 贡井区医疗保障局, 医疗保障局), longest first.
   */
  private static List<String> names(ReportInfo report) {
    Names last = lastNames;
    if (last != null && last.report().equals(report)) {
      return last.names();
    }
    List<String> names = List.copyOf(namesOf(report));
    lastNames = new Names(report, names);
    return names;
  }

  /** The names of the report last asked about: a report's statements ask one after another. */
  private static volatile @Nullable Names lastNames;

  private record Names(ReportInfo report, List<String> names) {}

  private static List<String> namesOf(ReportInfo report) {
    List<String> names = new ArrayList<>();
    for (String name : new String[] {report.department(), report.unit()}) {
      if (name == null) {
        continue;
      }
      String rest = key(name);
      while (rest.length() >= 4) {
        names.add(rest);
        Matcher place = PLACE.matcher(rest);
        if (!place.find()) {
          break;
        }
        rest = rest.substring(place.end());
      }
    }
    names.sort((a, b) -> b.length() - a.length());
    return names;
  }
}
