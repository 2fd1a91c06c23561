package io.suanzhang.core;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Why a document could not be read, or could be read only in part. Stable names for JSON and CSV. */
public enum ErrorCode {
  /** The path does not exist or is not a regular file. */
  NOT_FOUND,
  /** The file has no content. */
  EMPTY,
  /** The format is not one Suanzhang reads. */
  UNSUPPORTED,
  /** The bytes do not form a valid file of their format. */
  CORRUPT,
  /** The file ends before its format says it should: a download or copy cut short. */
  TRUNCATED,
  /** The document is encrypted and no password was given. */
  ENCRYPTED,
  /** The file, or the memory it needs, is larger than the configured limit. */
  TOO_LARGE,
  /** A compressed container (DOCX, XLSX) expands far beyond its size: refused as a zip bomb. */
  ZIP_BOMB,
  /** Reading took longer than the configured limit. */
  TIMEOUT,
  /** Reading needed more memory than the process reading it may have (a batch scan's worker heap). */
  OUT_OF_MEMORY,
  /** The process reading the document died before it answered (a batch scan's worker). */
  CRASHED,
  /** The operating system refused or failed a read. */
  IO,
  /** A defect in Suanzhang itself; the message says where. */
  INTERNAL,
  /** Not read on purpose, the message says why: a link that leads nowhere or round, a named pipe. */
  SKIPPED;

  @JsonValue
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
