package io.suanzhang.read.tika;

import io.suanzhang.core.Source;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Passes a parser's XHTML events on, and stops the parse once the reading thread is interrupted (the
 * batch's timeout cancels a reader that way; Tika's parsers do not look).
 */
final class Interruptible extends ContentHandlerDecorator {

  private final Source source;

  Interruptible(ContentHandler delegate, Source source) {
    super(delegate);
    this.source = source;
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes atts)
      throws SAXException {
    if (Thread.currentThread().isInterrupted()) {
      throw new SAXException(source.path() + ": reading was cancelled");
    }
    super.startElement(uri, local, qName, atts);
  }
}
