package io.suanzhang.read.tika;

import io.suanzhang.core.Format;
import io.suanzhang.read.office.OfficeFixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Whatever bytes come in, TikaReader fails only with a ReportException. */
class TikaReaderProperties {

  private static final byte[] XLS = OfficeFixtures.budgetXls();
  private static final String RTF = new String(TikaFixtures.budgetRtf(), StandardCharsets.US_ASCII);
  private static final String HTML = TikaFixtures.budgetHtml("utf-8");
  private static final String RTF_NOISE = "{}\\\\'0123456789abcdef -trowdcellxrowclvmgf\u00e9";
  private static final String HTML_NOISE = "<>/\"'&=; tdrhcolspanrowspan0123456789";

  private static void read(Format format, byte[] bytes) {
    io.suanzhang.read.office.OfficeReaderPropertiesAccess.readOrFailCleanly(
        new TikaReader(), format, bytes);
  }

  @Property(tries = 300)
  void randomBytesFailCleanly(@ForAll @Size(max = 2048) byte[] bytes) {
    for (Format format : List.of(Format.DOC, Format.XLS, Format.HTML, Format.RTF)) {
      read(format, bytes);
    }
  }

  @Property(tries = 200)
  void mutatedXlsFailsCleanly(@ForAll("mutations") List<Integer> mutations) {
    byte[] out = XLS.clone();
    for (int m : mutations) {
      out[Math.floorMod(m, out.length)] = (byte) (m >>> 23);
    }
    read(Format.XLS, out);
    read(Format.DOC, out);
  }

  @Property(tries = 300)
  void mutatedRtfAndHtmlFailCleanly(@ForAll("mutations") List<Integer> mutations) {
    read(Format.RTF, mutate(RTF, RTF_NOISE, mutations).getBytes(StandardCharsets.ISO_8859_1));
    read(Format.HTML, mutate(HTML, HTML_NOISE, mutations).getBytes(StandardCharsets.UTF_8));
  }

  @Provide
  Arbitrary<List<Integer>> mutations() {
    return Arbitraries.integers().list().ofMinSize(1).ofMaxSize(12);
  }

  private static String mutate(String text, String noise, List<Integer> mutations) {
    StringBuilder s = new StringBuilder(text);
    for (int m : mutations) {
      int at = Math.floorMod(m, s.length());
      int length = Math.min(1 + Math.floorMod(m >>> 8, 16), s.length() - at);
      switch (Math.floorMod(m >>> 16, 3)) {
        case 0:
          s.setCharAt(at, noise.charAt(Math.floorMod(m >>> 4, noise.length())));
          break;
        case 1:
          s.delete(at, at + length);
          break;
        default:
          s.insert(at, s.substring(at, at + length));
          break;
      }
      if (s.length() == 0) {
        s.append('{');
      }
    }
    return s.toString();
  }
}
