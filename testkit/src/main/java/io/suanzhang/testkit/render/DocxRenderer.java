package io.suanzhang.testkit.render;

import io.suanzhang.testkit.render.PlainBlock.Heading;
import io.suanzhang.testkit.render.PlainBlock.Paragraph;
import io.suanzhang.testkit.render.PlainBlock.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Renders a report as DOCX the way Word would save it: headings in the built-in {@code Heading1} …
 * {@code Heading6} paragraph styles (defined in the styles part, named {@code heading 1} …, with
 * outline levels), body paragraphs, and real tables with one row per line and one cell per cell
 * (short rows padded to a rectangle).
 */
public final class DocxRenderer {

  /** Half-points, as Word stores sizes: 二号 22pt down to 小四 12pt. */
  private static final int[] HEADING_SIZES = {44, 32, 30, 28, 26, 24};
  private static final int BODY_SIZE = 24;
  /** A4 in twips, with Word's usual Chinese margins: 3.17 cm at the sides, 2.54 cm top and bottom. */
  private static final long PAGE_WIDTH = 11906;
  private static final long PAGE_HEIGHT = 16838;
  private static final long SIDE_MARGIN = 1800;
  private static final long TOP_MARGIN = 1440;
  private static final long TEXT_WIDTH = PAGE_WIDTH - 2 * SIDE_MARGIN;
  private static final int FIRST_LINE_INDENT = 480; // two 12pt characters, in twips
  private static final Pattern NUMERIC =
      Pattern.compile("[-+≥≤<>＞＜约]?\\s*\\d[\\d,]*(?:\\.\\d+)?\\s*(?:%|‰|[百千万亿]*元|[万亿])?");

  private DocxRenderer() {}

  public static void render(PlainReport report, Path out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      defineStyles(doc);
      doc.getProperties().getCoreProperties().setTitle(Emphasis.plain(report.title()));
      for (PlainBlock block : report.blocks()) {
        if (block instanceof Heading h) {
          XWPFParagraph p = doc.createParagraph();
          p.setStyle(headingId(h.level()));
          if (h.level() == 1) {
            p.setAlignment(ParagraphAlignment.CENTER);
          }
          addRuns(p, h.text());
        } else if (block instanceof Paragraph para) {
          XWPFParagraph p = doc.createParagraph();
          p.setIndentationFirstLine(FIRST_LINE_INDENT);
          addRuns(p, para.text());
        } else if (block instanceof Table t) {
          table(doc, t);
        }
      }
      a4(doc);
      try (OutputStream os = Files.newOutputStream(out)) {
        doc.write(os);
      }
    }
  }

  static String headingId(int level) {
    return "Heading" + level;
  }

  private static void table(XWPFDocument doc, Table t) {
    XWPFTable table = doc.createTable(t.rows().size(), t.columns()); // POI draws single borders
    table.setWidth("100%");
    CTTblGrid grid = table.getCTTbl().addNewTblGrid(); // required by the schema; POI leaves it out
    for (int c = 0; c < t.columns(); c++) {
      grid.addNewGridCol().setW(BigInteger.valueOf(TEXT_WIDTH / t.columns()));
    }
    for (int r = 0; r < t.rows().size(); r++) {
      for (int c = 0; c < t.columns(); c++) {
        XWPFTableCell cell = table.getRow(r).getCell(c);
        String text = t.cell(r, c);
        XWPFParagraph p = cell.getParagraphs().get(0);
        if (NUMERIC.matcher(text).matches()) {
          p.setAlignment(ParagraphAlignment.RIGHT);
        }
        addRuns(p, text);
      }
    }
    // Word cannot place a paragraph mark between two tables; an empty one keeps them apart.
    doc.createParagraph();
  }

  private static void a4(XWPFDocument doc) {
    CTSectPr section = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    CTPageMar margins = section.addNewPgMar();
    margins.setLeft(BigInteger.valueOf(SIDE_MARGIN));
    margins.setRight(BigInteger.valueOf(SIDE_MARGIN));
    margins.setTop(BigInteger.valueOf(TOP_MARGIN));
    margins.setBottom(BigInteger.valueOf(TOP_MARGIN));
  }

  private static void addRuns(XWPFParagraph p, String text) {
    for (Emphasis.Run run : Emphasis.runs(text)) {
      XWPFRun r = p.createRun();
      r.setText(run.text());
      if (run.bold()) {
        r.setBold(true);
      }
    }
  }

  /** Normal with Chinese and Latin fonts, and the six heading styles Word has built in. */
  private static void defineStyles(XWPFDocument doc) {
    XWPFStyles styles = doc.createStyles();
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii("Times New Roman");
    fonts.setHAnsi("Times New Roman");
    fonts.setEastAsia("宋体");
    styles.setDefaultFonts(fonts);

    CTStyle normal = CTStyle.Factory.newInstance();
    normal.setStyleId("Normal");
    normal.addNewName().setVal("Normal");
    normal.addNewQFormat();
    normal.setDefault(true);
    CTRPr normalRun = normal.addNewRPr();
    normalRun.addNewSz().setVal(BigInteger.valueOf(BODY_SIZE));
    normalRun.addNewSzCs().setVal(BigInteger.valueOf(BODY_SIZE));
    add(styles, normal);

    for (int level = 1; level <= 6; level++) {
      CTStyle s = CTStyle.Factory.newInstance();
      s.setStyleId(headingId(level));
      s.addNewName().setVal(String.format(Locale.ROOT, "heading %d", level)); // Word's built-in name
      s.addNewBasedOn().setVal("Normal");
      s.addNewNext().setVal("Normal");
      s.addNewUiPriority().setVal(BigInteger.valueOf(9));
      s.addNewQFormat();
      CTPPrGeneral ppr = s.addNewPPr();
      ppr.addNewKeepNext();
      ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
      ppr.addNewSpacing().setBefore(BigInteger.valueOf(240));
      CTRPr rpr = s.addNewRPr();
      rpr.addNewRFonts().setEastAsia("黑体");
      rpr.addNewB();
      rpr.addNewSz().setVal(BigInteger.valueOf(HEADING_SIZES[level - 1]));
      rpr.addNewSzCs().setVal(BigInteger.valueOf(HEADING_SIZES[level - 1]));
      add(styles, s);
    }
  }

  private static void add(XWPFStyles styles, CTStyle ct) {
    XWPFStyle style = new XWPFStyle(ct, styles);
    style.setType(STStyleType.PARAGRAPH);
    styles.addStyle(style);
  }
}
