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
    State state = resolve();
    java.util.Set<State> printed = PRINTED.get();
    if (printed != null) {
      printed.add(state);
    }
    return Integer.toString(state.number());
  }

  /** While {@link #targetsPrintedBy} prints code, the states its labels lead to. */
  private static final ThreadLocal<java.util.Set<State>> PRINTED = new ThreadLocal<>();

  /**
   * The states that the labels in {@code code} lead to. Code holds labels only as arguments of
   * JavaPoet code blocks, so printing it is the one way to find them all.
   */
  static java.util.Set<State> targetsPrintedBy(Iterable<com.palantir.javapoet.CodeBlock> code) {
    java.util.Set<State> printed = java.util.Collections.newSetFromMap(
        new java.util.IdentityHashMap<>());
    PRINTED.set(printed);
    try {
      for (com.palantir.javapoet.CodeBlock block : code) {
        block.toString();
      }
    } finally {
      PRINTED.remove();
    }
    return printed;
  }
}
