package io.suanzhang.corpus.output;

/**
 * What the result files of a scan hold: documents, how many were read and how many failed, findings
 * by severity and facts.
 */
public record ScanTotals(
    int documents, int read, int failed, int errors, int warnings, int infos, long facts) {

  public int findings() {
    return errors + warnings + infos;
  }
}
