package io.suanzhang.read.office;


import io.suanzhang.core.Document;
import io.suanzhang.core.Format;
import io.suanzhang.core.Source;
import io.suanzhang.read.ReadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Reads a report-sized DOCX (about 200 KB: 270 sections of prose and a 25-row table) with
 * DocxReader and with Tika's default DOCX path (OOXMLParser to plain text) in one JVM and prints the
 * median times. Not part of the test suite (speed is measured by benchmarks, not unit tests); run
 * it from the test classpath like {@code PdfThroughput}.
 */
public final class OfficeThroughput {

  private OfficeThroughput() {}

  private static final int WARM_UP = 5;
  private static final int RUNS = 11;
  /** Sections of the generated report: about 200 KB of DOCX. */
  private static final int SECTIONS = 270;

  public static void main(String[] args) throws Exception {
    byte[] docx = reportDocx(SECTIONS);
    Source source = OfficeFixtures.source("timing.docx", Format.DOCX, docx);
    DocxReader reader = new DocxReader();
    OOXMLParser tika = new OOXMLParser();
    long[] ours = new long[RUNS];
    long[] theirs = new long[RUNS];
    int chars = 0;
    int tikaChars = 0;
    for (int i = 0; i < WARM_UP + RUNS; i++) {
      long t0 = System.nanoTime();
      Document doc = reader.read(docx, source, ReadOptions.DEFAULT);
      long t1 = System.nanoTime();
      BodyContentHandler text = new BodyContentHandler(-1);
      try (TikaInputStream in = TikaInputStream.get(docx)) {
        tika.parse(in, text, new Metadata(), new ParseContext());
      }
      long t2 = System.nanoTime();
      if (i >= WARM_UP) {
        ours[i - WARM_UP] = t1 - t0;
        theirs[i - WARM_UP] = t2 - t1;
      }
      chars = doc.text().length();
      tikaChars = text.toString().length();
    }
    System.out.printf(Locale.ROOT,
        "DOCX %,d bytes: DocxReader median %.1f ms (%,d chars, %d tables); "
            + "Tika OOXMLParser median %.1f ms (%,d chars)%n",
        docx.length, median(ours) / 1e6, chars,
        reader.read(docx, source, ReadOptions.DEFAULT).tables().size(), median(theirs) / 1e6,
        tikaChars);
    if (chars == 0 || tikaChars == 0) {
      throw new IllegalStateException("a reader read no text");
    }
  }

  private static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** Sections of a heading line, prose and a budget table. */
  static byte[] reportDocx(int sections) {
    Random random = new Random(2025);
    String prose = "本部门坚持以人民为中心的发展思想，严格落实过紧日子要求，统筹安排财政资金，"
        + "保障基本民生支出和重点项目支出，全年一般公共预算支出较上年有所下降，主要原因是压减一般性支出。";
    try (XWPFDocument doc = new XWPFDocument()) {
      for (int section = 0; section < sections; section++) {
        OfficeFixtures.paragraph(doc, "第" + (section + 1) + "部分 部门预算情况说明", null);
        for (int p = 0; p < 6; p++) {
          int start = random.nextInt(prose.length() / 2);
          OfficeFixtures.paragraph(doc, prose.substring(start) + String.format(Locale.ROOT,
              "本年预算%,.2f万元，比上年增长%.1f%%。", random.nextDouble() * 10000, random.nextDouble() * 20),
              null);
        }
        OfficeFixtures.paragraph(doc, "单位：万元", null);
        XWPFTable table = doc.createTable(25, 5);
        table.getRow(0).getCell(0).setText("科目编码");
        table.getRow(0).getCell(1).setText("科目名称");
        table.getRow(0).getCell(2).setText("合计");
        table.getRow(0).getCell(3).setText("基本支出");
        table.getRow(0).getCell(4).setText("项目支出");
        for (int r = 1; r < 25; r++) {
          table.getRow(r).getCell(0).setText(String.valueOf(2010000 + random.nextInt(200000)));
          table.getRow(r).getCell(1).setText("一般公共服务支出" + r);
          for (int c = 2; c < 5; c++) {
            table.getRow(r).getCell(c).setText(
                String.format(Locale.ROOT, "%,.2f", random.nextDouble() * 100000));
          }
        }
        table.getRow(0).getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.ONE);
      }
      return OfficeFixtures.bytes(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
