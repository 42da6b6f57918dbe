package dev.statecraft.benchmarks;

import java.util.Iterator;
import java.util.PrimitiveIterator;

/**
 * Which recursive walks of a chain tree survive which depth on a thread with the default stack
 * size: the generated boxed walk ({@code TreeGen.walk}), the generated primitive walk
 * ({@code TreeGen.walkInt}) and nested plain iterators ({@link PlainTree}). Each walk runs on a
 * fresh thread. Not a timing: prints one line {@code RESULT walk=... depth=... outcome=...} each.
 */
public final class StackDepthMain {
  static final int[] DEPTHS = {10_000, 20_000, 50_000, 100_000};

  private StackDepthMain() {}

  public static void main(String[] args) throws InterruptedException {
    for (String walk : new String[] {"generated", "generatedInt", "plainNested"}) {
      for (int depth : DEPTHS) {
        String[] outcome = new String[1];
        Thread thread = new Thread(null, () -> outcome[0] = walk(walk, depth), "walk", 0);
        thread.start();
        thread.join();
        System.out.printf("RESULT walk=%s depth=%d outcome=%s%n", walk, depth, outcome[0]);
      }
    }
  }

  private static String walk(String walk, int depth) {
    Node root = Node.chain(depth);
    long sum = 0;
    try {
      switch (walk) {
        case "generated":
          for (int x : TreeGen.walk(root)) {
            sum += x;
          }
          break;
        case "generatedInt":
          PrimitiveIterator.OfInt ints = TreeGen.walkInt(root);
          while (ints.hasNext()) {
            sum += ints.nextInt();
          }
          break;
        default:
          Iterator<Integer> it = PlainTree.walk(root);
          while (it.hasNext()) {
            sum += it.next();
          }
      }
    } catch (StackOverflowError e) {
      return "StackOverflowError";
    }
    long expected = (long) depth * (depth - 1) / 2;
    return sum == expected ? "ok" : "wrong-sum";
  }
}
