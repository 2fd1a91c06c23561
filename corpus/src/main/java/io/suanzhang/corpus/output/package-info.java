/**
 * The result files of a batch scan, written from its {@code documents.jsonl}: {@code findings.csv},
 * {@code facts.csv}, {@code summary.xlsx} and {@code report.html}. {@link
 * io.suanzhang.corpus.output.ScanOutputs#write ScanOutputs.write} is the one entry point.
 */
@NullMarked
package io.suanzhang.corpus.output;

import org.jspecify.annotations.NullMarked;
