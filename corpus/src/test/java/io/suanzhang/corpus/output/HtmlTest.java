package io.suanzhang.corpus.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void textEscapesMarkupAndKeepsQuotes() {
    assertEquals("&lt;mark&gt; &amp; \"x\" 'y'", Html.text("<mark> & \"x\" 'y'"));
  }

  @Test
  void attributesEscapeBothQuotes() {
    assertEquals("a&quot;b&#39;c&lt;", Html.attr("a\"b'c<"));
  }

  @Test
  void controlCharactersBecomeReplacementCharactersButLineBreaksAndTabsStay() {
    assertEquals("a\uFFFDb\t\n\r\uFFFD", Html.text("a\u0000b\t\n\r\u0085"));
  }

  @Test
  void textWithNothingToEscapeIsReturnedAsIs() {
    String plain = "合计 2,946.25 万元";
    assertSame(plain, Html.text(plain));
  }
}
