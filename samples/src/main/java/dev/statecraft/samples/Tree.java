package dev.statecraft.samples;

import static dev.statecraft.runtime.Coroutines.*;

import dev.statecraft.Generator;
import java.util.List;

/**
 * Sample 3: a recursive generator. A tree of values is walked depth-first by a template that
 * yields its own value and then hands on everything each child's walk yields.
 *
 * <p>{@code walk} is an instance template, so its generated factory takes the tree as a leading
 * parameter: {@code TreeGen.walk(tree)}.
 */
record Tree<T>(T value, List<Tree<T>> children) {

  static <T> Tree<T> leaf(T value) {
    return new Tree<>(value, List.of());
  }

  @SafeVarargs
  static <T> Tree<T> node(T value, Tree<T>... children) {
    return new Tree<>(value, List.of(children));
  }

  /** Every value of this tree, parent before children (pre-order). */
  @Generator
  Iterable<T> walk() {
    // The accessors, not the record's private fields: TreeGen is another class.
    yieldReturn(value());
    for (Tree<T> child : children()) {
      // Like Python's `yield from`. Nested generators are chained, not stacked: each element
      // costs the same however deep the tree is, and a deep tree cannot overflow the stack.
      yieldAll(TreeGen.walk(child));
    }
    return done();
  }
}
