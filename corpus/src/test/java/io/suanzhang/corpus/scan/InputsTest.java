package io.suanzhang.corpus.scan;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.ErrorCode;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

  @TempDir Path dir;

  @TempDir Path unpacked;

  @Test
  void listsFilesUnderFoldersAndEntriesOfArchivesSortedByName() throws Exception {
    Files.createDirectories(dir.resolve("b/c"));
    Files.writeString(dir.resolve("b/c/d.txt"), "d", UTF_8);
    Files.writeString(dir.resolve("a.txt"), "a", UTF_8);
    zip(dir.resolve("b/e.zip"), UTF_8, "x/y.txt", "z.txt");
    Path single = Files.writeString(dir.resolve("../single-" + dir.getFileName() + ".txt"), "s", UTF_8);
    try {
      List<Input> inputs = Inputs.list(List.of(dir, dir.resolve("a.txt"), single), unpacked);

      assertEquals(
          List.of(dir + "/../single-" + dir.getFileName() + ".txt", dir + "/a.txt", dir + "/b/c/d.txt",
              dir + "/b/e.zip!/x/y.txt", dir + "/b/e.zip!/z.txt"),
          inputs.stream().map(Input::name).toList());
      Input entry = inputs.get(3);
      assertEquals(dir.resolve("b/e.zip"), entry.file());
      assertEquals("x/y.txt", entry.entry());
      assertEquals("y.txt", entry.baseName());
      assertNull(inputs.get(1).entry());
    } finally {
      Files.delete(single);
    }
  }

  @Test
  void readsEntryNamesOfArchivesMadeOnChineseWindows() throws Exception {
    zip(dir.resolve("gbk.zip"), Charset.forName("GBK"), "部门预算/收支总表.txt");

    List<Input> inputs = Inputs.list(List.of(dir), unpacked);

    assertEquals(List.of(dir + "/gbk.zip!/部门预算/收支总表.txt"), inputs.stream().map(Input::name).toList());
  }

  @Test
  void anArchiveThatDoesNotOpenOrHoldsNothingIsOneUnreadableInput() throws Exception {
    Files.writeString(dir.resolve("broken.zip"), "not a zip", UTF_8);
    zip(dir.resolve("empty.zip"), UTF_8);

    List<Input> inputs = Inputs.list(List.of(dir), unpacked);

    assertEquals(2, inputs.size());
    assertEquals(ErrorCode.CORRUPT, inputs.get(0).problem().code());
    assertEquals(ErrorCode.EMPTY, inputs.get(1).problem().code());
  }

  @Test
  void listsTheEntriesOfArchivesInsideArchivesToThreeLevels() throws Exception {
    Path inner = dir.resolve("../inner-" + dir.getFileName() + ".zip");
    Path middle = dir.resolve("../middle-" + dir.getFileName() + ".zip");
    try {
      zip(inner, UTF_8, "c.txt", "deeper.zip");
      byte[] innerBytes = Files.readAllBytes(inner);
      zip(middle, UTF_8, Map.of("b.txt", "内容".getBytes(UTF_8), "年报/inner.zip", innerBytes));
      zip(dir.resolve("outer.zip"), UTF_8, Map.of("a.txt", "内容".getBytes(UTF_8), "middle.zip",
          Files.readAllBytes(middle), "broken.zip", "not a zip".getBytes(UTF_8)));

      List<Input> inputs = Inputs.list(List.of(dir), unpacked);

      String outer = dir + "/outer.zip!/";
      assertEquals(List.of(outer + "a.txt", outer + "broken.zip", outer + "middle.zip!/b.txt",
              outer + "middle.zip!/年报/inner.zip!/c.txt", outer + "middle.zip!/年报/inner.zip!/deeper.zip"),
          inputs.stream().map(Input::name).toList());
      assertEquals(ErrorCode.CORRUPT, inputs.get(1).problem().code());
      assertNull(inputs.get(3).problem());
      assertEquals("c.txt", inputs.get(3).entry());
      assertTrue(inputs.get(3).file().startsWith(unpacked), "read from its archive's copy");
      assertEquals(ErrorCode.UNSUPPORTED, inputs.get(4).problem().code()); // a fourth level
      assertTrue(inputs.get(4).problem().message().contains("4 levels deep"), inputs.get(4).problem()::message);
    } finally {
      Files.delete(inner);
      Files.delete(middle);
    }
  }

  static void zip(Path file, Charset names, Map<String, byte[]> entries) throws Exception {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file), names)) {
      for (Map.Entry<String, byte[]> e : new TreeMap<>(entries).entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
  }

  static void zip(Path file, Charset names, String... entries) throws Exception {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file), names)) {
      for (String name : entries) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(("内容 " + name).getBytes(UTF_8));
        zip.closeEntry();
      }
    }
  }
}
