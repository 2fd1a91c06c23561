/**
 * Chinese numerals: reading them ({@link io.suanzhang.extract.number.ChineseNumerals#parse}) and
 * writing them ({@link io.suanzhang.extract.number.ChineseNumerals#format}) as exact {@link
 * java.math.BigDecimal} values.
 */
@NullMarked
package io.suanzhang.extract.number;

import org.jspecify.annotations.NullMarked;
