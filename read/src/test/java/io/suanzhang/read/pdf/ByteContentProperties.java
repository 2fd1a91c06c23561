package io.suanzhang.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.pdfbox.io.NonSeekableRandomAccessReadInputStream;
import org.apache.pdfbox.io.RandomAccessRead;

/**
 * A page's content read from an array answers every call the content parser makes as PDFBox's
 * streamed reader answers it: the same bytes, positions and ends, and the same refusals, so that
 * parsing takes the same path through either; but where the streamed reader can no longer step back
 * (it has let go of those bytes), the array steps back.
 */
class ByteContentProperties {

  private static final String REFUSED = "refused";

  /** One call of the parser's: what it is and its count (bytes to read, skip or step back). */
  record Call(String kind, int count) {}

  @Property(tries = 300)
  void answersAsTheStreamedReaderAnswers(
      @ForAll("contents") byte[] content, @ForAll("calls") List<Call> calls) throws IOException {
    try (RandomAccessRead streamed =
            new NonSeekableRandomAccessReadInputStream(new ByteArrayInputStream(content));
        RandomAccessRead array = new ByteContent(Arrays.copyOf(content, content.length + 7),
            content.length)) {
      for (Call call : calls) {
        long at = array.getPosition();
        String expected = answer(streamed, call);
        String actual = answer(array, call);
        if (expected.equals(REFUSED) && call.kind().equals("rewind") && call.count() <= at) {
          // The streamed reader has let go of the bytes asked for (it keeps a buffer or two, and
          // loses one when it reaches the end twice); the array still has them, and from here on
          // the two stand at different places.
          assertEquals(" at " + (at - call.count()), actual, () -> call + " of " + calls);
          return;
        }
        assertEquals(expected, actual, () -> call + " of " + calls);
      }
    }
  }

  /** What a reader answers to a call, and where it stands after it; a refusal as such. */
  private static String answer(RandomAccessRead r, Call call) {
    try {
      String value = switch (call.kind()) {
        case "read" -> String.valueOf(r.read());
        case "peek" -> String.valueOf(r.peek());
        case "bytes" -> {
          byte[] into = new byte[call.count() + 2];
          int n = r.read(into, 1, call.count());
          yield n + Arrays.toString(into);
        }
        case "rewind" -> {
          r.rewind(call.count());
          yield "";
        }
        case "skip" -> {
          r.skip(call.count());
          yield "";
        }
        default -> String.valueOf(r.isEOF());
      };
      return value + " at " + r.getPosition() + (r.isEOF() ? " ended" : "");
    } catch (IOException e) {
      return REFUSED;
    }
  }

  /** Content of up to three of the streamed reader's buffers, so that calls cross their edges. */
  @Provide
  Arbitrary<byte[]> contents() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(3 * 4096 + 100);
  }

  /** Runs of calls weighted as the parser makes them: mostly single bytes, some blocks and steps back. */
  @Provide
  Arbitrary<List<Call>> calls() {
    Arbitrary<String> kinds = Arbitraries.frequency(
        net.jqwik.api.Tuple.of(8, "read"), net.jqwik.api.Tuple.of(4, "peek"),
        net.jqwik.api.Tuple.of(2, "bytes"), net.jqwik.api.Tuple.of(2, "rewind"),
        net.jqwik.api.Tuple.of(1, "skip"), net.jqwik.api.Tuple.of(1, "eof"));
    Arbitrary<Integer> counts = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0, 12)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 5000)));
    return Combinators.combine(kinds, counts).as(Call::new).list().ofMaxSize(400)
        .map(ArrayList::new);
  }
}
