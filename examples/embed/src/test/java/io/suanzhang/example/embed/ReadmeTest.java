package io.suanzhang.example.embed;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.testing.SharedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's "As a library" snippets are the compiled regions of {@code Embed.java}, as written. */
class ReadmeTest {

  @Test
  void theLibrarySnippetsAreTheExampleSource() throws IOException {
    Path root = SharedFiles.repositoryRoot();
    String readme = Files.readString(root.resolve("README.md"), UTF_8);
    int start = readme.indexOf("## As a library");
    int end = readme.indexOf("\n## ", start + 1);
    String section = readme.substring(start, end < 0 ? readme.length() : end);

    List<String> snippets = all(Pattern.compile("```java\n(.*?)\n```", Pattern.DOTALL), section);
    String source = Files.readString(
        root.resolve("examples/embed/src/main/java/io/suanzhang/example/embed/Embed.java"), UTF_8);
    List<String> regions = new ArrayList<>();
    for (String region : all(Pattern.compile("  // README: begin\n(.*?)\n  // README: end", Pattern.DOTALL), source)) {
      regions.add(region.replaceAll("(?m)^  ", ""));
    }
    assertTrue(snippets.size() >= 2, "java snippets in the section: " + snippets.size());
    assertEquals(regions, snippets);
  }

  @Test
  void theTextSnippetQuotesTheFirstNumber() throws Exception {
    Path file = SharedFiles.external().resolve("txt/施甸县2016年三公经费决算情况统计表.txt");
    String quote = Embed.firstNumberInContext(Files.readAllBytes(file), "2016/" + file.getFileName());
    String first = io.suanzhang.Suanzhang.analyse(file).mentions().get(0).text();
    assertTrue(quote.endsWith(first) && quote.length() > first.length(), quote + " / " + first);
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
