/** The {@code suanzhang} command line: {@code text}, {@code extract} and {@code scan}. */
@NullMarked
package io.suanzhang.corpus;

import org.jspecify.annotations.NullMarked;
