/** Shared machinery of the readers; not part of the API and may change at any time. */
@NullMarked
package io.suanzhang.read.internal;

import org.jspecify.annotations.NullMarked;
