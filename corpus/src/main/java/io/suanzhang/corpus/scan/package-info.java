/**
 * The batch engine of {@code suanzhang scan}: lists the inputs (files, folders, zip archives), reads
 * each distinct content once in a small pool of child JVMs ({@link io.suanzhang.corpus.worker.Worker}),
 * keeps each result on disk as it arrives so that a run can be resumed, and assembles {@code
 * documents.jsonl} in input order.
 */
@NullMarked
package io.suanzhang.corpus.scan;

import org.jspecify.annotations.NullMarked;
