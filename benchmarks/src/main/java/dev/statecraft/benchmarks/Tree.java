package dev.statecraft.benchmarks;

import static dev.statecraft.runtime.Coroutines.*;

import dev.statecraft.Generator;
import java.util.PrimitiveIterator;

/**
 * Recursive walks written as templates; code calls {@code TreeGen.walk} and
 * {@code TreeGen.walkInt}.
 */
final class Tree {
  private Tree() {}

  /** Pre-order walk, boxed. */
  @Generator
  static Iterable<Integer> walk(Node node) {
    yieldReturn(node.value);
    for (Node child : node.children) {
      yieldAll(TreeGen.walk(child));
    }
    return done();
  }

  /** Pre-order walk, primitive. */
  @Generator
  static PrimitiveIterator.OfInt walkInt(Node node) {
    yieldReturn(node.value);
    for (Node child : node.children) {
      yieldAll(TreeGen.walkInt(child));
    }
    return done();
  }
}
