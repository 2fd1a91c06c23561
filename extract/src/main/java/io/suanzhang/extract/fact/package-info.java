/**
 * From mentions to facts: the heading tree of a document, and the typed statements of its prose and
 * tables.
 */
@NullMarked
package io.suanzhang.extract.fact;

import org.jspecify.annotations.NullMarked;
