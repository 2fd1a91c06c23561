package io.suanzhang.extract.report;

import io.suanzhang.core.Document;
import io.suanzhang.core.ReportInfo;
import io.suanzhang.core.ReportKind;
import io.suanzhang.core.text.Lines;
import io.suanzhang.extract.report.CoverFields.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads what a report is from its title (the lines before the first section), the labelled fields of
 * its cover (部门名称：…, 填报日期：…), its file name and its body: the kind (部门预算, 部门决算,
 * 部门整体支出绩效自评 …), the fiscal year it covers — not the date it was published — the department,
 * the unit, and the dates it was filed and published. What the document does not establish stays null.
 */
public final class ReportInfoReader {

  /** A way a title names its kind; {@code qualified} when it says whose (部门, 单位, 项目 …). */
  private record KindWord(Pattern pattern, ReportKind kind, boolean qualified) {
    KindWord(String regex, ReportKind kind, boolean qualified) {
      this(Pattern.compile(regex), kind, qualified);
    }
  }

  /** Kinds in the order they are tested: the more specific first. */
  private static final List<KindWord> KINDS =
      List.of(
          new KindWord("转移支付.{0,12}绩效", ReportKind.TRANSFER_PERFORMANCE, true),
          new KindWord("民生工程.{0,12}绩效", ReportKind.LIVELIHOOD_PERFORMANCE, true),
          // 部门预算项目支出绩效自评表 is of a project, though it names the department's budget
          new KindWord("项目支出.{0,6}绩效|项目.{0,10}绩效自评", ReportKind.PROJECT_PERFORMANCE, true),
          new KindWord(
              "(部门整体支出|整体支出|部门预算|部门).{0,6}绩效(自评|评价)", ReportKind.DEPARTMENT_PERFORMANCE, true),
          new KindWord("单位决算", ReportKind.UNIT_FINAL_ACCOUNTS, true),
          new KindWord("部门决算", ReportKind.DEPARTMENT_FINAL_ACCOUNTS, true),
          new KindWord("单位预算", ReportKind.UNIT_BUDGET, true),
          new KindWord("部门预算", ReportKind.DEPARTMENT_BUDGET, true),
          new KindWord("绩效自评|绩效评价", ReportKind.PERFORMANCE, true),
          new KindWord("决算", ReportKind.DEPARTMENT_FINAL_ACCOUNTS, false),
          new KindWord("预算", ReportKind.DEPARTMENT_BUDGET, false));

  private static final Pattern SECTION_START =
      Pattern.compile("^\\s*(#+\\s*)?(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|目\\s*录)");
  private static final Pattern FISCAL_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年度");
  /**
   * A fiscal year that is not the base of a comparison (较2014年度…) nor a year proposed for later
   * (建议2024年度安排预算资金…): the year a body line is about.
   */
  private static final Pattern OWN_FISCAL_YEAR =
      Pattern.compile("(?<!(?:[较比与同拟]|建议|计划|下一)\\s{0,3})((?:19|20)\\d{2})\\s*年度");
  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年(?!\\s*\\d{1,2}\\s*月)");
  // A misprinted title that drops 年 before 度 (江苏省政协办公厅2018度部门预算公开表): the 度 and the kind
  // after it still make the four digits a fiscal year.
  private static final Pattern YEAR_WITHOUT_NIAN =
      Pattern.compile("(?<!\\d)((?:19|20)\\d{2})度(?:部门|单位)?(?:预算|决算)");
  private static final Pattern SHORT_YEAR = Pattern.compile("(?<!\\d)(\\d{2})年(?:度)?(?:部门|单位)?(?:预算|决算)");
  private static final Pattern DATE_LINE = Pattern.compile("(日期|时间|发布|印发|填报日期)[：:]");
  /** A jurisdiction and then the year, no body named: 施甸县2016年“三公”经费决算情况统计表. */
  private static final Pattern PLACE_THEN_YEAR =
      Pattern.compile("(?<![\\u4e00-\\u9fa5])[\\u4e00-\\u9fa5]{1,10}?(?:省|市|县|区|州)\\s*(?:19|20)\\d{2}\\s*年");
  /** A blank template's stand-in for a name (上海市XX局, ××县财政局, 某某单位): no department at all. */
  private static final Pattern PLACEHOLDER = Pattern.compile("[XxＸｘ×]{2}|某某|＊＊|\\*\\*");
  /** A party committee's body written without 中共: 江苏省委办公厅, 上海市普陀区委社会工作部. */
  private static final Pattern PARTY_BODY =
      Pattern.compile("^(?!中共)[\\u4e00-\\u9fa5]{1,12}?(?:省|市|区|县|州)委(?!员)[\\u4e00-\\u9fa5]+$");
  /** A short form that leaves its jurisdiction out: 区医保局, 市国资委. */
  private static final String BARE_LEVELS = "省市县区州";

  private ReportInfoReader() {}

  /** What the document is, as far as it says. */
  public static ReportInfo of(Document document) {
    List<String> lines = lines(document.text());
    String title = title(lines);
    String fileName = fileName(document.source().path());
    CoverFields cover = CoverFields.read(lines);
    ReportKind kind = kind(title, fileName, document.text());
    String department = department(title, lines, fileName, cover);
    return new ReportInfo(
        kind,
        year(title, lines, fileName),
        department,
        unit(kind, department, cover),
        cover.get(Field.FILED),
        cover.get(Field.PUBLISHED));
  }

  /**
   * A line is read up to this many characters. Titles, cover fields and signatures are short; a longer
   * line is running text, and a text without line breaks is one line that every pattern here would
   * otherwise search whole. The shared reports' longest line has under 1,000.
   */
  private static final int MAX_LINE = 2_000;

  /** The non-blank lines (ended by any line break), stripped, each cut to {@value #MAX_LINE}. */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    for (int[] range : Lines.of(text)) {
      String s = text.substring(range[0], Math.min(range[1], range[0] + MAX_LINE)).strip();
      if (!s.isEmpty()) {
        lines.add(s);
      }
    }
    return lines;
  }

  /** The lines before the first section heading, attachment labels and cover fields aside, joined. */
  static String title(List<String> lines) {
    StringBuilder title = new StringBuilder();
    for (int i = 0; i < Math.min(8, lines.size()); i++) {
      String line = lines.get(i).replaceFirst("^#+\\s*", "");
      if (line.matches("附件\\s*\\d*[：:]?") || DATE_LINE.matcher(line).find() || CoverFields.isLabelled(line)) {
        continue; // however long: "| 索引号 | … | 发布机构 | 施甸县财政局 |"
      }
      if (SECTION_START.matcher(lines.get(i)).find() || title.length() > 120
          || line.length() > 50 || line.contains("。")) {
        break; // a section or running text begins: the title is over
      }
      title.append(line);
    }
    return title.toString();
  }

  /**
   * The kind the title or the file name names; else one the opening text names with its owner (部门决算,
   * not a bare 决算: 一般公共预算 is in every report); else {@link ReportKind#OTHER} for a title with a
   * year that names none.
   */
  private static @Nullable ReportKind kind(String title, String fileName, String text) {
    for (String where : List.of(title, fileName)) {
      for (KindWord word : KINDS) {
        if (word.pattern().matcher(where).find()) {
          return word.qualified() || !ofAJurisdiction(title) ? word.kind() : ReportKind.OTHER;
        }
      }
    }
    String opening = text.substring(0, Math.min(text.length(), 3000));
    for (KindWord word : KINDS) {
      if (word.qualified() && word.pattern().matcher(opening).find()) {
        return word.kind();
      }
    }
    boolean dated = YEAR.matcher(title).find() || YEAR.matcher(fileName).find();
    return dated ? ReportKind.OTHER : null;
  }

  /** A government's own figures (施甸县2016年“三公”经费决算), not a department's. */
  private static boolean ofAJurisdiction(String title) {
    return PLACE_THEN_YEAR.matcher(title).find() && OrganisationNames.in(title).isEmpty();
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
        Integer y = first(OWN_FISCAL_YEAR, line);
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
      inName = first(YEAR_WITHOUT_NIAN, fileName);
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
   * The department: a labelled cover field (部门名称：…), a name in the title, the publisher a web page
   * names, the unit the cover names, a name in the file name, and last the name the opening and closing
   * lines (the signature) give most often. A short form (区医保局) is then completed from a full name
   * elsewhere in the document or its file name (埇桥区医疗保障局).
   */
  private static @Nullable String department(
      String title, List<String> lines, String fileName, CoverFields cover) {
    String name = cover.get(Field.DEPARTMENT);
    if (name == null) {
      name = firstOf(OrganisationNames.in(title));
    }
    if (name == null) {
      Matcher leading = TITLE_NAME.matcher(title);
      name = leading.find() ? leading.group(1) : null;
    }
    if (name == null) {
      name = cover.get(Field.ISSUER);
    }
    if (name == null) {
      name = cover.get(Field.UNIT);
    }
    if (name == null) {
      name = firstOf(OrganisationNames.in(stem(fileName)));
    }
    if (name == null) {
      name = mostNamed(lines);
    }
    if (name == null || PLACEHOLDER.matcher(name).find()) {
      return null;
    }
    if (BARE_LEVELS.indexOf(name.charAt(0)) >= 0) {
      name = completed(name, lines, fileName);
    }
    return PARTY_BODY.matcher(name).matches() ? "中共" + name : name;
  }

  /**
   * The unit: the one a 单位预算 or 单位决算 is of, or the 填报单位/预算单位 the cover names where it is
   * not the department itself.
   */
  private static @Nullable String unit(
      @Nullable ReportKind kind, @Nullable String department, CoverFields cover) {
    String unit = cover.get(Field.UNIT);
    if (kind == ReportKind.UNIT_BUDGET || kind == ReportKind.UNIT_FINAL_ACCOUNTS) {
      return unit != null ? unit : department;
    }
    return unit != null && !unit.equals(department) ? unit : null;
  }

  private static @Nullable String firstOf(List<String> names) {
    return names.isEmpty() ? null : names.get(0);
  }

  /** The opening lines and the signature at the end name the issuer; the body names everyone else. */
  private static @Nullable String mostNamed(List<String> lines) {
    List<String> edges = new ArrayList<>(lines.subList(0, Math.min(30, lines.size())));
    edges.addAll(lines.subList(Math.min(lines.size(), Math.max(30, lines.size() - 5)), lines.size()));
    Map<String, Integer> counts = count(edges);
    // A full name (埇桥区医疗保障局) beats a short form (区医保局); a government (人民政府) is usually
    // the superior a department reports to, not the issuer.
    return counts.entrySet().stream()
        .max(
            Comparator.<Map.Entry<String, Integer>>comparingInt(e -> rank(e.getKey()))
                .thenComparing(Map.Entry.comparingByValue()))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /**
   * The full name a short form stands for: the name in the file name or the document, said most
   * often, that ends as it does and holds its characters in order (区医保局 in 埇桥区医疗保障局, 市国资委 in
   * 南通市国资委); the short form itself where there is none.
   */
  private static String completed(String shortForm, List<String> lines, String fileName) {
    Map<String, Integer> counts = count(List.of(stem(fileName)));
    count(lines).forEach((name, n) -> counts.merge(name, n, Integer::sum));
    return counts.entrySet().stream()
        .filter(e -> abbreviates(shortForm, e.getKey()))
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(shortForm);
  }

  private static boolean abbreviates(String shortForm, String name) {
    if (name.length() <= shortForm.length()
        || name.charAt(name.length() - 1) != shortForm.charAt(shortForm.length() - 1)) {
      return false;
    }
    int at = 0;
    for (int i = 0; i < name.length() && at < shortForm.length(); i++) {
      if (name.charAt(i) == shortForm.charAt(at)) {
        at++;
      }
    }
    return at == shortForm.length();
  }

  private static Map<String, Integer> count(List<String> lines) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String line : lines) {
      for (String name : OrganisationNames.in(line)) {
        counts.merge(name, 1, Integer::sum);
      }
    }
    return counts;
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

  /** A file name without its extension and with separators as spaces: 财政部_2024年 → 财政部 2024年. */
  private static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return (dot > 0 ? fileName.substring(0, dot) : fileName).replace('_', ' ');
  }
}
