package io.suanzhang.checks.cross;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.io.ByteSource;
import com.google.common.io.MoreFiles;
import io.suanzhang.core.AnalysisParts;
import io.suanzhang.core.Json;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A documents file ({@code documents.jsonl}) as the cross-document checks read it: each document's
 * department, report and SHA-256 as the file is read through, its facts only when asked, read again
 * from where it is in the file. A report held until its department is compared costs its place, not
 * its tables.
 */
final class DocumentsFile {

  private DocumentsFile() {}

  /** The documents of a documents file, read part by part, each read again for its facts. */
  static CrossDocuments.Reading reading(Path documents) {
    return each -> {
      ByteSource file = MoreFiles.asByteSource(documents);
      try (InputStream in = new BufferedInputStream(Files.newInputStream(documents), 1 << 16);
          JsonParser p = Json.mapper().createParser(in)) {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          if (t != JsonToken.START_OBJECT) {
            throw new IOException(documents.getFileName() + ": not an analysis at byte "
                + p.currentTokenLocation().getByteOffset());
          }
          long start = p.currentTokenLocation().getByteOffset();
          DocReader r = new DocReader(false);
          AnalysisParts.read(p, r);
          long end = p.currentLocation().getByteOffset();
          each.accept(r.key(), r.report(), r.sha256(),
              () -> reread(documents, file.slice(start, end - start)));
        }
      }
    };
  }

  /** The document between two byte offsets of a documents file, with the facts the checks keep. */
  private static CrossDocuments.Doc reread(Path documents, ByteSource region) {
    try (InputStream in = new BufferedInputStream(region.openStream(), 1 << 16);
        JsonParser p = Json.mapper().createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException(documents.getFileName()
            + ": a document is not where it was read: the file changed while it was checked");
      }
      DocReader r = new DocReader(true);
      AnalysisParts.read(p, r);
      return r.doc();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
