/** Test helpers shared by all modules through the core test-jar: the shared corpus and gold files. */
@NullMarked
package io.suanzhang.core.testing;

import org.jspecify.annotations.NullMarked;
