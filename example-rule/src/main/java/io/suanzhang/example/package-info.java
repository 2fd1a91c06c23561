/** An example of a rule written outside Suanzhang: {@link io.suanzhang.example.FenRule}. */
@NullMarked
package io.suanzhang.example;

import org.jspecify.annotations.NullMarked;
