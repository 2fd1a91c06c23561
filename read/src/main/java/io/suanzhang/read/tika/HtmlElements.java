package io.suanzhang.read.tika;

import java.util.Locale;
import java.util.Set;
import org.apache.tika.parser.html.HtmlMapper;
import org.jspecify.annotations.Nullable;

/**
 * Which HTML elements and attributes reach {@link XhtmlBlocks}. Tika's default mapper drops div,
 * caption and br, and colspan, rowspan and alignment; tables and headings need them.
 */
final class HtmlElements implements HtmlMapper {

  static final HtmlElements INSTANCE = new HtmlElements();

  private static final Set<String> ELEMENTS =
      Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "pre",
          "blockquote", "address", "section", "article", "header", "footer", "main", "aside", "nav",
          "center", "form", "fieldset", "figure", "figcaption", "hr", "br", "table", "caption",
          "thead", "tbody", "tfoot", "tr", "td", "th");
  private static final Set<String> ATTRIBUTES = Set.of("colspan", "rowspan", "align", "style");
  private static final Set<String> DISCARDED =
      Set.of("STYLE", "SCRIPT", "NOSCRIPT", "TEMPLATE", "SELECT", "TEXTAREA", "BUTTON", "HEAD");

  private HtmlElements() {}

  @Override
  public @Nullable String mapSafeElement(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return ELEMENTS.contains(lower) ? lower : null;
  }

  @Override
  public boolean isDiscardElement(String name) {
    return DISCARDED.contains(name.toUpperCase(Locale.ROOT));
  }

  @Override
  public @Nullable String mapSafeAttribute(String elementName, String attributeName) {
    String lower = attributeName.toLowerCase(Locale.ROOT);
    return ATTRIBUTES.contains(lower) ? lower : null;
  }
}
