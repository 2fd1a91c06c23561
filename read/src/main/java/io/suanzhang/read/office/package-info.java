/**
 * Office Open XML readers: Word (DOCX) and Excel (XLSX) through Apache POI, behind a zip-bomb guard
 * of their own, with encrypted, truncated and damaged packages reported by error code.
 */
@NullMarked
package io.suanzhang.read.office;

import org.jspecify.annotations.NullMarked;
