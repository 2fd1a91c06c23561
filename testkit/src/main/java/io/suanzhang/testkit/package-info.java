/**
 * The Suanzhang testkit: generated reports with their answer keys, for tests of Suanzhang and of
 * rules written for it. {@link io.suanzhang.testkit.Testkit} gives jqwik arbitraries of numerals in
 * every written form, of fact sentences, of whole consistent reports and of reports with one injected
 * error; {@link io.suanzhang.testkit.Rendering} writes them as TXT, Markdown, DOCX, XLSX and PDF;
 * {@link io.suanzhang.core.answer.AnswerKey} (in core, so that the command line scores a corpus
 * without the testkit) reads and scores a generated corpus's answers.
 */
@NullMarked
package io.suanzhang.testkit;

import org.jspecify.annotations.NullMarked;
