package io.suanzhang.read.office;

import io.suanzhang.core.Document;
import io.suanzhang.core.Format;
import io.suanzhang.core.ReportException;
import io.suanzhang.core.Source;
import io.suanzhang.read.DocumentReader;
import io.suanzhang.read.ReadOptions;
import java.util.Set;

/**
 * Excel workbooks (XLSX), streamed sheet by sheet with POI's SAX reader so that memory follows the
 * cells that hold text, not the size of the sheet XML. Each visible sheet becomes a heading with its
 * name and a table of its used range, merged regions included; values read as Excel displays them
 * (91,016,775.35 under #,##0.00), formulas by their cached results. Hidden sheets are skipped.
 */
public final class XlsxReader implements DocumentReader {

  @Override
  public Set<Format> formats() {
    return Set.of(Format.XLSX);
  }

  @Override
  public Document read(byte[] bytes, Source source, ReadOptions options) throws ReportException {
    OoxmlPackage pkg = OoxmlPackage.open(bytes, source, options);
    try (pkg) {
      return new XlsxSheets(source, pkg).read();
    } catch (ReportException e) {
      throw e;
    } catch (Exception | LinkageError | StackOverflowError | OutOfMemoryError | AssertionError e) {
      throw pkg.failure(e);
    }
  }
}
