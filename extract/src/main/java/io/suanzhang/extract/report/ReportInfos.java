package io.suanzhang.extract.report;

import io.suanzhang.core.Document;
import io.suanzhang.core.ReportInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads what a report is from its title (the lines before the first section), the labelled fields of
 * its cover (部门名称：…), and its body: the kind (部门预算, 部门决算, 部门整体支出绩效自评 …), the fiscal
 * year it covers — not the date it was published — and the department. What the document does not
 * establish stays null.
 */
public final class ReportInfos {

  /** Kinds in the order they are tested: the more specific first. */
  private static final List<Map.Entry<Pattern, String>> KINDS =
      List.of(
          Map.entry(Pattern.compile("转移支付.{0,12}绩效"), "转移支付绩效自评"),
          Map.entry(Pattern.compile("民生工程.{0,12}绩效"), "民生工程绩效自评"),
          Map.entry(Pattern.compile("(部门整体支出|整体支出|部门预算|部门).{0,6}绩效(自评|评价)"), "部门整体支出绩效自评"),
          Map.entry(Pattern.compile("项目支出.{0,6}绩效|项目.{0,10}绩效自评"), "项目支出绩效自评"),
          Map.entry(Pattern.compile("决算"), "部门决算"),
          Map.entry(Pattern.compile("单位预算"), "单位预算"),
          Map.entry(Pattern.compile("预算"), "部门预算"),
          Map.entry(Pattern.compile("绩效自评"), "绩效自评"));

  private static final Pattern SECTION_START =
      Pattern.compile("^\\s*(#+\\s*)?(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|目\\s*录)");
  private static final Pattern FISCAL_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年度");
  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年(?!\\s*\\d{1,2}\\s*月)");
  private static final Pattern SHORT_YEAR = Pattern.compile("(?<!\\d)(\\d{2})年(?:度)?(?:部门|单位)?(?:预算|决算)");
  private static final Pattern DATE_LINE = Pattern.compile("(日期|时间|发布|印发|填报日期)[：:]");
  private static final Pattern LABELLED =
      Pattern.compile("(?:部门名称|单位名称|预算单位|主管部门|填报单位)\\s*[：:]\\s*([^\\s，,。；;|]{2,40})");

  private ReportInfos() {}

  /** What the document is, as far as it says. */
  public static ReportInfo of(Document document) {
    List<String> lines = lines(document.text());
    String title = title(lines);
    String name = fileName(document.source().path());
    return new ReportInfo(kind(title, name, document.text()), year(title, lines, name), department(title, lines));
  }

  /** The non-blank lines, stripped. */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      String s = line.strip();
      if (!s.isEmpty()) {
        lines.add(s);
      }
    }
    return lines;
  }

  /** The lines before the first section heading, attachment labels aside, joined. */
  static String title(List<String> lines) {
    StringBuilder title = new StringBuilder();
    for (int i = 0; i < Math.min(8, lines.size()); i++) {
      String line = lines.get(i).replaceFirst("^#+\\s*", "");
      if (SECTION_START.matcher(lines.get(i)).find() || title.length() > 120
          || line.length() > 50 || line.contains("。")) {
        break; // a section or running text begins: the title is over
      }
      if (line.matches("附件\\s*\\d*[：:]?") || DATE_LINE.matcher(line).find() || LABELLED.matcher(line).find()) {
        continue;
      }
      title.append(line);
    }
    return title.toString();
  }

  private static @Nullable String kind(String title, String fileName, String text) {
    for (String where : List.of(title, fileName, text.substring(0, Math.min(text.length(), 3000)))) {
      for (Map.Entry<Pattern, String> kind : KINDS) {
        if (kind.getKey().matcher(where).find()) {
          return kind.getValue();
        }
      }
    }
    return null;
  }

  private static @Nullable Integer year(String title, List<String> lines, String fileName) {
    Integer inTitle = first(FISCAL_YEAR, title);
    if (inTitle == null) {
      inTitle = first(YEAR, title);
    }
    if (inTitle != null) {
      return inTitle;
    }
    for (String line : lines.subList(0, Math.min(30, lines.size()))) {
      if (!DATE_LINE.matcher(line).find()) {
        Integer y = first(FISCAL_YEAR, line);
        if (y != null) {
          return y;
        }
      }
    }
    Integer inName = first(FISCAL_YEAR, fileName);
    if (inName == null) {
      inName = first(YEAR, fileName);
    }
    if (inName == null) {
      Matcher m = SHORT_YEAR.matcher(fileName);
      inName = m.find() ? 2000 + Integer.parseInt(m.group(1)) : null;
    }
    return inName;
  }

  private static @Nullable Integer first(Pattern p, String s) {
    Matcher m = p.matcher(s);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  /**
   * A labelled cover field first (部门名称：…), then a name in the title, then the name the opening and
   * closing lines (the signature) give most often.
   */
  private static @Nullable String department(String title, List<String> lines) {
    for (String line : lines.subList(0, Math.min(40, lines.size()))) {
      Matcher m = LABELLED.matcher(line);
      if (m.find()) {
        return m.group(1);
      }
    }
    List<String> inTitle = OrganisationNames.in(title);
    if (!inTitle.isEmpty()) {
      return inTitle.get(0);
    }
    Matcher leading = TITLE_NAME.matcher(title);
    if (leading.find()) {
      return leading.group(1);
    }
    // The opening lines and the signature at the end name the issuer; the body names everyone else.
    List<String> edges = new ArrayList<>(lines.subList(0, Math.min(30, lines.size())));
    edges.addAll(lines.subList(Math.min(lines.size(), Math.max(30, lines.size() - 5)), lines.size()));
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String line : edges) {
      for (String name : OrganisationNames.in(line)) {
        counts.merge(name, 1, Integer::sum);
      }
    }
    // A full name (埇桥区医疗保障局) beats a short form (区医保局); a government (人民政府) is usually
    // the superior a department reports to, not the issuer.
    return counts.entrySet().stream()
        .max(
            java.util.Comparator.<Map.Entry<String, Integer>>comparingInt(e -> rank(e.getKey()))
                .thenComparing(Map.Entry.comparingByValue()))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private static int rank(String name) {
    if (name.endsWith("政府")) {
      return 0;
    }
    boolean placed = false;
    for (int i = 1; i < name.length() - 2; i++) {
      placed |= "省市县区州旗盟".indexOf(name.charAt(i)) >= 0;
    }
    return placed && name.endsWith("局") ? 3 : placed ? 2 : 1;
  }

  /** A title that opens with the department: 示例县医疗保障局2023年度部门决算说明. */
  private static final Pattern TITLE_NAME =
      Pattern.compile(
          "^(?:(?:19|20)\\d{2}\\s*年度?)?([\\u4e00-\\u9fa5]{1,20}?(?:省|市|县|区|州|旗|镇|乡)[\\u4e00-\\u9fa5]{1,20}?"
              + "(?:局|委员会|办公室|办公厅|办事处|中心|院))");

  private static String fileName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }
}
