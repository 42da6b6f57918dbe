package dev.statecraft.tests.behaviour.delegation;

import static dev.statecraft.tests.behaviour.Sequences.assertYields;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statecraft.tests.behaviour.delegation.TreeTemplates.Bin;
import dev.statecraft.tests.behaviour.delegation.TreeTemplates.Node;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TreeWalkTest {
  //        root
  //       /    \
  //      a      b
  //     / \     |
  //    a1  a2   b1
  private static final Node TREE = new Node("root", List.of(
      new Node("a", List.of(Node.leaf("a1"), Node.leaf("a2"))),
      new Node("b", List.of(Node.leaf("b1")))));

  @Test
  void preorder() {
    assertYields(TreeTemplatesGen.preorder(TREE), "root", "a", "a1", "a2", "b", "b1");
    assertYields(TreeTemplatesGen.preorder(Node.leaf("only")), "only");
  }

  @Test
  void postorder() {
    assertYields(TreeTemplatesGen.postorder(TREE), "a1", "a2", "a", "b1", "b", "root");
  }

  @Test
  void indented() {
    assertYields(TreeTemplatesGen.indented(TREE, 0), "root", "  a", "    a1", "    a2", "  b", "    b1");
  }

  @Test
  void inorderWithNullSubtrees() {
    Bin tree = new Bin(4, new Bin(2, new Bin(1, null, null), new Bin(3, null, null)), new Bin(6, null, new Bin(7, null, null)));
    assertYields(TreeTemplatesGen.inorder(tree), 1, 2, 3, 4, 6, 7);
    assertYields(TreeTemplatesGen.inorder(null));
  }

  @Test
  void permutations() {
    Set<List<Integer>> seen = new HashSet<>();
    int count = 0;
    for (List<Integer> p : TreeTemplatesGen.permutations(List.of(1, 2, 3, 4))) {
      seen.add(p);
      count++;
    }
    assertEquals(24, count);
    assertEquals(24, seen.size());
    assertYields(TreeTemplatesGen.permutations(List.of(1, 2)), List.of(1, 2), List.of(2, 1));
  }

  @Test
  void shallowChains() {
    assertYields(TreeTemplatesGen.countDownFrom(3), 3, 2, 1, 0);
    assertYields(TreeTemplatesGen.countUpTo(3), 0, 1, 2, 3);
  }
}
