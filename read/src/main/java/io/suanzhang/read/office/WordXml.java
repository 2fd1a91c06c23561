package io.suanzhang.read.office;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small DOM helpers for WordprocessingML, read through the DOM view of POI's XML beans. */
final class WordXml {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  static final String O = "urn:schemas-microsoft-com:office:office";

  private WordXml() {}

  /** Whether the node is the WordprocessingML element of that local name. */
  static boolean is(Node node, String name) {
    return node.getNodeType() == Node.ELEMENT_NODE && W.equals(node.getNamespaceURI())
        && name.equals(node.getLocalName());
  }

  static @Nullable Node child(@Nullable Node parent, String name) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (is(n, name)) {
        return n;
      }
    }
    return null;
  }

  /**
   * The children of that name, looking through the wrappers that may stand between a table and its
   * rows or a row and its cells: content controls and custom XML.
   */
  static List<Node> children(Node parent, String name) {
    List<Node> out = new ArrayList<>();
    collect(parent, name, out, 0);
    return out;
  }

  private static void collect(Node parent, String name, List<Node> out, int depth) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (is(n, name)) {
        out.add(n);
      } else if (depth < 8 && (is(n, "sdt") || is(n, "customXml"))) {
        Node content = is(n, "sdt") ? child(n, "sdtContent") : n;
        if (content != null) {
          collect(content, name, out, depth + 1);
        }
      }
    }
  }

  /** The character data directly inside an element (XMLBeans' DOM lacks getTextContent). */
  static void appendText(Node element, StringBuilder out) {
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      short type = n.getNodeType();
      if (type == Node.TEXT_NODE || type == Node.CDATA_SECTION_NODE) {
        out.append(n.getNodeValue());
      }
    }
  }

  /** The w:val attribute, or null. */
  static @Nullable String val(@Nullable Node node) {
    if (!(node instanceof Element)) {
      return null;
    }
    Element e = (Element) node;
    String v = e.getAttributeNS(W, "val");
    return v == null || v.isEmpty() ? null : v;
  }

  /** An integer w:val, or the fallback when absent or not a number. */
  static int intVal(@Nullable Node node, int fallback) {
    String v = val(node);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** An on/off property: present and not switched off by its value. */
  static boolean on(@Nullable Node node) {
    if (node == null) {
      return false;
    }
    String v = val(node);
    return v == null || !(v.equals("0") || v.equals("false") || v.equals("off"));
  }
}
