package io.suanzhang.corpus.scan;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.suanzhang.core.ErrorCode;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

  @TempDir Path dir;

  @Test
  void listsFilesUnderFoldersAndEntriesOfArchivesSortedByName() throws Exception {
    Files.createDirectories(dir.resolve("b/c"));
    Files.writeString(dir.resolve("b/c/d.txt"), "d", UTF_8);
    Files.writeString(dir.resolve("a.txt"), "a", UTF_8);
    zip(dir.resolve("b/e.zip"), UTF_8, "x/y.txt", "z.txt");
    Path single = Files.writeString(dir.resolve("../single-" + dir.getFileName() + ".txt"), "s", UTF_8);
    try {
      List<Input> inputs = Inputs.list(List.of(dir, dir.resolve("a.txt"), single));

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

    List<Input> inputs = Inputs.list(List.of(dir));

    assertEquals(List.of(dir + "/gbk.zip!/部门预算/收支总表.txt"), inputs.stream().map(Input::name).toList());
  }

  @Test
  void anArchiveThatDoesNotOpenOrHoldsNothingIsOneUnreadableInput() throws Exception {
    Files.writeString(dir.resolve("broken.zip"), "not a zip", UTF_8);
    zip(dir.resolve("empty.zip"), UTF_8);

    List<Input> inputs = Inputs.list(List.of(dir));

    assertEquals(2, inputs.size());
    assertEquals(ErrorCode.CORRUPT, inputs.get(0).problem().code());
    assertEquals(ErrorCode.EMPTY, inputs.get(1).problem().code());
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
