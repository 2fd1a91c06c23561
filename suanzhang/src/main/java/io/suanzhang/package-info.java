/** The one-line entry point, {@link io.suanzhang.Suanzhang}. */
@NullMarked
package io.suanzhang;

import org.jspecify.annotations.NullMarked;
