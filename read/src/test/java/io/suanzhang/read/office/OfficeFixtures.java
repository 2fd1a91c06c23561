package io.suanzhang.read.office;

import io.suanzhang.core.Format;
import io.suanzhang.core.Source;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Report-like documents built in memory: the 部门预算 table (单位：元; 科目编码 | 科目名称 | 本年支出 over
 * 合计 | 基本支出 | 项目支出) in each format, and damaged files.
 */
public final class OfficeFixtures {

  public static final String TITLE = "一般公共预算基本支出表";
  public static final String[] HEADER_TOP = {"科目编码", "科目名称", "本年支出"};
  public static final String[] HEADER_BOTTOM = {"合计", "基本支出", "项目支出"};
  public static final String[][] DATA = {
    {"2080505", "机关事业单位基本养老保险缴费支出", "45,400.00", "45,400.00", "0.00"},
    {"2101101", "行政单位医疗", "18,250.50", "18,250.50", "0.00"},
    {"2130101", "行政运行", "1,203,700.00", "903,700.00", "300,000.00"},
  };
  public static final double[][] VALUES = {
    {45400.00, 45400.00, 0.00}, {18250.50, 18250.50, 0.00}, {1203700.00, 903700.00, 300000.00},
  };

  private OfficeFixtures() {}

  public static Source source(String name, Format format, byte[] bytes) {
    return new Source(name, "", format, bytes.length, null);
  }

  /**
   * 2025年部门预算 (Heading 1), 一、部门职责 (a style named 标题 2), a paragraph, a heading by outline
   * level, the table's title and unit lines, the table with a vertically merged 科目编码/科目名称 and
   * 本年支出 spanning three columns, and a closing paragraph.
   */
  public static byte[] budgetDocx() {
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFStyles styles = doc.createStyles();
      styles.addStyle(paragraphStyle("Heading1", "heading 1"));
      styles.addStyle(paragraphStyle("2", "标题 2"));
      paragraph(doc, "2025年部门预算", "Heading1");
      paragraph(doc, "一、部门职责", "2");
      paragraph(doc, "本部门主要职责是组织实施全市社会保障工作。", null);
      XWPFParagraph outlined = paragraph(doc, "（一）预算收支情况", null);
      outlined.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(2));
      paragraph(doc, TITLE, null).setAlignment(ParagraphAlignment.CENTER);
      paragraph(doc, "单位：元", null).setAlignment(ParagraphAlignment.RIGHT);
      budgetTable(doc);
      paragraph(doc, "注：本表不含政府性基金预算。", null);
      return bytes(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void budgetTable(XWPFDocument doc) {
    XWPFTable table = doc.createTable(2 + DATA.length, 5);
    XWPFTableRow top = table.getRow(0);
    top.removeCell(4);
    top.removeCell(3);
    for (int c = 0; c < 3; c++) {
      text(top.getCell(c), HEADER_TOP[c]);
    }
    tcPr(top.getCell(0)).addNewVMerge().setVal(STMerge.RESTART);
    tcPr(top.getCell(1)).addNewVMerge().setVal(STMerge.RESTART);
    tcPr(top.getCell(2)).addNewGridSpan().setVal(BigInteger.valueOf(3));
    XWPFTableRow second = table.getRow(1);
    tcPr(second.getCell(0)).addNewVMerge();
    tcPr(second.getCell(1)).addNewVMerge();
    for (int c = 0; c < 3; c++) {
      text(second.getCell(c + 2), HEADER_BOTTOM[c]);
    }
    for (int r = 0; r < DATA.length; r++) {
      for (int c = 0; c < 5; c++) {
        text(table.getRow(r + 2).getCell(c), DATA[r][c]);
      }
    }
  }

  private static CTTcPr tcPr(XWPFTableCell cell) {
    return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
  }

  private static void text(XWPFTableCell cell, String text) {
    cell.getParagraphs().get(0).createRun().setText(text);
  }

  static XWPFParagraph paragraph(XWPFDocument doc, String text, String style) {
    XWPFParagraph p = doc.createParagraph();
    if (style != null) {
      p.setStyle(style);
    }
    p.createRun().setText(text);
    return p;
  }

  private static XWPFStyle paragraphStyle(String id, String name) {
    CTStyle ct = CTStyle.Factory.newInstance();
    ct.setStyleId(id);
    ct.setType(STStyleType.PARAGRAPH);
    ct.addNewName().setVal(name);
    return new XWPFStyle(ct);
  }

  static byte[] bytes(XWPFDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    return out.toByteArray();
  }

  /**
   * Sheet 预算表: title row merged across, unit row, two header rows (科目编码 and 科目名称 merged down,
   * 本年支出 across), data in #,##0.00 with formulas in the 合计 column; a hidden sheet; a second
   * visible sheet 说明.
   */
  public static Workbook budgetWorkbook(Workbook wb) {
    Sheet sheet = wb.createSheet("预算表");
    CellStyle money = wb.createCellStyle();
    money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
    sheet.createRow(0).createCell(0).setCellValue(TITLE);
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
    sheet.createRow(1).createCell(4).setCellValue("单位：元");
    Row top = sheet.createRow(2);
    for (int c = 0; c < 3; c++) {
      top.createCell(c).setCellValue(HEADER_TOP[c]);
    }
    Row bottom = sheet.createRow(3);
    for (int c = 0; c < 3; c++) {
      bottom.createCell(c + 2).setCellValue(HEADER_BOTTOM[c]);
    }
    sheet.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
    sheet.addMergedRegion(new CellRangeAddress(2, 3, 1, 1));
    sheet.addMergedRegion(new CellRangeAddress(2, 2, 2, 4));
    for (int r = 0; r < DATA.length; r++) {
      Row row = sheet.createRow(4 + r);
      row.createCell(0).setCellValue(DATA[r][0]);
      row.createCell(1).setCellValue(DATA[r][1]);
      int excel = 5 + r;
      Cell total = row.createCell(2);
      total.setCellFormula("D" + excel + "+E" + excel);
      total.setCellStyle(money);
      for (int c = 1; c < 3; c++) {
        Cell cell = row.createCell(2 + c);
        cell.setCellValue(VALUES[r][c]);
        cell.setCellStyle(money);
      }
    }
    Sheet hidden = wb.createSheet("隐藏");
    hidden.createRow(0).createCell(0).setCellValue("不应出现的内容");
    wb.setSheetHidden(1, true);
    Sheet notes = wb.createSheet("说明");
    notes.createRow(0).createCell(0).setCellValue("本表数据来源于部门预算系统。");
    wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    return wb;
  }

  public static byte[] budgetXlsx() {
    try (Workbook wb = budgetWorkbook(new XSSFWorkbook())) {
      return bytes(wb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] budgetXls() {
    try (Workbook wb = budgetWorkbook(new HSSFWorkbook())) {
      return bytes(wb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(Workbook wb) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    return out.toByteArray();
  }

  /**
   * A valid DOCX whose word/document.xml holds one run of about {@code megabytes} MB of spaces:
   * deflate packs it more than a thousand times.
   */
  public static byte[] zipBombDocx(int megabytes) {
    byte[] valid = budgetDocx();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(valid));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals("word/document.xml")) {
          writeBombDocument(zip, megabytes);
        } else {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void writeBombDocument(OutputStream out, int megabytes) throws IOException {
    out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        + "<w:body><w:p><w:r><w:t xml:space=\"preserve\">")
        .getBytes(StandardCharsets.UTF_8));
    byte[] spaces = new byte[1 << 20];
    java.util.Arrays.fill(spaces, (byte) ' ');
    for (int i = 0; i < megabytes; i++) {
      out.write(spaces);
    }
    out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
  }

  /** Replaces one zip entry's content, keeping the rest of the package. */
  public static byte[] replaceEntry(byte[] zipBytes, String name, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals(name)) {
          zip.write(content);
        } else {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** One zip entry's content. */
  public static byte[] entry(byte[] zipBytes, String name) {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return in.readAllBytes();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalArgumentException("no entry " + name);
  }

  /** An OOXML package encrypted the way Office does it (agile mode). */
  public static byte[] encrypt(byte[] ooxml, String password) {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword(password);
      try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(ooxml));
          OutputStream os = encryptor.getDataStream(fs)) {
        opc.save(os);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException | GeneralSecurityException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The texts of a list, for messages. */
  static String show(List<?> items) {
    return String.valueOf(items);
  }
}
