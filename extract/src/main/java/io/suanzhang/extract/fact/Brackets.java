package io.suanzhang.extract.fact;

/**
 * How deep in brackets each place of a sentence is, counted once per sentence so that asking at
 * every number stays linear: 一般转移支付收入1478万元（含均衡性转移支付收入166万元、…）— the 166 is one level
 * in. A numbering in brackets, (1) or （二）, opens nothing, and a close with nothing open is ignored.
 */
final class Brackets {

  private final int start;
  /** The depth before each code point of the sentence, and after its last. */
  private final int[] depth;

  private Brackets(int start, int[] depth) {
    this.start = start;
    this.depth = depth;
  }

  static Brackets of(Sentence sentence) {
    int[] cps = sentence.text().codePoints().toArray();
    int[] depth = new int[cps.length + 1];
    int d = 0;
    for (int i = 0; i < cps.length; i++) {
      depth[i] = d;
      int c = cps[i];
      if ((c == '（' || c == '(') && !numbering(cps, i)) {
        d++;
      } else if ((c == '）' || c == ')') && d > 0 && !closesNumbering(cps, i)) {
        d--;
      }
    }
    depth[cps.length] = d;
    return new Brackets(sentence.start(), depth);
  }

  /** The depth at a document offset inside the sentence. */
  int at(int offset) {
    return depth[Math.max(0, Math.min(depth.length - 1, offset - start))];
  }

  /** How many more brackets are open at {@code to} than at {@code from}. */
  int between(int from, int to) {
    return Math.max(0, at(to) - at(from));
  }

  /** Whether the bracket at {@code i} opens a numbering: (1), （二）, (10). */
  private static boolean numbering(int[] cps, int i) {
    int j = i + 1;
    while (j < cps.length && j - i <= 3 && isNumeral(cps[j])) {
      j++;
    }
    return j > i + 1 && j < cps.length && (cps[j] == ')' || cps[j] == '）');
  }

  /** Whether the bracket at {@code i} closes a numbering that {@link #numbering} passed over. */
  private static boolean closesNumbering(int[] cps, int i) {
    int j = i - 1;
    while (j >= 0 && i - j <= 3 && isNumeral(cps[j])) {
      j--;
    }
    return j < i - 1 && j >= 0 && (cps[j] == '(' || cps[j] == '（');
  }

  private static boolean isNumeral(int c) {
    return (c >= '0' && c <= '9') || "一二三四五六七八九十".indexOf(c) >= 0;
  }
}
