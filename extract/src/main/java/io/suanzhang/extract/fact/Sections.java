package io.suanzhang.extract.fact;

import io.suanzhang.core.Document;
import io.suanzhang.core.fact.Section;
import java.util.List;

/** The heading tree of a document. */
final class Sections {

  private Sections() {}

  static List<Section> of(Document document) {
    return List.of();
  }
}
