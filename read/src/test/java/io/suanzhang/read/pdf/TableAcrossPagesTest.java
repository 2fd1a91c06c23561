package io.suanzhang.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Document;
import io.suanzhang.core.document.Cell;
import io.suanzhang.core.document.Column;
import io.suanzhang.core.document.Table;
import io.suanzhang.read.DocumentReaders;
import io.suanzhang.testkit.render.PdfRenderer;
import io.suanzhang.testkit.render.PlainReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A two-column table rendered by the testkit after more and more text, so that the page break falls
 * before it, after its header, between its rows and before its last row: however the break cuts it,
 * it reads as one table with its header over its columns (项目名称 | 预算数, not one cell "项目名称
 * 预算数" and a column named 第2列) and all its rows.
 */
class TableAcrossPagesTest {

  private static final String TABLE = """
      ## 五、项目支出预算表

      单位：万元
      项目名称\t预算数
      城乡居民医保征缴\t80.96
      政务服务能力提升\t89.13
      档案数字化\t120.02
      合计\t290.11
      """;

  private static final List<List<String>> BODY = List.of(
      List.of("城乡居民医保征缴", "80.96"), List.of("政务服务能力提升", "89.13"),
      List.of("档案数字化", "120.02"), List.of("合计", "290.11"));

  @Test
  void readsATwoColumnTableWhereverThePageBreakCutsIt(@TempDir Path dir) throws IOException {
    Assumptions.assumeTrue(PdfRenderer.cjkFont().isPresent(), PdfRenderer.MISSING_FONT);
    Set<String> cuts = new TreeSet<>();
    for (int oneRowTables = 0; oneRowTables <= 1; oneRowTables++) {
      for (int paragraphs = 17; paragraphs <= 24; paragraphs++) {
        Path pdf = dir.resolve(paragraphs + "-" + oneRowTables + ".pdf");
        PdfRenderer.render(PlainReport.parse(report(paragraphs, oneRowTables)), pdf);
        String cut = cut(pdf);
        cuts.add(cut);
        Document doc = DocumentReaders.read(pdf);
        Table t = doc.tables().get(doc.tables().size() - 1);
        assertEquals(List.of("项目名称", "预算数"), t.columns().stream().map(Column::label).toList(), cut);
        assertEquals(BODY, body(t), cut);
        assertFalse(doc.text().contains("项目名称 预算数"), cut);
        assertFalse(doc.text().contains("合计 290.11"), cut);
      }
    }
    assertTrue(cuts.containsAll(List.of("header | rows", "rows | 合计")), "page breaks seen: " + cuts);
  }

  /** A report of {@code paragraphs} one-line paragraphs and a few one-row tables, then the table. */
  private static String report(int paragraphs, int oneRowTables) {
    StringBuilder text = new StringBuilder("# 南岭县财政局2024年度部门预算\n\n## 一、部门基本情况\n\n");
    for (int i = 0; i < paragraphs; i++) {
      text.append("本部门贯彻落实上级决策部署，认真履行部门职责。\n\n");
    }
    for (int i = 0; i < oneRowTables; i++) {
      text.append("人员编制\t12\n\n");
    }
    return text.append(TABLE).toString();
  }

  /**
   * Where the page break cuts the table: "header | rows" when its header ends a page and its rows
   * start the next, "rows | 合计" when only its last row goes on, "none" or "other".
   */
  private static String cut(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      List<String> pages = new ArrayList<>();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(stripper.getText(doc));
      }
      int header = pageWith(pages, "项目名称");
      int first = pageWith(pages, "80.96");
      int total = pageWith(pages, "290.11");
      if (header == total) {
        return "none";
      }
      if (header < first) {
        return "header | rows";
      }
      return pageWith(pages, "120.02") < total ? "rows | 合计" : "other";
    }
  }

  private static int pageWith(List<String> pages, String text) {
    for (int p = 0; p < pages.size(); p++) {
      if (pages.get(p).contains(text)) {
        return p;
      }
    }
    return -1;
  }

  /** The rows below the header, as cell texts. */
  private static List<List<String>> body(Table t) {
    List<List<String>> rows = new ArrayList<>();
    for (int r = t.headerRows(); r < t.rowCount(); r++) {
      rows.add(t.row(r).stream().map(Cell::text).toList());
    }
    return rows;
  }
}
