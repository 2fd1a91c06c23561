/**
 * The built-in rules, each listed in {@code META-INF/services/io.suanzhang.checks.Rule}. See {@code
 * docs/rules.md} for the catalogue.
 */
@NullMarked
package io.suanzhang.checks.rule;

import org.jspecify.annotations.NullMarked;
