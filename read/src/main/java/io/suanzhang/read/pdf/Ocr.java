package io.suanzhang.read.pdf;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;

/**
 * Optical character recognition of a rendered page, for pages without a text layer. The system
 * implementation runs a {@code tesseract} found on the PATH with its Chinese (chi_sim) data; where
 * there is none, {@link #available()} is false and the reader says so in a warning.
 */
interface Ocr {

  /** Whether this OCR can run here. */
  boolean available();

  /** The text of a page image, lines separated by line breaks and paragraphs by blank lines. */
  String read(BufferedImage page) throws IOException;

  /** The tesseract on this machine, looked for once. */
  static Ocr system() {
    return Tesseract.INSTANCE;
  }

  /** Tesseract as a child process; a page that takes longer than a minute is given up. */
  final class Tesseract implements Ocr {

    static final Tesseract INSTANCE = new Tesseract(find());

    private final @Nullable Path executable;

    private Tesseract(@Nullable Path executable) {
      this.executable = executable;
    }

    @Override
    public boolean available() {
      return executable != null;
    }

    @Override
    public String read(BufferedImage page) throws IOException {
      if (executable == null) {
        throw new IOException("tesseract with chi_sim data is not installed");
      }
      Path image = Files.createTempFile("suanzhang-page", ".png");
      try {
        ImageIO.write(page, "png", image.toFile());
        return run(List.of(executable.toString(), image.toString(), "stdout", "-l", "chi_sim",
            "--psm", "3"), 60);
      } finally {
        Files.deleteIfExists(image);
      }
    }

    /** A tesseract on the PATH that lists chi_sim among its languages, or null. */
    private static @Nullable Path find() {
      String path = System.getenv("PATH");
      if (path == null) {
        return null;
      }
      for (String dir : path.split(File.pathSeparator)) {
        if (dir.isEmpty()) {
          continue;
        }
        for (String name : new String[] {"tesseract", "tesseract.exe"}) {
          Path candidate = Path.of(dir, name);
          if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
            try {
              String langs = run(List.of(candidate.toString(), "--list-langs"), 10);
              return langs.contains("chi_sim") ? candidate : null;
            } catch (IOException e) {
              return null;
            }
          }
        }
      }
      return null;
    }

    private static String run(List<String> command, int seconds) throws IOException {
      // Output goes to a file, so that a hung process cannot block the read past the time limit.
      Path out = Files.createTempFile("suanzhang-ocr", ".txt");
      try {
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
          if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("tesseract took longer than " + seconds + " s");
          }
        } catch (InterruptedException e) {
          process.destroyForcibly();
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while tesseract ran", e);
        }
        if (process.exitValue() != 0) {
          throw new IOException("tesseract failed with exit code " + process.exitValue());
        }
        return Files.readString(out, StandardCharsets.UTF_8);
      } finally {
        Files.deleteIfExists(out);
      }
    }
  }
}
