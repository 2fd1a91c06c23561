/**
 * The child JVM of a scan ({@link io.suanzhang.corpus.worker.Worker}) and what it shares with the
 * parent: the framing of requests and answers, the summary of each document it sends back, the rule
 * settings it runs with and the statuses of an input. It knows nothing of the scan that started it.
 */
@NullMarked
package io.suanzhang.corpus.worker;

import org.jspecify.annotations.NullMarked;
