package io.suanzhang.core.mention;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * A word that makes a number approximate: 约 100万元, 近 3000人, 超 455万元, 3万多份, 5万余条,
 * 100人左右. JSON holds the marker as written in its canonical form.
 */
public enum Approximation {
  /** 约, 大约, 约为: about. */
  ABOUT("约"),
  /** 近, 将近, 接近: a little less than. */
  NEARLY("近"),
  /** 超, 逾: a little more than. */
  OVER("超"),
  /** 多 after a number: and some more. */
  MORE("多"),
  /** 余 after a number: and some more. */
  ODD("余"),
  /** 左右 after a number: around. */
  AROUND("左右");

  private final String marker;

  Approximation(String marker) {
    this.marker = marker;
  }

  @JsonValue
  public String marker() {
    return marker;
  }

  /** The approximation a written marker stands for: 大约 → 约, 逾 → 超, 将近 → 近. */
  public static Optional<Approximation> ofMarker(String written) {
    switch (written) {
      case "约":
      case "大约":
      case "约为":
      case "大概":
        return Optional.of(ABOUT);
      case "近":
      case "将近":
      case "接近":
        return Optional.of(NEARLY);
      case "超":
      case "逾":
        return Optional.of(OVER);
      case "多":
        return Optional.of(MORE);
      case "余":
        return Optional.of(ODD);
      case "左右":
        return Optional.of(AROUND);
      default:
        return Optional.empty();
    }
  }

  @JsonCreator
  static Approximation fromJson(String marker) {
    return ofMarker(marker)
        .orElseThrow(() -> new IllegalArgumentException("not an approximation marker: " + marker));
  }
}
