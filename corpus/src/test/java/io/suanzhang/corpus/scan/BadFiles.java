package io.suanzhang.corpus.scan;

import io.suanzhang.core.testing.SharedFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** A folder of inputs that cannot be read, made fresh by each test, beside copies of good ones. */
final class BadFiles {

  private BadFiles() {}

  /**
   * Writes into {@code dir}: {@code truncated.pdf} (the first half of the smallest shared PDF), {@code
   * random.pdf} (noise), {@code empty.txt}, {@code encrypted.pdf} (a user password), {@code
   * copy-of-<seed>} (a duplicate of the first seed) and {@code two-seeds.zip} (the second and third
   * seeds). Needs the shared corpus; a test without it is skipped.
   */
  static Path make(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> seeds = SharedFiles.files(SharedFiles.seeds(), "");
    Path pdf = SharedFiles.files(SharedFiles.external(), ".pdf").stream()
        .min(Comparator.comparingLong(BadFiles::size))
        .orElseThrow();
    byte[] whole = Files.readAllBytes(pdf);
    Files.write(dir.resolve("truncated.pdf"), java.util.Arrays.copyOf(whole, whole.length / 2));
    byte[] noise = new byte[8192];
    new Random(7).nextBytes(noise);
    Files.write(dir.resolve("random.pdf"), noise);
    Files.createFile(dir.resolve("empty.txt"));
    encryptedPdf(dir.resolve("encrypted.pdf"));
    Files.copy(seeds.get(0), dir.resolve("copy-of-" + seeds.get(0).getFileName()));
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve("two-seeds.zip")))) {
      for (Path seed : seeds.subList(1, 3)) {
        zip.putNextEntry(new ZipEntry("inner/" + seed.getFileName()));
        Files.copy(seed, zip);
        zip.closeEntry();
      }
    }
    return dir;
  }

  static void encryptedPdf(Path file) throws IOException {
    try (PDDocument doc = new PDDocument(); OutputStream out = Files.newOutputStream(file)) {
      doc.addPage(new PDPage());
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner", "user", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(out);
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
