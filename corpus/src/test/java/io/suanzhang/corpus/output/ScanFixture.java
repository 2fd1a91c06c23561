package io.suanzhang.corpus.output;

import io.suanzhang.Suanzhang;
import io.suanzhang.checks.Checks;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.Json;
import io.suanzhang.core.testing.SharedFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A scan for the tests: documents.jsonl written from {@code Checks.analyse} over some files, then the
 * result files written from it, all under {@code target/} so that a person can open them after the
 * build. The corpus of the seeds, two external PDFs and an unreadable file is made once per run.
 */
final class ScanFixture {

  /** The folder of a scan, what was analysed, and what writing the results returned. */
  record Scan(Path dir, List<Analysis> analyses, ScanTotals totals) {
    Path file(String name) {
      return dir.resolve(name);
    }
  }

  private static Scan shared;

  private ScanFixture() {}

  /** The seeds, two external PDFs (one with pages and read warnings) and a file that is no PDF. */
  static synchronized Scan sharedCorpus() throws IOException {
    if (shared == null) {
      Path seeds = SharedFiles.seeds();
      Path external = SharedFiles.external();
      List<Path> files = new ArrayList<>(SharedFiles.files(seeds, ".txt"));
      files.add(external.resolve("pdf/shanghai/上海市普陀区财政局2024年度部门决算.pdf"));
      files.add(external.resolve("pdf/jiangsu/江苏省人民检察院/2019年度部门预算公开.pdf"));
      Path dir = target("shared-corpus");
      files.add(unreadable(dir));
      shared = scan(dir, files);
    }
    return shared;
  }

  /** A fresh folder under {@code target/scan-outputs}. */
  static Path target(String name) throws IOException {
    Path dir = Path.of("target", "scan-outputs", name).toAbsolutePath();
    if (Files.isDirectory(dir)) {
      try (var old = Files.list(dir)) {
        for (Path p : old.toList()) {
          Files.delete(p);
        }
      }
    }
    return Files.createDirectories(dir);
  }

  /** A file that claims to be a PDF and is not one. */
  static Path unreadable(Path dir) throws IOException {
    Path file = dir.resolve("损坏的报告.pdf");
    Files.writeString(file, "%PDF-1.7\n这不是PDF文件 — not a PDF\n", StandardCharsets.UTF_8);
    return file;
  }

  /** Analyses the files into dir/documents.jsonl, then writes the results beside it. */
  static Scan scan(Path dir, List<Path> files) throws IOException {
    List<Analysis> analyses = new ArrayList<>();
    Path jsonl = dir.resolve(ScanOutputs.DOCUMENTS_JSONL);
    long started = System.nanoTime();
    try (BufferedWriter out = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
      for (Path file : files) {
        Analysis a = Suanzhang.analyse(file);
        analyses.add(a);
        out.write(Json.mapper().writeValueAsString(a));
        out.write('\n');
      }
    }
    long analysed = System.nanoTime();
    ScanTotals totals = ScanOutputs.write(dir, jsonl);
    long written = System.nanoTime();
    StringBuilder sizes = new StringBuilder();
    for (String name :
        List.of(ScanOutputs.DOCUMENTS_JSONL, ScanOutputs.FINDINGS_CSV, ScanOutputs.FACTS_CSV,
            ScanOutputs.SUMMARY_XLSX, ScanOutputs.REPORT_HTML)) {
      sizes.append(String.format(Locale.ROOT, " %s %,d B;", name, Files.size(dir.resolve(name))));
    }
    System.out.printf(
        Locale.ROOT, "scan of %d files in %s: analysed in %d ms, results written in %d ms;%s%n",
        files.size(), dir.getFileName(), (analysed - started) / 1_000_000,
        (written - analysed) / 1_000_000, sizes);
    return new Scan(dir, List.copyOf(analyses), totals);
  }
}
