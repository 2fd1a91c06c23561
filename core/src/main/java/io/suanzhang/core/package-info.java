/**
 * The report model: where a document came from ({@link io.suanzhang.core.Source}), its extracted text
 * ({@link io.suanzhang.core.Document}), and positions in that text ({@link io.suanzhang.core.text.Span}).
 *
 * <p>Offsets everywhere are into the document's extracted text, counted in Unicode code points, end
 * exclusive. All values are immutable records; money is {@link java.math.BigDecimal}, never a binary
 * floating point number.
 */
@NullMarked
package io.suanzhang.core;

import org.jspecify.annotations.NullMarked;
