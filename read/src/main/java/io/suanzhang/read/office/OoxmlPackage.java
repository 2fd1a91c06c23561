package io.suanzhang.read.office;

import io.suanzhang.core.ErrorCode;
import io.suanzhang.core.ReportException;
import io.suanzhang.core.Source;
import io.suanzhang.read.ReadOptions;
import io.suanzhang.read.internal.Containers;
import io.suanzhang.read.internal.Failures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jspecify.annotations.Nullable;

/**
 * An Office Open XML package opened from memory behind {@link GuardedZip}, and the mapping of what
 * goes wrong while reading it to error codes: zip bomb, encrypted, truncated, corrupt.
 *
 * <p>A password-protected DOCX or XLSX is an OLE2 file holding an {@code EncryptedPackage}. Excel's
 * "read-only" protection uses the well-known default password, and such files are opened.
 */
final class OoxmlPackage implements AutoCloseable {

  private final Source source;
  private final GuardedZip zip;
  private final OPCPackage opc;

  private OoxmlPackage(Source source, GuardedZip zip, OPCPackage opc) {
    this.source = source;
    this.zip = zip;
    this.opc = opc;
  }

  OPCPackage opc() {
    return opc;
  }

  static OoxmlPackage open(byte[] bytes, Source source, ReadOptions options) throws ReportException {
    if (bytes.length == 0) {
      throw new ReportException(ErrorCode.EMPTY, source.path() + ": the file is empty");
    }
    if (Containers.isOle2(bytes)) {
      return openZip(decrypt(bytes, source, options), source);
    }
    return openZip(bytes, source);
  }

  private static OoxmlPackage openZip(byte[] bytes, Source source) throws ReportException {
    if (!Containers.isZip(bytes)) {
      throw new ReportException(
          ErrorCode.CORRUPT, source.path() + ": not an Office Open XML file (it is not a zip package)");
    }
    if (Containers.zipEndMissing(bytes)) {
      throw new ReportException(
          ErrorCode.TRUNCATED,
          source.path() + ": the zip package has no end record: the file was cut short (download or copy"
              + " again)");
    }
    GuardedZip zip = null;
    try {
      zip = new GuardedZip(bytes);
      return new OoxmlPackage(source, zip, OPCPackage.open(zip));
    } catch (Exception | LinkageError | StackOverflowError | OutOfMemoryError | AssertionError e) {
      ReportException failure = failure(source, zip, e);
      closeQuietly(zip);
      throw failure;
    }
  }

  /** The decrypted package of an OLE2-wrapped OOXML file, if it only has the default password. */
  private static byte[] decrypt(byte[] bytes, Source source, ReadOptions options)
      throws ReportException {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      if (!fs.getRoot().hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY)) {
        throw new ReportException(
            ErrorCode.CORRUPT,
            source.path() + ": a legacy Office (OLE2) file, not an Office Open XML package");
      }
      Decryptor decryptor;
      try {
        decryptor = Decryptor.getInstance(new EncryptionInfo(fs));
        if (!decryptor.verifyPassword(Decryptor.DEFAULT_PASSWORD)) {
          throw encrypted(source, null);
        }
      } catch (GeneralSecurityException | IOException | RuntimeException e) {
        throw encrypted(source, e);
      }
      try (InputStream in = decryptor.getDataStream(fs)) {
        // The length is known once the stream is open.
        long length = decryptor.getLength();
        if (length > options.maxBytes()) {
          throw new ReportException(
              ErrorCode.TOO_LARGE,
              String.format(Locale.ROOT, "%s: the decrypted package has %,d bytes, more than the"
                  + " limit of %,d", source.path(), length, options.maxBytes()));
        }
        return in.readNBytes((int) Math.max(0, length));
      }
    } catch (ReportException e) {
      throw e;
    } catch (LinkageError | StackOverflowError | OutOfMemoryError e) {
      throw Failures.of(source, e);
    } catch (IOException | GeneralSecurityException | RuntimeException | AssertionError e) {
      if (Containers.ole2Truncated(bytes)) {
        throw new ReportException(
            ErrorCode.TRUNCATED, source.path() + ": the OLE2 container is cut short: " + Failures.describe(e), e);
      }
      throw new ReportException(
          ErrorCode.CORRUPT, source.path() + ": the OLE2 container is damaged: " + Failures.describe(e), e);
    }
  }

  private static ReportException encrypted(Source source, @Nullable Throwable cause) {
    String message =
        source.path() + ": the document is password-protected; save a copy without a password and read that";
    return cause == null
        ? new ReportException(ErrorCode.ENCRYPTED, message)
        : new ReportException(ErrorCode.ENCRYPTED, message, cause);
  }

  /** Maps what reading the package threw. */
  ReportException failure(Throwable t) {
    return failure(source, zip, t);
  }

  private static ReportException failure(
      Source source, @Nullable GuardedZip zip, Throwable t) {
    if (t instanceof ReportException) {
      return (ReportException) t;
    }
    String bomb = zip == null ? null : zip.bomb();
    if (bomb != null || Failures.causedBy(t, GuardedZip.BombException.class)
        || Failures.mentions(t, "Zip bomb detected")) {
      return new ReportException(
          ErrorCode.ZIP_BOMB,
          source.path() + ": refused as a zip bomb: " + (bomb != null ? bomb : Failures.describe(t)), t);
    }
    if (Failures.causedBy(t, ODFNotOfficeXmlFileException.class)) {
      return new ReportException(
          ErrorCode.CORRUPT, source.path() + ": an OpenDocument file, not Office Open XML", t);
    }
    if (t instanceof Error || Failures.causedBy(t, InterruptedException.class)) {
      return Failures.of(source, t);
    }
    return new ReportException(
        ErrorCode.CORRUPT,
        source.path() + ": the package is damaged or not valid Office Open XML (" + Failures.describe(t)
            + ")", t);
  }

  @Override
  public void close() {
    // Read-only: revert() releases the package without trying to save it.
    opc.revert();
    closeQuietly(zip);
  }

  private static void closeQuietly(@Nullable GuardedZip zip) {
    if (zip != null) {
      try {
        zip.close();
      } catch (IOException e) {
        // Memory-backed: nothing to release that matters.
      }
    }
  }
}
