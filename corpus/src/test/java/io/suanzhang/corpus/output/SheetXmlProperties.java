package io.suanzhang.corpus.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/** A cell's text is escaped into a sheet's XML as POI escapes it, to the character, whatever it holds. */
class SheetXmlProperties {

  @Property(tries = 3_000)
  void escapesAsPoiEscapes(@ForAll("texts") String text) throws IOException {
    assertEquals(poi(text), ours(text), () -> text.chars().mapToObj(Integer::toHexString).toList()
        .toString());
  }

  @Example
  void escapesTheCharactersPoiEscapes() throws IOException {
    String text = "a<b>&\"c\n\r\t\u00a0\u0000\u001f\ufffe\uffff\ud83d\ude00\ud800x，合计";
    assertEquals(poi(text), ours(text));
    assertEquals("a&lt;b&gt;&amp;&quot;c&#xa;&#xd;&#x9;&#xa0;????\ud83d\ude00\ud800x，合计", ours(text));
    assertEquals("", ours(""));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withChars("<>&\"'\n\r\t\u00a0\u0000\u0001\u001f \u007f\ufffe\uffff\ufffd\ud800\udc00a合计，")
        .withCharRange('\ud7f0', '\ue010')
        .ofMaxLength(30);
  }

  private static String ours(String text) throws IOException {
    StringWriter out = new StringWriter();
    SheetXml.escape(text, out);
    return out.toString();
  }

  private static String poi(String text) throws IOException {
    StringWriter out = new StringWriter();
    new PoiEscaping(out).escape(text);
    return out.toString();
  }

  /** POI's own escaping, reached through its writer of a sheet's rows. */
  private static final class PoiEscaping extends SheetDataWriter {
    PoiEscaping(Writer out) throws IOException {
      super(out);
    }

    void escape(String text) throws IOException {
      outputEscapedString(text);
    }
  }
}
