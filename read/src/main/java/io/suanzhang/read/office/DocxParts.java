package io.suanzhang.read.office;

import io.suanzhang.core.ErrorCode;
import io.suanzhang.core.ReportException;
import io.suanzhang.core.Source;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlException;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The parts of a Word package the reader needs: the main document's body and the styles, parsed
 * into POI's WordprocessingML beans with POI's XML options (no DTDs, bounded entities).
 *
 * <p>This is what {@code XWPFDocument} parses too, without the paragraph, run and table objects it
 * then builds for every element (and builds twice for tables): the body walker reads the beans'
 * DOM, and skipping that model makes a read about four times faster with the same text.
 */
final class DocxParts {

  private static final Set<String> WORD_TYPES =
      Set.of(XWPFRelation.DOCUMENT.getContentType(), XWPFRelation.TEMPLATE.getContentType(),
          XWPFRelation.MACRO_DOCUMENT.getContentType(),
          XWPFRelation.MACRO_TEMPLATE_DOCUMENT.getContentType());

  final @Nullable CTBody body;
  final @Nullable XWPFStyles styles;

  private DocxParts(@Nullable CTBody body, @Nullable XWPFStyles styles) {
    this.body = body;
    this.styles = styles;
  }

  static DocxParts of(OPCPackage opc, Source source)
      throws ReportException, IOException, XmlException, InvalidFormatException {
    PackageRelationshipCollection core =
        opc.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
    PackagePart main = core.size() == 0 ? null : opc.getPart(core.getRelationship(0));
    if (main == null) {
      throw new ReportException(
          ErrorCode.CORRUPT, source.path() + ": the package has no main document part");
    }
    if (!WORD_TYPES.contains(main.getContentType())) {
      throw new ReportException(
          ErrorCode.CORRUPT,
          source.path() + ": not a Word document: its main part is " + main.getContentType());
    }
    CTBody body;
    try (InputStream in = main.getInputStream()) {
      body = DocumentDocument.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getDocument().getBody();
    }
    XWPFStyles styles = null;
    for (PackageRelationship rel : main.getRelationshipsByType(XWPFRelation.STYLES.getRelation())) {
      PackagePart part = main.getRelatedPart(rel);
      if (part != null) {
        try (InputStream in = part.getInputStream()) {
          styles = new XWPFStyles();
          styles.setStyles(StylesDocument.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getStyles());
        }
        break;
      }
    }
    return new DocxParts(body, styles);
  }
}
