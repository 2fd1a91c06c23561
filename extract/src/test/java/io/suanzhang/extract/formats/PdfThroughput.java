package io.suanzhang.extract.formats;

import io.suanzhang.core.Document;
import io.suanzhang.core.Format;
import io.suanzhang.core.Source;
import io.suanzhang.core.testing.SharedFiles;
import io.suanzhang.extract.number.MentionExtractor;
import io.suanzhang.read.ReadOptions;
import io.suanzhang.read.pdf.PdfReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Pages per second over the shared PDFs on one thread, after a warm-up pass: this reader, this reader
 * plus mention extraction, and PDFBox's plain {@code PDFTextStripper.getText} (load included in all).
 *
 * <pre>{@code
 * mvn -q -pl extract test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -Xmx512m -cp extract/target/test-classes:extract/target/classes:$(cat extract/cp.txt) \
 *     io.suanzhang.read.pdf.PdfThroughput [folder] [rounds] [warm-up passes]
 * }</pre>
 */
public final class PdfThroughput {

  private PdfThroughput() {}

  public static void main(String[] args) throws Exception {
    Path dir = args.length > 0 ? Path.of(args[0]) : SharedFiles.external().resolve("pdf");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<Path> files = SharedFiles.files(dir, ".pdf");
    List<byte[]> bytes = new ArrayList<>();
    for (Path f : files) {
      bytes.add(Files.readAllBytes(f));
    }
    int warmUps = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    int pages = 0;
    for (int w = 0; w < warmUps; w++) {
      pages = 0;
      for (int k = 0; k < files.size(); k++) {
        pages += ours(files.get(k), bytes.get(k), true);
        plain(bytes.get(k));
      }
    }
    System.out.printf(Locale.ROOT, "%d files, %d pages; %d warm-up passes done%n", files.size(), pages,
        warmUps);
    double best = Double.MAX_VALUE;
    double bestMentions = Double.MAX_VALUE;
    double bestPlain = Double.MAX_VALUE;
    for (int r = 0; r < rounds; r++) {
      // File by file, each way in turn, so that the three see the same state of the JIT and heap.
      long ns = 0;
      long nsMentions = 0;
      long nsPlain = 0;
      for (int k = 0; k < files.size(); k++) {
        long t0 = System.nanoTime();
        ours(files.get(k), bytes.get(k), false);
        long t1 = System.nanoTime();
        ours(files.get(k), bytes.get(k), true);
        long t2 = System.nanoTime();
        plain(bytes.get(k));
        long t3 = System.nanoTime();
        ns += t1 - t0;
        nsMentions += t2 - t1;
        nsPlain += t3 - t2;
      }
      best = Math.min(best, ns / 1e9);
      bestMentions = Math.min(bestMentions, nsMentions / 1e9);
      bestPlain = Math.min(bestPlain, nsPlain / 1e9);
      System.out.printf(Locale.ROOT, "round %d: PdfReader %.2f s, +mentions %.2f s, PDFTextStripper %.2f s%n",
          r + 1, ns / 1e9, nsMentions / 1e9, nsPlain / 1e9);
    }
    System.out.printf(Locale.ROOT,
        "best: PdfReader %.0f pages/s, PdfReader + MentionExtractor %.0f pages/s, plain PDFTextStripper"
            + " %.0f pages/s; ratio %.2f (%.2f with mentions)%n",
        pages / best, pages / bestMentions, pages / bestPlain, best / bestPlain, bestMentions / bestPlain);
  }

  private static int ours(Path file, byte[] bytes, boolean mentions) throws Exception {
    Document doc = new PdfReader().read(
        bytes, new Source(file.toString(), "", Format.PDF, bytes.length, null), ReadOptions.DEFAULT);
    if (mentions) {
      MentionExtractor.extract(doc.text());
    }
    return doc.pages().size();
  }

  private static int plain(byte[] bytes) throws Exception {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(doc).length();
    }
  }
}
