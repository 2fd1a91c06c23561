package io.suanzhang.corpus.scan;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * Which build of Suanzhang is running, so that results kept by another build are not taken for this
 * one's: a rebuilt jar may extract or check the same bytes otherwise.
 *
 * @param version the Maven project version, written into {@code build.properties} by the build
 * @param id SHA-256 (hex) over the name, CRC-32 and size of every class and resource on the class
 *     path: the same for a rebuild of the same code (jar timestamps do not count), another for any
 *     changed class, resource or dependency. Read from the jars' directories, it costs no decompression.
 */
public record Build(String version, String id) {

  private static final String UNKNOWN_VERSION = "(development build)";

  private static @Nullable Build current;

  /** The build of this JVM, worked out on first use (hashing the class path takes a moment). */
  public static synchronized Build current() throws IOException {
    if (current == null) {
      List<Path> classPath = new ArrayList<>();
      for (String element : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
        if (!element.isEmpty()) {
          classPath.add(Path.of(element).toAbsolutePath());
        }
      }
      current = of(projectVersion(), classPath);
    }
    return current;
  }

  /** The first 12 hex digits of the id: enough to tell builds apart in a message. */
  public String shortId() {
    return id.substring(0, Math.min(12, id.length()));
  }

  @Override
  public String toString() {
    return version + " (build " + shortId() + ")";
  }

  /** The build made of the given class path (jars and class folders, in order). */
  static Build of(String version, List<Path> classPath) throws IOException {
    MessageDigest digest = sha256();
    for (Path element : classPath) {
      if (Files.isDirectory(element)) {
        folder(element, digest);
      } else if (Files.isRegularFile(element)) {
        jar(element, digest);
      }
      digest.update((byte) '\n'); // where one element ends: the same files split otherwise differ
    }
    return new Build(version, HexFormat.of().formatHex(digest.digest()));
  }

  private static void jar(Path jar, MessageDigest digest) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      List<? extends ZipEntry> entries = zip.stream()
          .filter(e -> !e.isDirectory())
          .sorted(Comparator.comparing(ZipEntry::getName))
          .toList();
      for (ZipEntry e : entries) {
        entry(digest, e.getName(), e.getCrc(), e.getSize());
      }
    }
  }

  private static void folder(Path dir, MessageDigest digest) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      CRC32 crc = new CRC32();
      crc.update(bytes);
      String name = dir.relativize(file).toString().replace(File.separatorChar, '/');
      entry(digest, name, crc.getValue(), bytes.length);
    }
  }

  private static void entry(MessageDigest digest, String name, long crc, long size) {
    digest.update((name + '\0' + crc + '\0' + size + '\n').getBytes(StandardCharsets.UTF_8));
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static String projectVersion() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Build.class.getResourceAsStream("/io/suanzhang/corpus/build.properties")) {
      if (in != null) {
        properties.load(in);
      }
    }
    String v = properties.getProperty("version", "");
    return v.isBlank() || v.startsWith("${") ? UNKNOWN_VERSION : v;
  }
}
