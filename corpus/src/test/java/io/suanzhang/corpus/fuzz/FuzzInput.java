package io.suanzhang.corpus.fuzz;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * One input of the fuzz corpus.
 *
 * @param file where it was written
 * @param how the mutation that made it, for a failure's message
 * @param entries for a zip archive written whole, how many entries it holds (each is a record of a
 *     scan); 0 for any other file, which is one record at its own path
 */
record FuzzInput(Path file, String how, int entries) {

  FuzzInput {
    requireNonNull(file, "file");
    requireNonNull(how, "how");
  }
}
