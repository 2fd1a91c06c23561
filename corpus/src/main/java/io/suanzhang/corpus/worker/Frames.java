package io.suanzhang.corpus.worker;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The wire between a scan and its workers: each message is a 4-byte big-endian length and that many
 * bytes of UTF-8 JSON. The worker's first message is {@link Ready}; then each {@link Request} is
 * answered by {@link Started} with its id as the worker starts reading it (a scan sends a document
 * ahead of a free thread, and its clock starts there) and by a {@link Response} once the worker has
 * written the analysis itself to the file the request names. A worker of several threads reads
 * several documents at once, and answers each as it is done, in whatever order. The analysis never
 * passes through the scan's memory: one of a 2,000-page PDF is a hundred megabytes of JSON, and the
 * scan only moves the file into its place.
 */
public final class Frames {

  /** Far above any message: analyses go through files, a response is a summary. */
  private static final int MAX_FRAME = 1 << 26;

  private Frames() {}

  /**
   * The worker is up and has read a sample document.
   *
   * @param sample the sample's analysis, as a line of {@code documents.jsonl}: the scan warms the code
   *     that writes its outputs with it while the documents are read (null where there is none)
   */
  public record Ready(long pid, @Nullable String sample) {}

  /**
   * Read this file; name it {@code name} in the analysis; write the analysis as JSON to {@code json}
   * (replacing it), or nowhere where it is null (a scan without an output folder keeps none). {@code
   * sha256} and {@code bytes} are what the scan found hashing the file (sha256 empty where it did
   * not): the worker does not hash a file of that length again.
   */
  public record Request(
      long id, String path, String name, @Nullable String json, String sha256, long bytes) {}

  /** What a worker says of each request, with its id: {@link Started}, then {@link Response}. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = Started.class, name = "started"),
      @JsonSubTypes.Type(value = Response.class, name = "done")})
  public sealed interface Message {
    long id();
  }

  /** A thread has taken request {@code id}: the document is being read from now on. */
  public record Started(long id) implements Message {}

  /**
   * The answer to request {@code id}: what the scan keeps in memory of the analysis that follows, and
   * the worker's heap high-water mark.
   */
  public record Response(long id, DocumentSummary summary, long peakHeapBytes) implements Message {}

  public static void write(DataOutputStream out, byte[] message) throws IOException {
    out.writeInt(message.length);
    out.write(message);
    out.flush();
  }

  /** The next message, or {@code null} at the end of the stream before a message starts. */
  public static byte @Nullable [] read(DataInputStream in) throws IOException {
    int length;
    try {
      length = in.readInt();
    } catch (EOFException e) {
      return null;
    }
    if (length < 0 || length > MAX_FRAME) {
      throw new IOException(
          String.format(Locale.ROOT, "a message of %,d bytes: the stream is out of step", length));
    }
    byte[] message = new byte[length];
    in.readFully(message);
    return message;
  }
}
