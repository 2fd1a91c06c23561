package io.suanzhang.read.office;

import io.suanzhang.core.Format;
import io.suanzhang.read.DocumentReader;

/** Lets the other readers' properties share the clean-failure check. */
public final class OfficeReaderPropertiesAccess {

  private OfficeReaderPropertiesAccess() {}

  public static void readOrFailCleanly(DocumentReader reader, Format format, byte[] bytes) {
    OfficeReaderProperties.readOrFailCleanly(reader, format, bytes);
  }
}
