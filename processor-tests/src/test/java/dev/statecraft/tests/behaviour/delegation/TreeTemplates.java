package dev.statecraft.tests.behaviour.delegation;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldAll;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Recursive generators: a template delegates to its own factory (DESIGN.md: yieldAll(TreeGen.walk(child))). */
class TreeTemplates {
  record Node(String name, List<Node> children) {
    static Node leaf(String name) {
      return new Node(name, List.of());
    }
  }

  record Bin(int value, Bin left, Bin right) {}

  @Generator
  static Iterable<String> preorder(Node node) {
    yieldReturn(node.name());
    for (Node child : node.children()) {
      yieldAll(TreeTemplatesGen.preorder(child));
    }
    return done();
  }

  @Generator
  static Iterable<String> postorder(Node node) {
    for (Node child : node.children()) {
      yieldAll(TreeTemplatesGen.postorder(child));
    }
    yieldReturn(node.name());
    return done();
  }

  /** The depth is a parameter of each recursive call. */
  @Generator
  static Iterator<String> indented(Node node, int depth) {
    yieldReturn("  ".repeat(depth) + node.name());
    for (Node child : node.children()) {
      yieldAll(TreeTemplatesGen.indented(child, depth + 1));
    }
    return done();
  }

  /** In-order walk of a binary tree, stopping early at null subtrees with return done(). */
  @Generator
  static Iterable<Integer> inorder(Bin tree) {
    if (tree == null) {
      return done();
    }
    yieldAll(TreeTemplatesGen.inorder(tree.left()));
    yieldReturn(tree.value());
    yieldAll(TreeTemplatesGen.inorder(tree.right()));
    return done();
  }

  /** Recursion consumed by a for-each instead of yieldAll. */
  @Generator
  static Iterable<List<Integer>> permutations(List<Integer> items) {
    if (items.isEmpty()) {
      yieldReturn(List.of());
      return done();
    }
    for (int i = 0; i < items.size(); i++) {
      List<Integer> rest = new ArrayList<>(items);
      Integer head = rest.remove(i);
      for (List<Integer> tail : TreeTemplatesGen.permutations(rest)) {
        List<Integer> perm = new ArrayList<>();
        perm.add(head);
        perm.addAll(tail);
        yieldReturn(perm);
      }
    }
    return done();
  }

  /** A chain walked recursively, one level per element: for the deep-delegation test. */
  @Generator
  static Iterable<Integer> countDownFrom(int n) {
    if (n < 0) {
      return done();
    }
    yieldReturn(n);
    yieldAll(TreeTemplatesGen.countDownFrom(n - 1));
    return done();
  }

  /** A chain where each level yields after its delegate has finished. */
  @Generator
  static Iterable<Integer> countUpTo(int n) {
    if (n > 0) {
      yieldAll(TreeTemplatesGen.countUpTo(n - 1));
    }
    yieldReturn(n);
    return done();
  }
}
