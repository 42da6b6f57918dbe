package dev.statecraft.benchmarks;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The same pre-order walk with nested plain iterators, as written by hand without generators:
 * each level's iterator forwards to its child's, so an element at depth d passes through d
 * {@code hasNext}/{@code next} calls, and the Java stack grows with the depth.
 */
final class PlainTree {
  private PlainTree() {}

  static Iterator<Integer> walk(Node node) {
    return new Walk(node);
  }

  private static final class Walk implements Iterator<Integer> {
    private final Node node;
    private boolean valueTaken;
    private int nextChild;
    /** The child walk being forwarded to. */
    private Iterator<Integer> current;
    /** Whether {@code current.hasNext()} answered true since the last {@code next()}. */
    private boolean currentReady;

    Walk(Node node) {
      this.node = node;
    }

    @Override
    public boolean hasNext() {
      if (!valueTaken || currentReady) {
        return true;
      }
      for (;;) {
        if (current != null && current.hasNext()) {
          currentReady = true;
          return true;
        }
        if (nextChild == node.children.length) {
          current = null;
          return false;
        }
        current = new Walk(node.children[nextChild++]);
      }
    }

    @Override
    public Integer next() {
      if (!valueTaken) {
        valueTaken = true;
        return node.value;
      }
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      currentReady = false;
      return current.next();
    }
  }
}
