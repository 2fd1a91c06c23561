package io.suanzhang.read.tika;

import io.suanzhang.core.Document;
import io.suanzhang.core.ErrorCode;
import io.suanzhang.core.Format;
import io.suanzhang.core.ReportException;
import io.suanzhang.core.Source;
import io.suanzhang.core.document.WarningCode;
import io.suanzhang.read.DocumentReader;
import io.suanzhang.read.ReadOptions;
import io.suanzhang.read.internal.Containers;
import io.suanzhang.read.internal.DocumentBuilder;
import io.suanzhang.read.internal.Failures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Legacy Word and Excel files (DOC, XLS), HTML and RTF, read with Tika's parsers for each format
 * (never its auto-detecting parser) and turned into blocks from the XHTML they write.
 *
 * <p>Embedded documents are not parsed: a warning counts them. Tika would otherwise build an
 * auto-detecting parser for them, whose OOXML parser switches off POI's zip-bomb guard for the JVM.
 */
public final class TikaReader implements DocumentReader {

  @Override
  public Set<Format> formats() {
    return Set.of(Format.DOC, Format.XLS, Format.HTML, Format.RTF);
  }

  @Override
  public Document read(byte[] bytes, Source source, ReadOptions options) throws ReportException {
    Format format = source.format();
    if (!formats().contains(format)) {
      throw new ReportException(
          ErrorCode.UNSUPPORTED, source.path() + ": this reader does not read " + format.jsonName());
    }
    if (bytes.length == 0) {
      throw new ReportException(ErrorCode.EMPTY, source.path() + ": the file is empty");
    }
    try {
      return parse(bytes, source, format);
    } catch (ReportException e) {
      throw e;
    } catch (Exception | LinkageError | StackOverflowError | OutOfMemoryError | AssertionError e) {
      throw failure(bytes, source, format, e);
    }
  }

  private static Document parse(byte[] bytes, Source source, Format format)
      throws IOException, SAXException, TikaException, ReportException {
    DocumentBuilder builder = new DocumentBuilder(source);
    SkippedEmbedded embedded = new SkippedEmbedded();
    ParseContext context = new ParseContext();
    context.set(EmbeddedDocumentExtractor.class, embedded);
    context.set(Parser.class, EmptyParser.INSTANCE);
    Metadata metadata = new Metadata();
    Parser parser;
    InputStream in;
    XlsLayout layout = XlsLayout.NONE;
    switch (format) {
      case DOC:
      case XLS:
        POIFSFileSystem fs = ole2(bytes, source);
        // The container says what it holds, whatever the file was called.
        if (fs.getRoot().hasEntryCaseInsensitive("Workbook") || fs.getRoot().hasEntryCaseInsensitive("Book")) {
          format = Format.XLS;
        } else if (fs.getRoot().hasEntryCaseInsensitive("WordDocument")) {
          format = Format.DOC;
        }
        OfficeParserConfig config = new OfficeParserConfig();
        config.setIncludeHeadersAndFooters(false);
        config.setIncludeMissingRows(true);
        config.setExtractMacros(false);
        context.set(OfficeParserConfig.class, config);
        context.set(Locale.class, Locale.ROOT);
        if (format == Format.XLS) {
          layout = XlsLayout.of(fs);
        }
        TikaInputStream tis = TikaInputStream.get(bytes);
        tis.setOpenContainer(fs);
        in = tis;
        parser = new OfficeParser();
        break;
      case HTML:
        Charset charset = HtmlCharset.of(bytes, fileName(source));
        context.set(EncodingDetector.class, (EncodingDetector) (input, md) -> charset);
        context.set(HtmlMapper.class, HtmlElements.INSTANCE);
        metadata.set(Metadata.CONTENT_TYPE, new MediaType(MediaType.TEXT_HTML, charset).toString());
        in = TikaInputStream.get(bytes);
        parser = new JSoupParser();
        break;
      default:
        in = TikaInputStream.get(RtfMarkers.mark(bytes));
        parser = new RTFParser();
        break;
    }
    XhtmlBlocks handler = new XhtmlBlocks(format, builder, layout);
    try (InputStream stream = in) {
      parser.parse(stream, new Interruptible(handler, source), metadata, context);
    }
    if (format == Format.RTF && unbalanced(bytes)) {
      builder.warning(WarningCode.SKIPPED_CONTENT, null,
          "the RTF file ends inside an open group: it may have been cut short");
    }
    if (builder.isEmpty()) {
      // A file with bytes but no text read from them: say so rather than pass as a report without numbers.
      builder.warning(WarningCode.NO_TEXT, null, String.format(Locale.ROOT,
          "no text could be read from the %s file's %,d bytes", format.jsonName(), bytes.length));
    }
    if (embedded.count > 0) {
      builder.warning(WarningCode.SKIPPED_CONTENT, null,
          String.format(Locale.ROOT, "%d embedded object(s), such as spreadsheets pasted into the"
              + " document, were not read", embedded.count));
    }
    return builder.build();
  }

  /** The OLE2 container of a DOC or XLS; a password-protected DOCX or XLSX is also OLE2. */
  private static POIFSFileSystem ole2(byte[] bytes, Source source) throws ReportException, IOException {
    if (!Containers.isOle2(bytes)) {
      throw new ReportException(
          ErrorCode.CORRUPT,
          source.path() + ": not a legacy Office file (no OLE2 header): damaged, or another format");
    }
    POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
    if (fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage")) {
      fs.close();
      throw new ReportException(
          ErrorCode.ENCRYPTED,
          source.path() + ": a password-protected Office document; save a copy without a password and"
              + " read that");
    }
    return fs;
  }

  private static ReportException failure(byte[] bytes, Source source, Format format, Throwable t) {
    String path = source.path();
    if (Failures.causedBy(t, EncryptedDocumentException.class)
        || Failures.causedBy(t, org.apache.poi.EncryptedDocumentException.class)) {
      return new ReportException(
          ErrorCode.ENCRYPTED,
          path + ": the document is password-protected; save a copy without a password and read that", t);
    }
    if (Failures.causedBy(t, TikaMemoryLimitException.class) || Failures.mentions(t, "Zip bomb detected")) {
      return new ReportException(
          ErrorCode.ZIP_BOMB, path + ": refused: it expands beyond the parser's limits ("
              + Failures.describe(t) + ")", t);
    }
    if (t instanceof Error || Thread.currentThread().isInterrupted()) {
      return Failures.of(source, t);
    }
    boolean cutShort =
        (format == Format.DOC || format == Format.XLS) ? Containers.ole2Truncated(bytes)
            : format == Format.RTF && unbalanced(bytes);
    if (cutShort) {
      return new ReportException(
          ErrorCode.TRUNCATED, path + ": the file ends early: it was cut short ("
              + Failures.describe(t) + ")", t);
    }
    return new ReportException(
        ErrorCode.CORRUPT, path + ": the " + format.jsonName() + " file is damaged or malformed ("
            + Failures.describe(t) + ")", t);
  }

  /** An RTF file ends where its outermost group closes; one cut short leaves groups open. */
  static boolean unbalanced(byte[] rtf) {
    int depth = 0;
    boolean opened = false;
    for (int i = 0; i < rtf.length; i++) {
      byte b = rtf[i];
      if (b == '\\') {
        i++;
      } else if (b == '{') {
        depth++;
        opened = true;
      } else if (b == '}') {
        depth--;
      }
    }
    return opened && depth > 0;
  }

  private static String fileName(Source source) {
    String path = source.path();
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }

  /** Counts embedded objects other than pictures, and parses none of them. */
  private static final class SkippedEmbedded implements EmbeddedDocumentExtractor {
    int count;

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
      String type = metadata.get(Metadata.CONTENT_TYPE);
      if (type == null || !type.startsWith("image/")) {
        count++;
      }
      return false;
    }

    @Override
    public void parseEmbedded(
        InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
      // Never asked: shouldParseEmbedded says no.
    }
  }
}
