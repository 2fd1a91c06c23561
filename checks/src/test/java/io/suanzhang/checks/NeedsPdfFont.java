package io.suanzhang.checks;

import io.suanzhang.testkit.Rendering;
import io.suanzhang.testkit.render.PdfRenderer;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/** Skips a property that renders PDFs where no CJK font is installed, naming the package to install. */
public class NeedsPdfFont implements SkipExecutionHook {

  @Override
  public SkipResult shouldBeSkipped(LifecycleContext context) {
    return Rendering.PDF.available() ? SkipResult.doNotSkip() : SkipResult.skip(PdfRenderer.MISSING_FONT);
  }
}
