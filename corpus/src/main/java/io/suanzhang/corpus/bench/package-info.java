/**
 * {@code bench --scale}: the whole {@code scan} timed as processes against bare Tika text extraction
 * of the same files, the way users meet its cost.
 */
@NullMarked
package io.suanzhang.corpus.bench;

import org.jspecify.annotations.NullMarked;
