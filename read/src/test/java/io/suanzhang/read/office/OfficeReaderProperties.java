package io.suanzhang.read.office;

import io.suanzhang.core.Format;
import io.suanzhang.core.ReportException;
import io.suanzhang.read.DocumentReader;
import io.suanzhang.read.ReadOptions;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Whatever bytes come in, a reader fails only with a ReportException. */
class OfficeReaderProperties {

  private static final byte[] DOCX = OfficeFixtures.budgetDocx();
  private static final byte[] XLSX = OfficeFixtures.budgetXlsx();
  private static final String DOCUMENT_XML = "word/document.xml";
  private static final String SHEET_XML = "xl/worksheets/sheet1.xml";
  private static final String XML_NOISE = "<>/\"'&= 0123456789-wtcrpvgridSpanvMerge:ref";

  static void readOrFailCleanly(DocumentReader reader, Format format, byte[] bytes) {
    try {
      reader.read(bytes, OfficeFixtures.source("fuzz", format, bytes), ReadOptions.DEFAULT);
    } catch (ReportException expected) {
      // The only failure allowed.
    }
  }

  private static void readBoth(byte[] bytes) {
    readOrFailCleanly(new DocxReader(), Format.DOCX, bytes);
    readOrFailCleanly(new XlsxReader(), Format.XLSX, bytes);
  }

  @Property(tries = 300)
  void randomBytesFailCleanly(@ForAll @Size(max = 2048) byte[] bytes) {
    readBoth(bytes);
    byte[] zipLike = Arrays.copyOf(new byte[] {'P', 'K', 3, 4}, 4 + bytes.length);
    System.arraycopy(bytes, 0, zipLike, 4, bytes.length);
    readBoth(zipLike);
  }

  @Property(tries = 200)
  void mutatedPackagesFailCleanly(
      @ForAll("mutations") List<Integer> mutations, @ForAll @IntRange(min = 0, max = 100) int keepPercent) {
    readOrFailCleanly(new DocxReader(), Format.DOCX, cut(mutate(DOCX, mutations), keepPercent));
    readOrFailCleanly(new XlsxReader(), Format.XLSX, cut(mutate(XLSX, mutations), keepPercent));
  }

  @Property(tries = 200)
  void mutatedXmlPartsFailCleanly(@ForAll("mutations") List<Integer> mutations) {
    readOrFailCleanly(new DocxReader(), Format.DOCX, mutateEntry(DOCX, DOCUMENT_XML, mutations));
    readOrFailCleanly(new XlsxReader(), Format.XLSX, mutateEntry(XLSX, SHEET_XML, mutations));
    readOrFailCleanly(new XlsxReader(), Format.XLSX, mutateEntry(XLSX, "xl/workbook.xml", mutations));
  }

  @Provide
  Arbitrary<List<Integer>> mutations() {
    return Arbitraries.integers().list().ofMinSize(1).ofMaxSize(12);
  }

  /** Overwrites bytes: each number picks a position and a value. */
  static byte[] mutate(byte[] bytes, List<Integer> mutations) {
    byte[] out = bytes.clone();
    for (int m : mutations) {
      out[Math.floorMod(m, out.length)] = (byte) (m >>> 23);
    }
    return out;
  }

  static byte[] cut(byte[] bytes, int keepPercent) {
    return keepPercent >= 95 ? bytes : Arrays.copyOf(bytes, bytes.length * keepPercent / 100);
  }

  /** Edits an XML part's text: replaces, deletes or repeats a stretch at each chosen position. */
  static byte[] mutateEntry(byte[] zip, String name, List<Integer> mutations) {
    StringBuilder xml =
        new StringBuilder(new String(OfficeFixtures.entry(zip, name), StandardCharsets.UTF_8));
    for (int m : mutations) {
      int at = Math.floorMod(m, xml.length());
      int length = Math.min(1 + Math.floorMod(m >>> 8, 12), xml.length() - at);
      switch (Math.floorMod(m >>> 16, 3)) {
        case 0:
          xml.setCharAt(at, XML_NOISE.charAt(Math.floorMod(m >>> 4, XML_NOISE.length())));
          break;
        case 1:
          xml.delete(at, at + length);
          break;
        default:
          xml.insert(at, xml.substring(at, at + length));
          break;
      }
      if (xml.length() == 0) {
        xml.append('<');
      }
    }
    return OfficeFixtures.replaceEntry(zip, name, xml.toString().getBytes(StandardCharsets.UTF_8));
  }
}
