package io.suanzhang.read.pdf;

import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.MissingOperandException;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.contentstream.operator.text.MoveText;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.util.Matrix;

/**
 * PDFBox's {@code Td} and {@code Tm}, step for step, but for the copy each makes of a text matrix:
 * {@link Matrix#clone()} clones its array, which code compiled by C1 alone leaves to a call into the
 * VM (0.36 s of a worker's CPU over the shared reports as 200 files, most of it under {@code TD},
 * which moves the text through {@code Td}). The copies here are value for value, the same nine floats.
 */
final class TextMatrices {

  private TextMatrices() {}

  /** {@code Td}; {@code TD} and {@code T*} move the text through it too. */
  static OperatorProcessor moveText(PDFStreamEngine engine) {
    return new MoveText(engine) {
      @Override
      public void process(Operator operator, List<COSBase> operands)
          throws MissingOperandException {
        Matrix line = getContext().getTextLineMatrix();
        if (operands.size() < 2 || line == null || !(operands.get(0) instanceof COSNumber x)
            || !(operands.get(1) instanceof COSNumber y)) {
          super.process(operator, operands); // what PDFBox does with an operand missing or amiss
          return;
        }
        line.concatenate(new Matrix(1, 0, 0, 1, x.floatValue(), y.floatValue()));
        getContext().setTextMatrix(copy(line));
      }
    };
  }

  /**
   * {@code Tm}, whose operands are also checked by a loop: PDFBox checks them with a stream and a
   * method reference, which costs without C2 what a loop does not.
   */
  static OperatorProcessor setMatrix(PDFStreamEngine engine) {
    return new SetMatrix(engine) {
      @Override
      public boolean checkArrayTypesClass(List<COSBase> operands, Class<?> type) {
        return GlyphCollector.allOf(operands, type);
      }

      @Override
      public void process(Operator operator, List<COSBase> operands)
          throws MissingOperandException {
        if (operands.size() < 6 || !checkArrayTypesClass(operands, COSNumber.class)) {
          super.process(operator, operands);
          return;
        }
        Matrix matrix = new Matrix(value(operands, 0), value(operands, 1), value(operands, 2),
            value(operands, 3), value(operands, 4), value(operands, 5));
        getContext().setTextMatrix(matrix);
        getContext().setTextLineMatrix(copy(matrix));
      }
    };
  }

  /** A copy of {@code m}, value for value. */
  static Matrix copy(Matrix m) {
    Matrix copy = new Matrix();
    for (int row = 0; row < 3; row++) {
      for (int column = 0; column < 3; column++) {
        copy.setValue(row, column, m.getValue(row, column));
      }
    }
    return copy;
  }

  private static float value(List<COSBase> operands, int i) {
    return ((COSNumber) operands.get(i)).floatValue();
  }
}
