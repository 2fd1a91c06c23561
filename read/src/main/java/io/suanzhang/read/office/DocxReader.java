package io.suanzhang.read.office;

import io.suanzhang.core.Document;
import io.suanzhang.core.Format;
import io.suanzhang.core.ReportException;
import io.suanzhang.core.Source;
import io.suanzhang.read.DocumentReader;
import io.suanzhang.read.ReadOptions;
import java.util.Set;

/**
 * Word documents (DOCX) through POI's XWPF schema beans and styles: headings from paragraph styles
 * and outline levels, tables with their merged cells, text as Word shows it. The package is read
 * behind a zip-bomb guard that does not depend on POI's global settings.
 */
public final class DocxReader implements DocumentReader {

  @Override
  public Set<Format> formats() {
    return Set.of(Format.DOCX);
  }

  @Override
  public Document read(byte[] bytes, Source source, ReadOptions options) throws ReportException {
    OoxmlPackage pkg = OoxmlPackage.open(bytes, source, options);
    try (pkg) {
      return DocxBody.read(source, DocxParts.of(pkg.opc(), source));
    } catch (ReportException e) {
      throw e;
    } catch (Exception | LinkageError | StackOverflowError | OutOfMemoryError | AssertionError e) {
      throw pkg.failure(e);
    }
  }
}
