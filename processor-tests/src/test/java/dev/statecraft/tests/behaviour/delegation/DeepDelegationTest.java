package dev.statecraft.tests.behaviour.delegation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Iterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * DESIGN.md: "yieldAll of another generated generator costs O(1) per element whatever the
 * nesting depth (a recursive tree walk of depth 100,000 neither slows down per element with
 * depth nor overflows the stack)". A nested-iterator implementation would overflow here or take
 * quadratic time (5 * 10^9 hasNext calls).
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DeepDelegationTest {
  private static final int DEPTH = 100_000;

  @Test
  void elementsBeforeTheDelegation() {
    Iterator<Integer> it = TreeTemplatesGen.countDownFrom(DEPTH).iterator();
    for (int expected = DEPTH; expected >= 0; expected--) {
      assertEquals(expected, it.next());
    }
    assertEquals(false, it.hasNext());
  }

  @Test
  void elementsAfterTheDelegation() {
    int expected = 0;
    for (int value : TreeTemplatesGen.countUpTo(DEPTH)) {
      assertEquals(expected++, value);
    }
    assertEquals(DEPTH + 1, expected);
  }
}
