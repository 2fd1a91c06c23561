/** Reading the testkit's renderings of the seed reports back: each format yields the same numbers. */
@NullMarked
package io.suanzhang.extract.render;

import org.jspecify.annotations.NullMarked;
