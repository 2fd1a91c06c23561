package io.suanzhang.read;

import io.suanzhang.core.ReportException;
import io.suanzhang.core.testing.SharedFiles;
import io.suanzhang.read.DocumentReaders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * No bytes make a reader fail with anything but a typed {@link ReportException}: random bytes behind
 * the magic numbers of every format, and real reports with bytes flipped, cut or spliced.
 */
class ReadersProperties {

  private static final List<byte[]> MAGIC =
      List.of(
          bytes("%PDF-1.7\n"), new byte[] {'P', 'K', 3, 4}, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11,
              (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
          bytes("{\\rtf1\\ansi "), bytes("<html><body><table><tr><td>"), new byte[0]);

  private Path dir;

  @BeforeProperty
  void createFolder() throws IOException {
    dir = Files.createTempDirectory("suanzhang-fuzz");
  }

  @AfterProperty
  void deleteFolder() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  @Property(tries = 300)
  void randomBytesBehindAnyMagicNumberGiveATypedError(
      @ForAll("magic") byte[] magic, @ForAll("noise") byte[] body, @ForAll("names") String name) {
    byte[] file = new byte[magic.length + body.length];
    System.arraycopy(magic, 0, file, 0, magic.length);
    System.arraycopy(body, 0, file, magic.length, body.length);
    readTyped(file, name);
  }

  @Property(tries = 200)
  void mutatedRealReportsGiveATypedErrorOrADocument(@ForAll("mutants") byte[] file) {
    readTyped(file, "mutant.bin");
  }

  private void readTyped(byte[] bytes, String name) {
    try {
      Path file = Files.write(dir.resolve(name), bytes);
      DocumentReaders.read(file);
    } catch (ReportException expected) {
      // the only way a reader may fail
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<byte[]> magic() {
    return Arbitraries.of(MAGIC);
  }

  @Provide
  Arbitrary<byte[]> noise() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of("a.pdf", "a.docx", "a.doc", "a.xls", "a.xlsx", "a.rtf", "a.html", "a.txt", "a");
  }

  /** Real files of every format the shared corpus has, with one of three kinds of damage. */
  @Provide
  Arbitrary<byte[]> mutants() {
    List<byte[]> originals = originals();
    return Combinators.combine(
            Arbitraries.of(originals), Arbitraries.integers().between(0, 2),
            Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(1, 64))
        .as(ReadersProperties::damage);
  }

  private static byte[] damage(byte[] original, int kind, double where, int count) {
    byte[] out = original.clone();
    int at = (int) (where * (out.length - 1));
    switch (kind) {
      case 0: // flip bytes
        for (int k = 0; k < count && at + k < out.length; k++) {
          out[at + k] = (byte) ~out[at + k];
        }
        return out;
      case 1: // cut short
        return java.util.Arrays.copyOf(out, Math.max(1, at));
      default: // splice a block from elsewhere
        int from = (at * 7 + 13) % out.length;
        int len = Math.min(count * 16, Math.min(out.length - at, out.length - from));
        System.arraycopy(original, from, out, at, Math.max(0, len));
        return out;
    }
  }

  private static List<byte[]> originals() {
    List<byte[]> files = new ArrayList<>();
    try {
      for (Path p : SharedFiles.files(SharedFiles.seeds(), ".txt")) {
        files.add(Files.readAllBytes(p));
      }
      List<Path> pdfs = SharedFiles.files(SharedFiles.external().resolve("pdf"), ".pdf");
      pdfs.sort(java.util.Comparator.comparingLong(ReadersProperties::size));
      for (Path p : pdfs.subList(0, Math.min(3, pdfs.size()))) {
        files.add(Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  }
}
