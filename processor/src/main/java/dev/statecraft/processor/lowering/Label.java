package dev.statecraft.processor.lowering;

/**
 * A resume point that code can jump to before it is placed (regenerator's {@code loc()}); it
 * prints as the number of the state {@link StateListing#mark} placed it at, resolved only when
 * JavaPoet writes the file, after {@link StateListing#finish} has threaded jumps and numbered
 * the states.
 */
public final class Label {
  State target;

  /** The state this label finally leads to, following states that only jump on. */
  State resolve() {
    if (target == null) {
      throw new IllegalStateException("label used but never marked");
    }
    State state = target;
    for (int hops = 0; state.forward() != null && hops < 1000; hops++) {
      state = state.forward().target;
    }
    return state;
  }

  public int state() {
    return resolve().number();
  }

  @Override
  public String toString() {
    return Integer.toString(state());
  }
}
