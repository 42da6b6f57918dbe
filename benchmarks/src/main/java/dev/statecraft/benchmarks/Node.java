package dev.statecraft.benchmarks;

/** A tree of ints. The benchmarks use degenerate chains: each node has at most one child. */
final class Node {
  private static final Node[] LEAF = new Node[0];

  final int value;
  final Node[] children;

  Node(int value, Node[] children) {
    this.value = value;
    this.children = children;
  }

  /** A chain of {@code depth} nodes holding {@code 0 .. depth-1}, root first. */
  static Node chain(int depth) {
    Node node = new Node(depth - 1, LEAF);
    for (int v = depth - 2; v >= 0; v--) {
      node = new Node(v, new Node[] {node});
    }
    return node;
  }
}
