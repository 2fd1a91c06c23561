package io.suanzhang.extract.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The labelled fields of a report's cover and of the page header a web page was copied with:
 * 部门名称：…, 预算单位：…, 填报日期：2024-7-9, 公开时间：2021 年 10 月 26 日, "| 发布机构 | 施甸县财政局 |". A
 * label's value follows a colon, a tab or a table bar, or, where the label ends its line, starts the
 * next line ("主管部门 |" then "青神县发展和改革局本级 |").
 */
final class CoverFields {

  /** What a label names. */
  enum Field {
    DEPARTMENT("部门名称", "预算主管部门", "主管部门", "部门"),
    UNIT("单位名称", "预算单位", "填报单位", "实施单位"),
    /** The body a web page says published it: a fallback for the department. */
    ISSUER("发布机构", "发布单位"),
    FILED("填报日期", "填报时间"),
    PUBLISHED("公开时间", "公开日期", "发布日期", "发布时间");

    private final List<String> labels;

    Field(String... labels) {
      this.labels = List.of(labels);
    }

    boolean isDate() {
      return this == FILED || this == PUBLISHED;
    }
  }

  /** How many lines from the top, and from the bottom, may hold labelled fields. */
  private static final int HEAD = 40;
  private static final int TAIL = 10;

  /** Any label, not inside a longer word (2025年预算单位财务收支预算总表), then its separator. */
  private static final Pattern LABEL = labelPattern();

  private static final Pattern DATE =
      Pattern.compile("^((?:19|20)\\d{2})\\s*[-./年]\\s*(\\d{1,2})\\s*[-./月]\\s*(\\d{1,2})(?!\\d)");
  private static final Pattern NAME = Pattern.compile("^[^\\s，,。；;|：:]{2,40}");
  private static final Pattern NAME_NOISE = Pattern.compile("(?:[（(]\\s*盖章\\s*[)）]|本级)$");

  private final Map<Field, String> values;

  private CoverFields(Map<Field, String> values) {
    this.values = values;
  }

  /** The first value of each field in the opening and closing lines. */
  static CoverFields read(List<String> lines) {
    Map<Field, String> values = new EnumMap<>(Field.class);
    for (int i = 0; i < lines.size(); i++) {
      if (i == HEAD && lines.size() > HEAD + TAIL) {
        i = lines.size() - TAIL;
      }
      Matcher m = LABEL.matcher(lines.get(i));
      while (m.find()) {
        Field field = fieldOf(m.group(1));
        String rest = lines.get(i).substring(m.end());
        if (rest.replaceAll("[\\s|]", "").isEmpty() && i + 1 < lines.size()) {
          rest = lines.get(i + 1).replaceFirst("^[\\s|]+", ""); // the value is in the next row
        }
        String value = field.isDate() ? date(rest) : name(rest);
        if (value != null) {
          values.putIfAbsent(field, value);
        }
      }
    }
    return new CoverFields(values);
  }

  /** Whether a line holds a labelled field, and so is no part of a title. */
  static boolean isLabelled(String line) {
    return LABEL.matcher(line).find();
  }

  @Nullable String get(Field field) {
    return values.get(field);
  }

  /** 2024-7-9, 2024/07/09, 2021 年 10 月 26 日 as 2024-07-09; an impossible date as null. */
  static @Nullable String date(String text) {
    Matcher m = DATE.matcher(text.strip());
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.of(
              Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
          .toString();
    } catch (DateTimeException e) {
      return null; // 2024-13-01: not a date, whatever the label says
    }
  }

  private static @Nullable String name(String text) {
    Matcher m = NAME.matcher(text.strip());
    if (!m.find()) {
      return null;
    }
    String name = NAME_NOISE.matcher(m.group()).replaceFirst("");
    boolean chinese = name.codePoints().filter(c -> c >= 0x4e00 && c <= 0x9fff).count() >= 4;
    return chinese ? name : null;
  }

  private static Field fieldOf(String label) {
    String bare = label.replaceAll("\\s", "");
    for (Field field : Field.values()) {
      if (field.labels.contains(bare)) {
        return field;
      }
    }
    throw new IllegalStateException("no field for label " + label);
  }

  private static Pattern labelPattern() {
    StringBuilder alternatives = new StringBuilder();
    for (Field field : Field.values()) {
      for (String label : field.labels) {
        if (alternatives.length() > 0) {
          alternatives.append('|');
        }
        // 填 报 日 期: covers space their labels out
        alternatives.append(String.join("\\s*", label.split("")));
      }
    }
    return Pattern.compile(
        "(?<![\\u4e00-\\u9fa5])(" + alternatives + ")\\s*(?:[（(]\\s*盖章\\s*[)）])?\\s*(?:[：:|]|\\t)\\s*");
  }
}
