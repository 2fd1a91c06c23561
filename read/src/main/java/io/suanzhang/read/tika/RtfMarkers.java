package io.suanzhang.read.tika;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Marks the table structure of an RTF file in its text, so that it survives Tika's RTF parser (which
 * ends a paragraph at every cell and forgets rows). Each row gets private-use characters: {@link
 * #ROW} where it starts, {@link #CELL} after each cell, and at its end {@link #END}, the cell
 * definitions ({@code \cellx} right edges with their merge flags), {@link #DEF_END} and a paragraph
 * break. Everything else passes through byte for byte.
 *
 * <p>Definitions inside ignorable destinations ({@code {\*\nesttableprops …}}) and in the font,
 * colour, style and list tables are left alone; nested tables ({@code \nestcell}) flatten into their
 * outer cell.
 */
final class RtfMarkers {

  static final char ROW = '\uE000';
  static final char CELL = '\uE001';
  static final char END = '\uE002';
  static final char DEF_END = '\uE003';

  /** Cell definition flags: horizontal merge first/continue, vertical merge first/continue. */
  static final char H_FIRST = 'm';
  static final char H_NEXT = 'n';
  static final char V_FIRST = 'f';
  static final char V_NEXT = 'c';

  private static final Set<String> SKIPPED_DESTINATIONS =
      Set.of("fonttbl", "colortbl", "stylesheet", "info", "listtable", "listoverridetable", "pict",
          "object", "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr",
          "footerf", "footnote", "themedata", "datastore", "latentstyles", "rsidtbl", "generator");

  /** The groups of an RTF header, before its body, besides those {@code \*} marks ignorable. */
  private static final Set<String> HEADER_GROUPS =
      Set.of("fonttbl", "filetbl", "colortbl", "stylesheet", "listtable", "listoverridetable",
          "revtbl", "rsidtbl", "generator", "info", "xmlnstbl", "pgdsctbl", "latentstyles",
          "themedata", "colorschememapping", "datastore", "defchp", "defpap", "upr", "mmathPr");

  /** Control words that start the body: after one of them Tika's parser keeps group text. */
  private static final Set<String> BODY_WORDS = Set.of("pard", "plain", "par", "sectd", "trowd");

  private static final byte[] PARD = "\\pard ".getBytes(StandardCharsets.US_ASCII);

  private static final byte[] PAR = "\\par ".getBytes(StandardCharsets.US_ASCII);

  private RtfMarkers() {}

  static byte[] mark(byte[] rtf) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(rtf.length + 4096);
    int depth = 0;
    int skipFrom = -1;
    boolean inRow = false;
    boolean body = false;
    List<String> definitions = new ArrayList<>();
    StringBuilder flags = new StringBuilder();
    int i = 0;
    int n = rtf.length;
    while (i < n) {
      byte b = rtf[i];
      if (b == '{') {
        if (!body && depth == 1 && !startsHeaderGroup(rtf, i + 1)) {
          // Tika's parser takes every group before the first \pard or \plain for the header and
          // drops its text: a body that opens with a group ({\b …}, or braces nested deep) would
          // read as nothing.
          out.writeBytes(PARD);
          body = true;
        }
        depth++;
        out.write(b);
        i++;
        if (skipFrom < 0 && startsSkippedGroup(rtf, i)) {
          skipFrom = depth;
        }
        continue;
      }
      if (b == '}') {
        if (depth == skipFrom) {
          skipFrom = -1;
        }
        if (depth == 1) {
          // Tika's parser keeps the text after the last \par to itself: end that paragraph.
          out.writeBytes(PAR);
        }
        depth = Math.max(0, depth - 1);
        out.write(b);
        i++;
        continue;
      }
      if (b != '\\' || i + 1 >= n) {
        out.write(b);
        i++;
        continue;
      }
      byte next = rtf[i + 1];
      if (!isLetter(next)) {
        // A control symbol: \\ \{ \} \~ or \'hh.
        int length = next == '\'' ? 4 : 2;
        out.write(rtf, i, Math.min(length, n - i));
        i += length;
        continue;
      }
      int j = i + 1;
      while (j < n && isLetter(rtf[j]) && j - i <= 32) {
        j++;
      }
      String word = new String(rtf, i + 1, j - i - 1, StandardCharsets.US_ASCII);
      int k = j;
      if (k < n && rtf[k] == '-') {
        k++;
      }
      while (k < n && rtf[k] >= '0' && rtf[k] <= '9' && k - j < 11) {
        k++;
      }
      String param = new String(rtf, j, k - j, StandardCharsets.US_ASCII);
      int end = k < n && rtf[k] == ' ' ? k + 1 : k;
      if (word.equals("bin")) {
        // Binary data follows: copy it unread.
        int length = param.isEmpty() || param.startsWith("-") ? 0 : safeInt(param);
        int stop = (int) Math.min((long) end + length, n);
        out.write(rtf, i, stop - i);
        i = stop;
        continue;
      }
      if (skipFrom >= 0) {
        out.write(rtf, i, end - i);
        i = end;
        continue;
      }
      body |= BODY_WORDS.contains(word);
      switch (word) {
        case "trowd":
          if (!inRow) {
            marker(out, String.valueOf(ROW));
            inRow = true;
          }
          definitions.clear();
          flags.setLength(0);
          out.write(rtf, i, end - i);
          break;
        case "intbl":
          if (!inRow) {
            marker(out, String.valueOf(ROW));
            inRow = true;
          }
          out.write(rtf, i, end - i);
          break;
        case "clmgf":
          flags.append(H_FIRST);
          out.write(rtf, i, end - i);
          break;
        case "clmrg":
          flags.append(H_NEXT);
          out.write(rtf, i, end - i);
          break;
        case "clvmgf":
          flags.append(V_FIRST);
          out.write(rtf, i, end - i);
          break;
        case "clvmrg":
          flags.append(V_NEXT);
          out.write(rtf, i, end - i);
          break;
        case "cellx":
          definitions.add(safeInt(param) + flags.toString());
          flags.setLength(0);
          out.write(rtf, i, end - i);
          break;
        case "cell":
          marker(out, String.valueOf(CELL));
          break;
        case "row":
          marker(out, END + String.join(";", definitions) + DEF_END);
          out.writeBytes("\\par ".getBytes(StandardCharsets.US_ASCII));
          inRow = false;
          break;
        case "nestcell":
        case "nestrow":
          out.writeBytes("{ }".getBytes(StandardCharsets.US_ASCII));
          break;
        default:
          out.write(rtf, i, end - i);
          break;
      }
      i = end;
    }
    if (depth > 0) {
      // Cut short: close what is open, so that the text read so far is not lost with the last group.
      out.writeBytes(PAR);
      for (int d = 0; d < depth; d++) {
        out.write('}');
      }
    }
    return out.toByteArray();
  }

  /** Text in a group of its own, in the default font, one fallback character per \\u. */
  private static void marker(ByteArrayOutputStream out, String text) {
    StringBuilder rtf = new StringBuilder("{\\plain\\uc1 ");
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c < 0x80) {
        rtf.append(c);
      } else {
        rtf.append("\\u").append((int) (short) c).append('?');
      }
    }
    rtf.append('}');
    out.writeBytes(rtf.toString().getBytes(StandardCharsets.US_ASCII));
  }

  /** After a brace: {\* …} or one of the groups of an RTF header. */
  private static boolean startsHeaderGroup(byte[] rtf, int i) {
    String word = groupWord(rtf, i);
    return word != null && (word.equals("*") || HEADER_GROUPS.contains(word));
  }

  /** After a brace: {\* …} or one of the destinations that hold no body text. */
  private static boolean startsSkippedGroup(byte[] rtf, int i) {
    String word = groupWord(rtf, i);
    return word != null && (word.equals("*") || SKIPPED_DESTINATIONS.contains(word));
  }

  /** The control word a group opens with ("*" for {\*), or null when it opens with text or a brace. */
  private static @Nullable String groupWord(byte[] rtf, int i) {
    int k = i;
    while (k < rtf.length && (rtf[k] == '\r' || rtf[k] == '\n')) {
      k++;
    }
    if (k + 1 >= rtf.length || rtf[k] != '\\') {
      return null;
    }
    if (rtf[k + 1] == '*') {
      return "*";
    }
    int j = k + 1;
    while (j < rtf.length && isLetter(rtf[j]) && j - k <= 32) {
      j++;
    }
    return new String(rtf, k + 1, j - k - 1, StandardCharsets.US_ASCII);
  }

  private static boolean isLetter(byte b) {
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
  }

  private static int safeInt(String digits) {
    try {
      return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
