package io.suanzhang.corpus.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.jspecify.annotations.Nullable;

/**
 * Writes damaged, huge and hostile inputs made from {@link Seed}s: byte flips, truncations, chunks
 * deleted, duplicated or spliced from another file, text in other encodings and line endings, deep
 * nesting (RTF groups, HTML elements, XML), zip and XML bombs, absurd numbers, encrypted PDFs whole
 * and cut short, zip archives of such files, and odd file names. The same seed writes the same files
 * on every machine.
 */
final class FuzzCorpus {

  /** What is done to a seed; the names show in file names and failure messages. */
  enum Mutation {
    FLIP, TRUNCATE, DELETE, DUPLICATE, SPLICE, JUNK, WRONG_EXTENSION, ENCODING, LINE_ENDINGS,
    NESTING, ZIP_BOMB, XML_BOMB, ABSURD_NUMBERS, ENCRYPTED_PDF, ARCHIVE, ODD_NAME, TINY, PATHOLOGICAL_TEXT,
    /** Not drawn at random (each takes minutes): with {@code huge}, every 150th input, from the 75th. */
    HUGE
  }

  private static final Charset[] ENCODINGS = {
    Charset.forName("GBK"), Charset.forName("GB18030"), Charset.forName("Big5"),
    Charset.forName("UTF-16LE"), Charset.forName("UTF-16BE"), Charset.forName("UTF-32LE"),
    Charset.forName("Shift_JIS"), Charset.forName("ISO-8859-1"), UTF_8
  };

  private static final String[] ODD_NAMES = {
    "报告 2023（终稿）.%s", "-leading-dash.%s", "tab\there.%s", "new\nline.%s", ".hidden.%s",
    "UPPER.%S", "double.pdf.%s", "空 格  .%s", "a'quote\"s.%s", "emoji-📊.%s", "%%s-percent.%s",
    "长".repeat(70) + ".%s", "no-extension", "back\\slash.%s"
  };

  private final List<Seed> seeds;
  private final Random random;
  private final Path dir;
  private final boolean huge;

  /**
   * @param huge whether every 150th input, from the 75th, is a huge document in turn: a 20,000-row
   *     HTML table, a 2,100-page PDF made of a shared report's pages, a 7 MB text of wrapped lines
   */
  FuzzCorpus(List<Seed> seeds, long seed, Path dir, boolean huge) {
    this.seeds = List.copyOf(seeds);
    this.random = new Random(seed);
    this.dir = dir;
    this.huge = huge;
  }

  /** Writes {@code count} inputs into the folder, numbered in order. */
  List<FuzzInput> write(int count) throws IOException {
    Files.createDirectories(dir);
    List<FuzzInput> inputs = new ArrayList<>(count);
    Mutation[] drawn = Arrays.stream(Mutation.values()).filter(m -> m != Mutation.HUGE).toArray(Mutation[]::new);
    for (int i = 0; i < count; i++) {
      inputs.add(input(i, huge && i % 150 == 75 ? Mutation.HUGE : drawn[random.nextInt(drawn.length)]));
    }
    return inputs;
  }

  private FuzzInput input(int i, Mutation m) throws IOException {
    String prefix = String.format(Locale.ROOT, "%05d-%s", i, m.name().toLowerCase(Locale.ROOT));
    if (m == Mutation.ARCHIVE) {
      return archive(prefix);
    }
    if (m == Mutation.ODD_NAME) {
      Seed s = mutated(pick(x -> true), random.nextInt(3) == 0 ? Mutation.FLIP : Mutation.TRUNCATE);
      String pattern = ODD_NAMES[random.nextInt(ODD_NAMES.length)];
      String name = String.format(Locale.ROOT, "%05d-", i) + pattern.replace("%S", s.extension().toUpperCase(Locale.ROOT))
          .replace("%s", s.extension());
      return written(dir.resolve(name.replace('/', '_')), s.bytes(), m);
    }
    Seed s = m == Mutation.HUGE ? huge(i / 150) : generate(m);
    return written(dir.resolve(prefix + "-" + s.name()), s.bytes(), m);
  }

  private FuzzInput written(Path file, byte[] bytes, Mutation m) throws IOException {
    Files.write(file, bytes);
    return new FuzzInput(file, m.name(), 0);
  }

  /** A seed after one mutation; its name keeps a format-giving extension. */
  Seed generate(Mutation m) throws IOException {
    switch (m) {
      case ENCODING:
      case LINE_ENDINGS:
      case ABSURD_NUMBERS:
        return mutated(pick(Seed::isText), m);
      case ENCRYPTED_PDF:
        return encryptedPdf(pick(s -> s.extension().equals("pdf")));
      case ZIP_BOMB:
      case XML_BOMB:
        return random.nextBoolean() && m == Mutation.ZIP_BOMB
            ? new Seed("bomb.zip", zipBomb())
            : packagePart(pick(s -> s.extension().equals("docx") || s.extension().equals("xlsx")), m);
      case NESTING:
        return nesting();
      case TINY:
        return tiny();
      case PATHOLOGICAL_TEXT:
        return pathologicalText(20_000 + random.nextInt(100_000));
      default:
        return mutated(pick(x -> true), m);
    }
  }

  private Seed pick(Predicate<Seed> fits) {
    List<Seed> candidates = seeds.stream().filter(fits).toList();
    List<Seed> from = candidates.isEmpty() ? seeds : candidates;
    return from.get(random.nextInt(from.size()));
  }

  private Seed mutated(Seed s, Mutation m) {
    byte[] b = s.bytes();
    String name = "from-" + s.name();
    switch (m) {
      case FLIP: {
        byte[] out = b.clone();
        int flips = 1 + random.nextInt(16);
        for (int k = 0; k < flips && out.length > 0; k++) {
          int at = random.nextInt(out.length);
          out[at] = random.nextBoolean() ? (byte) (out[at] ^ (1 << random.nextInt(8))) : (byte) random.nextInt(256);
        }
        return new Seed(name, out);
      }
      case TRUNCATE:
        return new Seed(name, Arrays.copyOf(b, random.nextInt(Math.max(1, b.length))));
      case DELETE: {
        int from = random.nextInt(Math.max(1, b.length));
        int length = random.nextInt(Math.max(1, (b.length - from) / 2 + 1));
        return new Seed(name, concat(Arrays.copyOfRange(b, 0, from), Arrays.copyOfRange(b, from + length, b.length)));
      }
      case DUPLICATE: {
        int from = random.nextInt(Math.max(1, b.length));
        int length = Math.min(b.length - from, 1 + random.nextInt(4096));
        byte[] chunk = Arrays.copyOfRange(b, from, from + length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, from);
        for (int k = 1 + random.nextInt(64); k > 0; k--) {
          out.writeBytes(chunk);
        }
        out.write(b, from, b.length - from);
        return new Seed(name, out.toByteArray());
      }
      case SPLICE: {
        Seed other = pick(x -> x.extension().equals(s.extension()));
        int head = random.nextInt(Math.max(1, b.length));
        int tail = random.nextInt(Math.max(1, other.bytes().length));
        return new Seed(name, concat(Arrays.copyOf(b, head), Arrays.copyOfRange(other.bytes(), tail, other.bytes().length)));
      }
      case JUNK: {
        byte[] junk = new byte[1 + random.nextInt(8192)];
        random.nextBytes(junk);
        int at = random.nextInt(b.length + 1);
        return new Seed(name, concat(concat(Arrays.copyOf(b, at), junk), Arrays.copyOfRange(b, at, b.length)));
      }
      case WRONG_EXTENSION: {
        String[] extensions = {"pdf", "docx", "xlsx", "doc", "xls", "html", "rtf", "txt", "md", "csv", "zip"};
        return new Seed(name + "." + extensions[random.nextInt(extensions.length)], b);
      }
      case ENCODING:
        return encoded(s);
      case LINE_ENDINGS: {
        String text = new String(b, UTF_8);
        String[] breaks = {"\r", "\r\n", "\u2028", "", "\n\n\n\n", "\u0085"};
        return new Seed(name, text.replace("\r\n", "\n").replace("\n", breaks[random.nextInt(breaks.length)]).getBytes(UTF_8));
      }
      case ABSURD_NUMBERS:
        return new Seed(name, concat(b, absurdNumbers().getBytes(UTF_8)));
      default:
        return new Seed(name, b);
    }
  }

  private Seed encoded(Seed s) {
    String text = new String(s.bytes(), UTF_8);
    Charset charset = ENCODINGS[random.nextInt(ENCODINGS.length)];
    byte[] bytes = text.getBytes(charset);
    switch (random.nextInt(4)) {
      case 0: // a byte-order mark, right or wrong
        byte[][] boms = {{(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, {(byte) 0xff, (byte) 0xfe}, {(byte) 0xfe, (byte) 0xff},
            {(byte) 0xff, (byte) 0xfe, 0, 0}};
        bytes = concat(boms[random.nextInt(boms.length)], bytes);
        break;
      case 1: // two encodings in one file
        byte[] second = text.getBytes(ENCODINGS[random.nextInt(ENCODINGS.length)]);
        bytes = concat(Arrays.copyOf(bytes, bytes.length / 2), Arrays.copyOfRange(second, second.length / 2, second.length));
        break;
      case 2: // NULs and stray high bytes
        for (int k = 0; k < 1 + bytes.length / 512; k++) {
          bytes[random.nextInt(bytes.length)] = random.nextBoolean() ? 0 : (byte) (0x80 + random.nextInt(128));
        }
        break;
      default:
        break;
    }
    return new Seed("encoded-" + charset.name() + "-" + s.name(), bytes);
  }

  private String absurdNumbers() {
    StringBuilder out = new StringBuilder("\n");
    String digits = "1234567890".repeat(1 + random.nextInt(2000));
    out.append("收入预算").append(digits).append("万元。\n");
    out.append("支出0.").append(digits).append("亿元，增长").append(digits).append("%。\n");
    out.append("合计1e999999万元，").append("万".repeat(1 + random.nextInt(500))).append("元。\n");
    out.append("（（（（".repeat(1 + random.nextInt(500))).append("-1,000.00").append("））））".repeat(random.nextInt(500))).append('\n');
    out.append("1,".repeat(1 + random.nextInt(5000))).append("000元；").append("%".repeat(random.nextInt(2000))).append('\n');
    out.append("一万".repeat(1 + random.nextInt(1000))).append("元，百分之").append("九".repeat(random.nextInt(1000))).append('\n');
    return out.toString();
  }

  private Seed nesting() {
    int depth = 1 << (6 + random.nextInt(12)); // 64 to 128k
    switch (random.nextInt(4)) {
      case 0:
        return new Seed("deep.rtf", ("{\\rtf1\\ansi " + "{".repeat(depth) + "收入预算100万元。" + "}".repeat(
            random.nextBoolean() ? depth : depth / 2) + "}").getBytes(UTF_8));
      case 1:
        return new Seed("deep.html", ("<html><body>" + "<div><table><tr><td>".repeat(depth / 4 + 1)
            + "收入预算100万元。" + "</td></tr></table></div>".repeat(depth / 4 + 1) + "</body></html>").getBytes(UTF_8));
      case 2:
        return new Seed("deep.txt", ("收入" + "（".repeat(depth) + "100万元" + "）".repeat(depth) + "。\n").getBytes(UTF_8));
      default:
        return new Seed("deep.html", ("<p>" + "<b><i>".repeat(depth) + "支出200万元" + "</i></b>".repeat(depth)).getBytes(UTF_8));
    }
  }

  /**
   * Texts that once cost more than linear time or memory: signed and bracketed amounts, lines cut at
   * a page's width with no stop (read as one sentence), lines ended by a lone CR, or no line break at
   * all.
   */
  private Seed pathologicalText(int bytes) {
    String[] breaks = {"\n", "\r", "\r\n", "\u2028", ""};
    String lineBreak = breaks[random.nextInt(breaks.length)];
    boolean signed = random.nextBoolean();
    StringBuilder text = new StringBuilder(bytes / 2);
    for (int i = 0; text.length() * 3 < bytes; i++) {
      text.append(signed ? signedLine(i) : wrappedLine(i)).append(lineBreak);
    }
    return new Seed((signed ? "signed-" : "wrapped-") + lineBreak.codePoints().mapToObj(Integer::toHexString)
        .reduce("", String::concat) + ".txt", text.toString().getBytes(UTF_8));
  }

  private static String signedLine(int i) {
    return String.format(Locale.ROOT, "支出（-%d,234.56）万元，收入（+%d.5）万元，结余-12.5万元，比上年(-3.5%%)", 1 + i % 9, i % 1000);
  }

  /** Forty characters and more, ending in no stop, as a justified page's lines do. */
  private static String wrappedLine(int i) {
    return String.format(Locale.ROOT, "一般公共预算支出%d.56万元，比上年增长3.5%%，其中基本支出800.00万元", 1000 + i % 9000);
  }

  /** The {@code k}-th huge document, of three kinds in turn. */
  private Seed huge(int k) throws IOException {
    if (k % 3 == 0) {
      return new Seed("table-20000-rows.html", table(20_000));
    }
    Seed pdf = k % 3 == 1 ? pages(2_100) : null;
    if (pdf != null) {
      return pdf;
    }
    // The third kind, or the second where no seed PDF opens.
    StringBuilder text = new StringBuilder();
    for (int i = 0; text.length() * 3 < 10_000_000; i++) { // 7 MB: a line is mostly ASCII
      text.append(wrappedLine(i)).append('\n');
    }
    return new Seed("wrapped-7mb.txt", text.toString().getBytes(UTF_8));
  }

  /** An HTML budget table of {@code rows} rows of seven amounts in 万元, one HTML line a row. */
  private byte[] table(int rows) {
    StringBuilder html = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>示例县2024年部门预算</title>"
        + "</head><body><p>单位：万元</p><table><tr><th>科目编码</th><th>科目名称</th><th>合计</th><th>基本支出</th>"
        + "<th>项目支出</th><th>人员经费</th><th>公用经费</th><th>其他</th><th>上年预算数</th></tr>\n");
    for (int r = 0; r < rows; r++) {
      html.append("<tr><td>").append(2010101 + r).append("</td><td>项目").append(r).append("</td>");
      for (int c = 0; c < 7; c++) {
        html.append(String.format(Locale.ROOT, "<td>%d.%02d</td>", 100 + random.nextInt(99_900), random.nextInt(100)));
      }
      html.append("</tr>\n");
    }
    return html.append("</table></body></html>\n").toString().getBytes(UTF_8);
  }

  /** A shared or rendered PDF's pages repeated to {@code count} pages; null when no PDF seed opens. */
  private @Nullable Seed pages(int count) throws IOException {
    for (Seed s : seeds) {
      if (!s.extension().equals("pdf")) {
        continue;
      }
      try (PDDocument from = Loader.loadPDF(s.bytes()); PDDocument to = new PDDocument();
          ByteArrayOutputStream out = new ByteArrayOutputStream()) {
        if (from.isEncrypted() || from.getNumberOfPages() == 0) {
          continue;
        }
        for (int p = 0; p < count; p++) {
          to.importPage(from.getPage(p % from.getNumberOfPages()));
        }
        to.save(out);
        return new Seed(count + "-pages-of-" + s.name(), out.toByteArray());
      } catch (IOException | RuntimeException e) {
        // a seed PDFBox cannot open or copy: try the next one
      }
    }
    return null;
  }

  private Seed tiny() {
    byte[][] tiny = {{}, {'%', 'P', 'D', 'F', '-'}, {'P', 'K', 3, 4}, {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0},
        {'{', '\\', 'r', 't', 'f'}, {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, {(byte) 0xff, (byte) 0xfe}, {'\n'}, {0}};
    String[] names = {"empty.txt", "header.pdf", "header.docx", "header.doc", "header.rtf", "bom.txt", "bom16.txt", "newline.txt", "nul.txt"};
    int k = random.nextInt(tiny.length);
    return new Seed(names[k], tiny[k]);
  }

  /** A zip whose one entry inflates to hundreds of megabytes, or a zip of such zips. */
  private byte[] zipBomb() throws IOException {
    int megabytes = 64 + random.nextInt(192);
    byte[] zeros = new byte[1 << 20];
    byte[] inner = zip(out -> {
      out.putNextEntry(new ZipEntry("zeros.txt"));
      for (int k = 0; k < megabytes; k++) {
        out.write(zeros);
      }
    });
    if (random.nextBoolean()) {
      return inner;
    }
    return zip(out -> {
      for (int k = 0; k < 4; k++) {
        out.putNextEntry(new ZipEntry("layer-" + k + ".zip"));
        out.write(inner);
      }
    });
  }

  /** A DOCX or XLSX with its main part replaced by a part that inflates hugely or expands entities. */
  private Seed packagePart(Seed s, Mutation m) throws IOException {
    boolean xlsx = s.extension().equals("xlsx");
    String main = xlsx ? "xl/worksheets/sheet1.xml" : "word/document.xml";
    byte[] part = m == Mutation.XML_BOMB ? xmlBomb(xlsx) : hugeXml(xlsx);
    byte[] bytes = zip(out -> {
      try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(s.bytes()))) {
        for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
          out.putNextEntry(new ZipEntry(e.getName()));
          out.write(e.getName().equals(main) ? part : in.readAllBytes());
        }
      }
    });
    return new Seed(m.name().toLowerCase(Locale.ROOT) + "." + s.extension(), bytes);
  }

  private byte[] xmlBomb(boolean xlsx) {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY l0 \"收入预算100万元\">\n");
    for (int k = 1; k <= 10; k++) {
      dtd.append("<!ENTITY l").append(k).append(" \"").append(("&l" + (k - 1) + ";").repeat(10)).append("\">\n");
    }
    dtd.append("]>\n");
    String body = xlsx
        ? "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&l10;</t></is></c></row></sheetData></worksheet>"
        : "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&l10;</w:t></w:r></w:p></w:body></w:document>";
    return (dtd + body).getBytes(UTF_8);
  }

  private byte[] hugeXml(boolean xlsx) {
    int count = 200_000 + random.nextInt(800_000);
    StringBuilder xml = new StringBuilder();
    if (xlsx) {
      xml.append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
      for (int r = 1; r <= count / 4; r++) {
        xml.append("<row r=\"").append(r).append("\"><c><v>1</v></c><c><v>2</v></c></row>");
      }
      xml.append("</sheetData></worksheet>");
    } else {
      xml.append("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
      xml.append("<w:p><w:r><w:t>收入预算100万元。</w:t></w:r></w:p>".repeat(count / 8));
      xml.append("<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr>".repeat(random.nextInt(20_000)));
      xml.append("</w:body></w:document>");
    }
    return xml.toString().getBytes(UTF_8);
  }

  /** A PDF protected by a user password (or, one time in four, by an owner password alone), cut short one time in two. */
  private Seed encryptedPdf(Seed s) throws IOException {
    boolean ownerOnly = random.nextInt(4) == 0;
    byte[] bytes;
    try (PDDocument doc = Loader.loadPDF(s.bytes()); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", ownerOnly ? "" : "user", new AccessPermission());
      policy.setEncryptionKeyLength(random.nextBoolean() ? 128 : 256);
      doc.protect(policy);
      doc.save(out, random.nextBoolean() ? CompressParameters.NO_COMPRESSION : CompressParameters.DEFAULT_COMPRESSION);
      bytes = out.toByteArray();
    } catch (IOException | RuntimeException e) {
      bytes = s.bytes(); // a damaged seed PDF: not protected, still an input
    }
    boolean cut = random.nextBoolean();
    if (cut) {
      bytes = Arrays.copyOf(bytes, (int) (bytes.length * (0.3 + 0.69 * random.nextDouble())));
    }
    return new Seed((ownerOnly ? "owner-" : "user-") + (cut ? "cut-" : "") + s.name(), bytes);
  }

  /** A zip of mutated seeds, a name sometimes twice, in folders; written whole, so each entry is a record. */
  private FuzzInput archive(String prefix) throws IOException {
    int entries = 1 + random.nextInt(6);
    List<Seed> content = new ArrayList<>();
    Mutation[] simple = {Mutation.FLIP, Mutation.TRUNCATE, Mutation.DELETE, Mutation.DUPLICATE, Mutation.JUNK};
    for (int k = 0; k < entries; k++) {
      content.add(random.nextBoolean() ? pick(x -> true) : mutated(pick(x -> true), simple[random.nextInt(simple.length)]));
    }
    // commons-compress, which writes a name twice where java.util.zip refuses.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
      String previous = null;
      for (int k = 0; k < content.size(); k++) {
        String name = previous != null && random.nextInt(5) == 0
            ? previous
            : (random.nextBoolean() ? "部门/" : "") + k + "-" + content.get(k).name();
        out.putArchiveEntry(new ZipArchiveEntry(name));
        out.write(content.get(k).bytes());
        out.closeArchiveEntry();
        previous = name;
      }
    }
    Path file = dir.resolve(prefix + ".zip");
    Files.write(file, bytes.toByteArray());
    return new FuzzInput(file, Mutation.ARCHIVE.name(), entries);
  }

  private interface ZipWriting {
    void write(ZipOutputStream out) throws IOException;
  }

  private static byte[] zip(ZipWriting writing) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      writing.write(out);
    }
    return bytes.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
