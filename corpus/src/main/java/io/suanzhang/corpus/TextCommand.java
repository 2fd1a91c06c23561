package io.suanzhang.corpus;

import io.suanzhang.core.Document;
import io.suanzhang.core.ReportException;
import io.suanzhang.core.document.Cell;
import io.suanzhang.core.document.Table;
import io.suanzhang.read.DocumentReaders;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints a document's extracted text: the text every offset of the JSON output points into. */
@Command(
    name = "text",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Print the extracted text of FILE; all offsets (code points) refer to it.",
      "With --tables, print the tables that were read instead, as TSV with their pages."
    })
final class TextCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "a report: PDF, DOCX, DOC, XLSX, XLS, HTML, RTF, TXT, MD")
  Path file;

  @Option(names = "--tables", description = "print the tables as TSV, each headed by its pages and unit")
  boolean tables;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Document doc;
    try {
      doc = DocumentReaders.read(file);
    } catch (ReportException e) {
      spec.commandLine().getErr().println("suanzhang: " + e.getMessage());
      return 2;
    }
    if (tables) {
      printTables(out, doc.tables());
    } else {
      out.print(doc.text());
    }
    out.flush();
    return 0;
  }

  private static void printTables(PrintWriter out, List<Table> tables) {
    for (int t = 0; t < tables.size(); t++) {
      Table table = tables.get(t);
      out.printf(
          Locale.ROOT, "# table %d%s%s%s, %d rows, %d header%n", t + 1, pages(table),
          table.unit() == null ? "" : ", unit " + table.unit(),
          table.title() == null ? "" : ", " + table.title(), table.rowCount(), table.headerRows());
      int columns = table.columnCount();
      for (int r = 0; r < table.rowCount(); r++) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < columns; c++) {
          if (c > 0) {
            line.append('\t');
          }
          for (Cell cell : table.row(r)) {
            if (cell.column() == c) {
              line.append(cell.text());
            }
          }
        }
        out.println(line);
      }
      out.println();
    }
  }

  private static String pages(Table table) {
    if (table.firstPage() == null) {
      return "";
    }
    return table.firstPage().equals(table.lastPage())
        ? ", page " + table.firstPage()
        : ", pages " + table.firstPage() + "-" + table.lastPage();
  }
}
