package io.suanzhang.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jspecify.annotations.Nullable;

/**
 * A page's content tokenized from its array gives PDFBox's parser's tokens, one for one: the same
 * operators (the same instances), numbers (the same value and the same written form), names (the
 * same instances), strings, arrays and dictionaries, and the same failure at the same token, on every
 * page of the shared PDFs and on contents made of any tokens, broken ones and stray bytes among them.
 */
class ContentTokensProperties {

  @Example
  void theSharedPagesGiveTheTokensPdfBoxGives() throws IOException {
    List<Path> pdfs = PdfSamples.pdfs().toList();
    assertTrue(pdfs.size() >= 20, "the shared PDFs: " + pdfs.size());
    int pages = 0;
    long tokens = 0;
    for (Path pdf : pdfs) {
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        int number = 0;
        for (PDPage page : doc.getPages()) {
          number++;
          RandomAccessRead content = new DecodedPage(page, !doc.isEncrypted())
              .getContentsForStreamParsing();
          if (content instanceof ByteContent whole) {
            byte[] bytes = java.util.Arrays.copyOf(whole.bytes(), whole.limit());
            tokens += assertSameTokens(bytes, pdf.getFileName() + ", page " + number);
            pages++;
          }
          content.close();
        }
      }
    }
    // The pages read from memory: 541 with 1.95 million tokens when this was written, those of a
    // content that is an array of streams among them; fewer, and the comparison shows less.
    assertTrue(pages >= 540, "pages compared: " + pages);
    assertTrue(tokens >= 1_900_000, "tokens compared: " + tokens);
  }

  @Property(tries = 2_000)
  void anyContentGivesTheTokensPdfBoxGives(@ForAll("contents") byte[] content) throws IOException {
    assertSameTokens(content, "content " + HexFormat.of().formatHex(content));
  }

  @Example
  void theFormsPdfBoxReadsByRulesOfItsOwnAreReadAsItReadsThem() throws IOException {
    for (String content : List.of(
        "--16.33 0 Td", "5-3 Tw", "1.2.3 Tc", "+ 4 +5 Tz", "- . -. TL", "[1.2.3] TJ", "[1e5 2E] TJ",
        "[+3 --4 5-] TJ", "(a(b)c) Tj", "(a\\) Tj\n/F1 1 Tf", "(a\\)\n/x) Tj", "(\\101\\1012\\8) Tj",
        "(line\\\r\n\r\nnext) Tj", "<48 65 6C6 >Tj", "<4x8> Tj", "<48", "(open", "/A#42 /A#4 /#",
        "BI /W 1 /H 1 ID \u0001 EI Q", "IX", "] Q", "<</MCID 3>> BDC", "/P <</MCID 0 >>BDC EMC",
        "true false null nul truth f* f1 d0 d1 d2 Tj] ET'", "\u0000\u0001 Tj", "99999999999999999999 Tz",
        "123456789012345678 Tz -9223372036854775808 Tz", "1 0 0 1 72.024 710.4 cm", "%c\r1 w%x",
        "[(a) 12 /N <41> [1]] TJ", "[(a) R] TJ", "1 0 R", "\u00ff\u00fe Tj", "q\u0080Q")) {
      assertSameTokens(content.getBytes(StandardCharsets.ISO_8859_1), content);
    }
  }

  /**
   * Every real of up to seven digits, the point anywhere among them, signed or not: its value worked
   * out from its digits is the one PDFBox parses, to the bit, and so are its text and equality.
   */
  @Property(tries = 20_000)
  void aShortRealIsTheFloatPdfBoxParses(
      @ForAll("shortReals") String text) throws IOException {
    assertSameTokens(text.getBytes(StandardCharsets.ISO_8859_1), text);
    ContentTokens tokens = new ContentTokens(new ByteContent(
        (text + " ").getBytes(StandardCharsets.ISO_8859_1), text.length()), new ContentTokens.Operators());
    Object read = tokens.next();
    COSFloat parsed = new COSFloat(text);
    assertEquals(parsed, read, text);
    assertEquals(read, parsed, text);
  }

  @Provide
  Arbitrary<String> shortReals() {
    Arbitrary<String> digits = Arbitraries.oneOf(
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(7),
        // the longest, whose quotients are the closest to halfway between two floats
        Arbitraries.longs().between(8_388_608, 9_999_999).map(n -> Long.toString(n)),
        Arbitraries.of("0", "00", "0000000", "9999999", "16777215", "1", "5", "25", "125"));
    return Arbitraries.integers().between(0, 7).flatMap(point -> digits.flatMap(d ->
        Arbitraries.of("", "-").map(sign -> {
          int at = Math.min(point, d.length());
          return sign + d.substring(0, at) + "." + d.substring(at);
        })));
  }

  @Provide
  Arbitrary<byte[]> contents() {
    Arbitrary<String> token = Arbitraries.oneOf(
        Arbitraries.of("BT", "ET", "Tj", "TJ", "Td", "Tf", "cm", "re", "f", "f*", "n", "q", "Q", "W",
            "BDC", "EMC", "Do", "BI", "ID", "EI", "d0", "d1", "'", "\"", "null", "true", "false",
            "[", "]", "<<", ">>", "(", ")", "<", ">", "/", "%", "\\", "#", "+", "-", ".", "e", "R"),
        Arbitraries.strings().withChars("0123456789.-+eE").ofMinLength(1).ofMaxLength(22),
        Arbitraries.strings().withChars("abcdefABCDEF0123456789 \n<>x").ofMaxLength(9)
            .map(s -> "<" + s + ">"),
        Arbitraries.strings().withChars("ab()\\\n\r01234567ntbf)").ofMaxLength(12)
            .map(s -> "(" + s + ")"),
        Arbitraries.strings().withChars("AZaz09#_-.").ofMaxLength(6).map(s -> "/" + s),
        Arbitraries.strings().withChars(" \n\r\t\f\u0000").ofMinLength(1).ofMaxLength(3),
        Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMinLength(1).ofMaxLength(2));
    return token.list().ofMaxSize(40).map(parts -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (String part : parts) {
        out.writeBytes(part.getBytes(StandardCharsets.ISO_8859_1));
        out.write(' ');
      }
      byte[] bytes = out.toByteArray();
      return java.util.Arrays.copyOf(bytes, Math.max(0, bytes.length - 1));
    });
  }

  /** Asserts both readings give the same tokens and end alike; returns how many tokens there were. */
  private static int assertSameTokens(byte[] content, String where) throws IOException {
    PDFStreamParser pdfBox = new PDFStreamParser(new ContentTokens.Content(
        new ByteContent(java.util.Arrays.copyOf(content, content.length + 5), content.length)));
    ContentTokens tokens = new ContentTokens(
        new ByteContent(java.util.Arrays.copyOf(content, content.length + 5), content.length),
        new ContentTokens.Operators());
    int count = 0;
    while (true) {
      String expected = next(() -> pdfBox.parseNextToken());
      String actual = next(tokens::next);
      assertEquals(expected, actual, () -> where);
      if (expected.equals("end") || expected.startsWith("failed")) {
        return count;
      }
      count++;
    }
  }

  private interface Next {
    @Nullable Object get() throws IOException;
  }

  private static String next(Next next) {
    try {
      Object token = next.get();
      return token == null ? "end" : describe(token);
    } catch (IOException | RuntimeException e) {
      return "failed: " + e;
    }
  }

  /** A token, in full: its kind, value and written form; names and cached operators by instance. */
  private static String describe(Object token) {
    if (token instanceof Operator op) {
      boolean cached = Operator.getOperator(op.getName()) == op;
      return "op " + op.getName() + (cached ? "" : " new")
          + (op.getImageData() == null ? "" : " data " + HexFormat.of().formatHex(op.getImageData()))
          + (op.getImageParameters() == null ? "" : " " + describe(op.getImageParameters()));
    }
    if (token instanceof COSName name) {
      return "name " + name.getName() + "@" + System.identityHashCode(name);
    }
    if (token instanceof COSString s) {
      return "string " + HexFormat.of().formatHex(s.getBytes());
    }
    if (token instanceof COSArray array) {
      List<String> elements = new ArrayList<>();
      array.forEach(e -> elements.add(describe(e)));
      return "array " + elements;
    }
    if (token instanceof COSDictionary dictionary) {
      Map<String, String> entries = dictionary.entrySet().stream().collect(Collectors.toMap(
          e -> describe(e.getKey()), e -> describe(e.getValue()), (a, b) -> a, java.util.TreeMap::new));
      return "dictionary " + entries;
    }
    if (token instanceof COSFloat real) { // its value to the bit, and its text as it writes it
      ByteArrayOutputStream written = new ByteArrayOutputStream();
      try {
        real.writePDF(written);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return "real " + Integer.toHexString(Float.floatToIntBits(real.floatValue())) + " " + real
          + " " + written.toString(StandardCharsets.ISO_8859_1) + " " + real.hashCode();
    }
    return token.getClass().getSimpleName() + " " + token + (token instanceof COSBase ? "" : "?");
  }
}
