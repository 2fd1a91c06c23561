package io.suanzhang.extract.tika;

import io.suanzhang.core.Source;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Passes a parser's XHTML events on, and stops the parse once the reading thread is interrupted (the
 * batch's timeout cancels a reader that way; Tika's parsers do not look).
 */
final class Interruptible extends DefaultHandler {

  private final DefaultHandler delegate;
  private final Source source;

  Interruptible(DefaultHandler delegate, Source source) {
    this.delegate = delegate;
    this.source = source;
  }

  private void check() throws SAXException {
    if (Thread.currentThread().isInterrupted()) {
      throw new SAXException(source.path() + ": reading was cancelled");
    }
  }

  @Override
  public void startDocument() throws SAXException {
    delegate.startDocument();
  }

  @Override
  public void endDocument() throws SAXException {
    delegate.endDocument();
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes atts)
      throws SAXException {
    check();
    delegate.startElement(uri, local, qName, atts);
  }

  @Override
  public void endElement(String uri, String local, String qName) throws SAXException {
    delegate.endElement(uri, local, qName);
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    delegate.characters(ch, start, length);
  }
}
