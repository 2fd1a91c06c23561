package io.suanzhang.core.document;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.suanzhang.core.text.Span;

/** A part of a document's body in reading order: a heading, a paragraph or a table. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Heading.class, name = "heading"),
  @JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
  @JsonSubTypes.Type(value = Table.class, name = "table")
})
public sealed interface Block permits Heading, Paragraph, Table {

  /** Where the block stands in the extracted text. */
  Span span();
}
