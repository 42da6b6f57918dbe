package dev.statecraft.runtime;

import java.util.Arrays;
import java.util.Iterator;

/**
 * The rarely used state of a generator, kept out of {@link AbstractGenerator} so that a generator
 * that never delegates and never fails while closing stays small: its {@code chain} field stays
 * {@code null}, and this object is allocated on the first {@code yieldAll} (or the first failure
 * kept while closing).
 *
 * <p>One instance belongs to the outermost generator of a delegation chain (the root, the one
 * whose {@code hasNext} runs), and every generated generator adopted into that chain points to
 * the same instance while it is adopted. Only the top machine of the chain ever runs, so one slot
 * each suffices for the pending {@code yieldAll} source and the failure to rethrow: both belong
 * to the machine at the top. The machines below the top are kept on an explicit stack, so that
 * an element costs O(1) whatever the depth and depth never grows the Java stack (Jacobs et al.,
 * "Iterators revisited"), without a {@code caller} field in every generator.
 *
 * <p>Not thread-safe, like the generators it serves.
 */
final class Delegation {
  /** The machine that runs: the last one adopted, or the root when none is. */
  AbstractGenerator top;

  /** The machines below {@link #top}, outermost (the root) first; the rest of the array is null. */
  private AbstractGenerator[] callers;

  /** How many machines {@link #callers} holds: the number of adopted generators. */
  int depth;

  /**
   * The source of the top machine's pending {@code yieldAll} that was not adopted (or not yet),
   * drained before that machine resumes.
   */
  Iterator<?> source;

  /** An exception the top machine's source threw, rethrown into it where its yieldAll stands. */
  Throwable failure;

  /** The first exception a finally block threw during {@code close()}; later ones suppressed. */
  Throwable closeFailure;

  Delegation(AbstractGenerator root) {
    top = root;
  }

  /** Makes {@code inner} the top of the chain, above the machine that delegated to it. */
  void push(AbstractGenerator inner) {
    AbstractGenerator[] stack = callers;
    if (stack == null) {
      stack = callers = new AbstractGenerator[8];
    } else if (depth == stack.length) {
      stack = callers = Arrays.copyOf(stack, depth * 2);
    }
    stack[depth++] = top;
    top = inner;
  }

  /** Removes the top machine (never the root) and returns it; its caller is the top again. */
  AbstractGenerator pop() {
    AbstractGenerator popped = top;
    top = callers[--depth];
    callers[depth] = null;
    return popped;
  }
}
