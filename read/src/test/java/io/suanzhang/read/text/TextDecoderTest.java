package io.suanzhang.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.ErrorCode;
import io.suanzhang.core.ReportException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextDecoderTest {

  private static final Charset GBK = Charset.forName("GBK");
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset BIG5 = Charset.forName("Big5");

  private static final String BUDGET = "2022年当年部门预算数1413.96万元，实际支出数916.11万元，预算执行率64.79%";

  private static final String REPORT =
      "一、部门基本情况\r\n"
          + BUDGET
          + "。\r\n"
          + "二、绩效目标完成情况\r\n"
          + "\t项目年度绩效目标基本完成，资金使用规范，未发现挤占挪用问题。\r\n"
          + "三、存在的问题及改进措施\r\n"
          + "  部分项目支出进度偏慢，下一步将加强预算执行监控。\n";

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @Test
  void decodesUtf8WithoutBom() throws ReportException {
    TextDecoder.Decoded decoded =
        TextDecoder.decode(REPORT.getBytes(StandardCharsets.UTF_8), "a.txt");

    assertEquals(REPORT, decoded.text());
    assertEquals(StandardCharsets.UTF_8, decoded.charset());
  }

  @Test
  void decodesUtf8WithBomAndDropsTheBom() throws ReportException {
    byte[] bytes = concat(UTF8_BOM, REPORT.getBytes(StandardCharsets.UTF_8));

    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, "a.txt");

    assertEquals(REPORT, decoded.text());
    assertEquals(StandardCharsets.UTF_8, decoded.charset());
  }

  @Test
  void decodesPureAsciiAsUtf8() throws ReportException {
    String text = "Total 1413.96\r\n";

    TextDecoder.Decoded decoded =
        TextDecoder.decode(text.getBytes(StandardCharsets.US_ASCII), "a.txt");

    assertEquals(text, decoded.text());
    assertEquals(StandardCharsets.UTF_8, decoded.charset());
  }

  @Test
  void decodesGbkWithoutBom() throws ReportException {
    TextDecoder.Decoded decoded = TextDecoder.decode(BUDGET.getBytes(GBK), "gbk.txt");

    assertEquals(BUDGET, decoded.text());
    assertEquals(GB18030, decoded.charset());
  }

  @Test
  void decodesLongerGbkReportKeepingLineEndings() throws ReportException {
    TextDecoder.Decoded decoded = TextDecoder.decode(REPORT.getBytes(GBK), "gbk.txt");

    assertEquals(REPORT, decoded.text());
    assertEquals(GB18030, decoded.charset());
  }

  @Test
  void decodesGb18030WithoutBom() throws ReportException {
    // 𠮷 (U+20BB7) and € take four-byte GB18030 sequences that GBK cannot express.
    String text = BUDGET + "，𠮷€";

    TextDecoder.Decoded decoded = TextDecoder.decode(text.getBytes(GB18030), "gb18030.txt");

    assertEquals(text, decoded.text());
    assertEquals(GB18030, decoded.charset());
  }

  @ParameterizedTest
  @ValueSource(strings = {"部门预算", "预算执行率", "一般公共预算财政拨款收入", "万元", "决算表"})
  void decodesShortGbkText(String text) throws ReportException {
    TextDecoder.Decoded decoded = TextDecoder.decode(text.getBytes(GBK), "short.txt");

    assertEquals(text, decoded.text());
    assertEquals(GB18030, decoded.charset());
  }

  @Test
  void decodesMixedAsciiAndGbk() throws ReportException {
    String text =
        "Table 3 / 表3  General budget expenditure, 2022\r\n"
            + "Code 201  一般公共服务支出  1,234.56\r\n"
            + "Code 205  教育支出  78.90\r\n"
            + "Total  1,313.46\r\n";

    TextDecoder.Decoded decoded = TextDecoder.decode(text.getBytes(GBK), "mixed.txt");

    assertEquals(text, decoded.text());
    assertEquals(GB18030, decoded.charset());
  }

  @Test
  void decodesUtf16LeWithBom() throws ReportException {
    byte[] bytes =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, REPORT.getBytes(StandardCharsets.UTF_16LE));

    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, "le.txt");

    assertEquals(REPORT, decoded.text());
    assertEquals(StandardCharsets.UTF_16LE, decoded.charset());
  }

  @Test
  void decodesUtf16BeWithBom() throws ReportException {
    byte[] bytes =
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, REPORT.getBytes(StandardCharsets.UTF_16BE));

    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, "be.txt");

    assertEquals(REPORT, decoded.text());
    assertEquals(StandardCharsets.UTF_16BE, decoded.charset());
  }

  @Test
  void decodesUtf16WithBomAsWrittenByJava() throws ReportException {
    // Java's "UTF-16" encoder writes a big-endian BOM itself.
    TextDecoder.Decoded decoded =
        TextDecoder.decode(REPORT.getBytes(StandardCharsets.UTF_16), "be.txt");

    assertEquals(REPORT, decoded.text());
  }

  @Test
  void decodesUtf32LeWithBom() throws ReportException {
    Charset utf32le = Charset.forName("UTF-32LE");
    byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, BUDGET.getBytes(utf32le));

    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, "utf32.txt");

    assertEquals(BUDGET, decoded.text());
    assertEquals(utf32le, decoded.charset());
  }

  @Test
  void decodesBig5WhenDetected() throws ReportException {
    String text =
        ("二、部門預算執行情況\r\n"
                + "2022年當年部門預算數1413.96萬元，實際支出數916.11萬元，預算執行率64.79%。"
                + "本部門認真貫徹落實中央和省委決策部署，嚴格執行財政預算，確保資金使用規範有效。\r\n")
            .repeat(3);

    TextDecoder.Decoded decoded = TextDecoder.decode(text.getBytes(BIG5), "big5.txt");

    assertEquals(text, decoded.text());
    assertEquals(BIG5, decoded.charset());
  }

  @Test
  void decodesGbkWithOneInvalidByte() throws ReportException {
    byte[] head = REPORT.getBytes(GBK);
    byte[] tail = BUDGET.getBytes(GBK);
    // 0xFF is never valid in GBK or GB18030.
    byte[] bytes = concat(concat(head, new byte[] {(byte) 0xFF}), tail);

    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, "damaged.txt");

    assertEquals(REPORT + "\uFFFD" + BUDGET, decoded.text());
    assertEquals(GB18030, decoded.charset());
  }

  @Test
  void decodesShortGbkWithOneInvalidByte() throws ReportException {
    byte[] bytes = concat(BUDGET.getBytes(GBK), new byte[] {(byte) 0xFF});

    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, "damaged.txt");

    assertEquals(BUDGET + "\uFFFD", decoded.text());
    assertEquals(GB18030, decoded.charset());
  }

  @Test
  void decodesUtf8WithOneInvalidByte() throws ReportException {
    byte[] bytes =
        concat(
            concat(REPORT.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3}),
            BUDGET.getBytes(StandardCharsets.UTF_8));

    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, "damaged.txt");

    assertEquals(REPORT + "\uFFFD" + BUDGET, decoded.text());
    assertEquals(StandardCharsets.UTF_8, decoded.charset());
  }

  @Test
  void keepsTextExactlyAsDecoded() throws ReportException {
    String text = "  行1\r\n\t行2 \r行3\n\n\u3000全角空格\u00a0 \f\n";

    assertEquals(text, TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8), "a.txt").text());
    assertEquals(
        text.replace('\u00a0', ' '),
        TextDecoder.decode(text.replace('\u00a0', ' ').getBytes(GBK), "a.txt").text());
  }

  @Test
  void toleratesAStrayNulByte() throws ReportException {
    String text = REPORT.repeat(20) + "\0";

    TextDecoder.Decoded decoded = TextDecoder.decode(text.getBytes(GBK), "nul.txt");

    assertEquals(text, decoded.text());
  }

  @Test
  void rejectsEmptyFile() {
    ReportException e =
        assertThrows(ReportException.class, () -> TextDecoder.decode(new byte[0], "empty.txt"));

    assertEquals(ErrorCode.EMPTY, e.code());
    assertEquals("empty.txt: the file is empty", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"EFBBBF", "FFFE", "FEFF", "FFFE0000", "0000FEFF"})
  void rejectsFileWithOnlyBom(String hex) {
    byte[] bom = HexFormat.of().parseHex(hex);

    ReportException e =
        assertThrows(ReportException.class, () -> TextDecoder.decode(bom, "bom.txt"));

    assertEquals(ErrorCode.EMPTY, e.code());
    assertEquals("bom.txt: the file is empty", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(ints = {16, 200, 4096, 100_000})
  void rejectsRandomBinary(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    bytes[0] = 0x1F; // no accidental byte-order mark

    ReportException e =
        assertThrows(ReportException.class, () -> TextDecoder.decode(bytes, "x.bin"));

    assertEquals(ErrorCode.UNSUPPORTED, e.code());
    assertTrue(e.getMessage().startsWith("x.bin: the file is not text"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
  void decodesUtf16And32WithoutBomByWhereTheirZeroBytesFall(String name) throws ReportException {
    Charset charset = Charset.forName(name);

    TextDecoder.Decoded report = TextDecoder.decode(REPORT.getBytes(charset), "wide.txt");
    TextDecoder.Decoded ascii = TextDecoder.decode("Budget 2022: 1413.96\n".getBytes(charset), "ascii.txt");

    assertEquals(REPORT, report.text());
    assertEquals(charset, report.charset());
    assertEquals("Budget 2022: 1413.96\n", ascii.text());
    assertEquals(charset, ascii.charset());
  }

  @Test
  void decodesUtf16WithoutBomOfChineseAloneAndItsDamage() throws ReportException {
    byte[] bytes = (BUDGET + "。").repeat(50).getBytes(StandardCharsets.UTF_16LE);
    bytes[101] = (byte) 0xD8; // the high half of a surrogate pair, alone

    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, "u16.txt");

    assertEquals(StandardCharsets.UTF_16LE, decoded.charset());
    assertTrue(decoded.text().startsWith(BUDGET), decoded.text());
    assertEquals(1, decoded.text().chars().filter(c -> c == '\uFFFD').count());
  }

  @Test
  void rejectsBinaryWhoseZeroBytesFallLikeUtf16() {
    byte[] bytes = new byte[4096];
    new Random(7).nextBytes(bytes);
    for (int i = 1; i < bytes.length; i += 2) {
      bytes[i] = 0;
    }

    ReportException e =
        assertThrows(ReportException.class, () -> TextDecoder.decode(bytes, "x.bin"));

    assertEquals(ErrorCode.UNSUPPORTED, e.code());
    assertTrue(e.getMessage().startsWith("x.bin: the file is not text"), e.getMessage());
  }

  @Test
  void rejectsControlCharactersBehindABom() {
    byte[] bytes = concat(UTF8_BOM, new byte[] {1, 2, 3, 4, 5, 6, 'a', 'b'});

    ReportException e =
        assertThrows(ReportException.class, () -> TextDecoder.decode(bytes, "c.txt"));

    assertEquals(ErrorCode.UNSUPPORTED, e.code());
    assertTrue(e.getMessage().startsWith("c.txt: the file is not text"), e.getMessage());
  }

  @Test
  void rejectsRandomBinaryBehindABom() {
    byte[] bytes = new byte[4096];
    new Random(7).nextBytes(bytes);
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    bytes[2] = 'a'; // not a UTF-32 mark

    ReportException e =
        assertThrows(ReportException.class, () -> TextDecoder.decode(bytes, "x.bin"));

    assertEquals(ErrorCode.UNSUPPORTED, e.code());
    assertTrue(e.getMessage().startsWith("x.bin: the file is not text"), e.getMessage());
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void decodesTenMegabytesOfGbk() throws ReportException {
    String text = tenMegabytes();
    byte[] bytes = text.getBytes(GBK);

    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, "big.txt");

    assertEquals(text, decoded.text());
    assertEquals(GB18030, decoded.charset());
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void decodesTenMegabytesOfGbkWithDamageAtTheEnd() throws ReportException {
    String text = tenMegabytes();
    byte[] bytes = concat(text.getBytes(GBK), new byte[] {(byte) 0xFF});

    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, "big.txt");

    assertEquals(text + "\uFFFD", decoded.text());
    assertEquals(GB18030, decoded.charset());
  }

  static String tenMegabytes() {
    StringBuilder sb = new StringBuilder();
    int line = 0;
    while (sb.length() < 6_100_000) { // about 10 MB in GBK
      sb.append(line++).append('\t').append(REPORT);
    }
    return sb.toString();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
