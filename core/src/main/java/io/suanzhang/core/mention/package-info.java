/**
 * Mentions: each amount of money, percentage or count written in a document, with its exact value and
 * the span of text it was read from.
 */
@NullMarked
package io.suanzhang.core.mention;

import org.jspecify.annotations.NullMarked;
