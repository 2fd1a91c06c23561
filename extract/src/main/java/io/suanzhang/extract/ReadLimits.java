package io.suanzhang.extract;

/** Limits that protect a batch from one huge input. */
record ReadLimits(long maxBytes) {

  /** 64 MB: far above any published report, and small enough that its text fits a 512 MB heap. */
  static final ReadLimits DEFAULT = new ReadLimits(64L * 1024 * 1024);
}
