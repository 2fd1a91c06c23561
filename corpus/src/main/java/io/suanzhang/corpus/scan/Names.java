package io.suanzhang.corpus.scan;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;

/**
 * The name of an input from the bytes of its path. A file name on Linux is bytes, and those of a file
 * copied from an old Windows machine are often not UTF-8: Java shows each such byte as U+FFFD, and the
 * text it gives no longer reaches the file. Such a name is written with each byte that is no
 * character as {@code \\xNN}, one input per file, never {@code not_found}.
 */
final class Names {

  private Names() {}

  /** The path as given, each part that is not text written by its bytes. */
  static String of(Path path) {
    if (isText(path)) {
      return path.toString();
    }
    StringBuilder name = new StringBuilder(path.isAbsolute() ? "/" : "");
    for (int i = 0; i < path.getNameCount(); i++) {
      Path part = path.getName(i);
      name.append(i == 0 ? "" : "/").append(isText(part) ? part.toString() : EntryNames.escaped(bytes(part)));
    }
    return name.toString();
  }

  /** Whether the path's text reaches it: its bytes are characters. */
  static boolean isText(Path path) {
    return path.getFileSystem().getPath(path.toString()).equals(path);
  }

  /** The bytes of one part of a path, from its URI (which writes them percent-encoded). */
  private static byte[] bytes(Path part) {
    String raw = part.toAbsolutePath().toUri().getRawPath();
    if (raw.endsWith("/")) {
      raw = raw.substring(0, raw.length() - 1);
    }
    raw = raw.substring(raw.lastIndexOf('/') + 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < raw.length()) {
        out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.write(c);
      }
    }
    return out.toByteArray();
  }
}
