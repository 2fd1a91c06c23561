/**
 * Extraction: {@link io.suanzhang.extract.Extraction} finds the money, percent and count mentions of
 * a {@link io.suanzhang.core.Document} and the facts they state. Depends on the model only: a
 * document from any reader will do.
 */
@NullMarked
package io.suanzhang.extract;

import org.jspecify.annotations.NullMarked;
