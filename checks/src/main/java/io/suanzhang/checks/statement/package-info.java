/**
 * What a report states, as the rules compare it: each number with the item it is about, its stage
 * (预算, 决算, 执行), flow and year ({@link io.suanzhang.checks.statement.Statements}), and the numbers
 * that state one thing twice ({@link io.suanzhang.checks.statement.CrossReferences}). Shared by the
 * rules; not an API.
 */
@NullMarked
package io.suanzhang.checks.statement;

import org.jspecify.annotations.NullMarked;
