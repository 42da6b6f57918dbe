package dev.statecraft.processor.lowering;

/**
 * A resume point that code can jump to before it is placed (regenerator's {@code loc()}); it
 * prints as its state number once {@link StateListing#mark} has placed it, which JavaPoet asks
 * for only when the file is written.
 */
public final class Label {
  int state = -1;

  public int state() {
    if (state < 0) {
      throw new IllegalStateException("label used but never marked");
    }
    return state;
  }

  @Override
  public String toString() {
    return Integer.toString(state());
  }
}
