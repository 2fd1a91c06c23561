package io.suanzhang.read.office;

import static io.suanzhang.read.office.WordXml.child;
import static io.suanzhang.read.office.WordXml.intVal;
import static io.suanzhang.read.office.WordXml.val;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Node;

/**
 * Heading levels and alignment of paragraphs, from their own properties or their style and the
 * styles it is based on. Word stores the built-in heading styles as "heading 1"; Chinese templates
 * (WPS) may name them "标题 1"; any style may set an outline level.
 */
final class DocxStyles {

  private static final Pattern HEADING_NAME = Pattern.compile("(?:heading|标题)\\s*([1-9])");
  /** Outline level 9 means body text. */
  private static final int BODY_TEXT = 9;
  private static final int MAX_BASED_ON = 12;

  private final @Nullable XWPFStyles styles;
  private final Map<String, Integer> levels = new HashMap<>();
  private final Map<String, Boolean> centered = new HashMap<>();

  DocxStyles(@Nullable XWPFStyles styles) {
    this.styles = styles;
  }

  /** The heading level of a paragraph (w:p), or 0 for body text. */
  int headingLevel(Node paragraph) {
    Node pPr = child(paragraph, "pPr");
    int outline = intVal(child(pPr, "outlineLvl"), -1);
    if (outline >= 0) {
      return outline < BODY_TEXT ? outline + 1 : 0;
    }
    String id = val(child(pPr, "pStyle"));
    return id == null ? 0 : levels.computeIfAbsent(id, this::styleLevel);
  }

  boolean centered(Node paragraph) {
    Node pPr = child(paragraph, "pPr");
    String jc = val(child(pPr, "jc"));
    if (jc != null) {
      return jc.equals("center");
    }
    String id = val(child(pPr, "pStyle"));
    return id != null && centered.computeIfAbsent(id, this::styleCentered);
  }

  private int styleLevel(String id) {
    String current = id;
    for (int k = 0; k < MAX_BASED_ON && current != null; k++) {
      XWPFStyle style = styles == null ? null : styles.getStyle(current);
      if (style == null) {
        return levelOfName(current);
      }
      int level = levelOfName(style.getName());
      if (level > 0) {
        return level;
      }
      int outline = intVal(child(child(style.getCTStyle().getDomNode(), "pPr"), "outlineLvl"), -1);
      if (outline >= 0) {
        return outline < BODY_TEXT ? outline + 1 : 0;
      }
      level = levelOfName(current);
      if (level > 0) {
        return level;
      }
      current = style.getBasisStyleID();
    }
    return 0;
  }

  private boolean styleCentered(String id) {
    String current = id;
    for (int k = 0; k < MAX_BASED_ON && current != null && styles != null; k++) {
      XWPFStyle style = styles.getStyle(current);
      if (style == null) {
        return false;
      }
      String jc = val(child(child(style.getCTStyle().getDomNode(), "pPr"), "jc"));
      if (jc != null) {
        return jc.equals("center");
      }
      current = style.getBasisStyleID();
    }
    return false;
  }

  /** heading 1, Heading1, 标题 1 → 1; Title, 标题 → 1; anything else → 0. */
  static int levelOfName(@Nullable String name) {
    if (name == null) {
      return 0;
    }
    String n = name.strip().toLowerCase(Locale.ROOT);
    Matcher m = HEADING_NAME.matcher(n);
    if (m.matches()) {
      return Integer.parseInt(m.group(1));
    }
    return n.equals("title") || n.equals("标题") ? 1 : 0;
  }
}
