/**
 * Reading reports: {@link io.suanzhang.extract.Reports} turns a file into a {@link
 * io.suanzhang.core.Document} and finds the money, percent and count mentions in it.
 */
@NullMarked
package io.suanzhang.extract;

import org.jspecify.annotations.NullMarked;
