package dev.statecraft.tests.behaviour.locals;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.List;

/**
 * Constant variables (JLS 4.12.4: final locals initialized with constant expressions) used after
 * a yield where Java requires a constant: case labels and implicit narrowing. A transform that
 * turns them into ordinary fields makes the generated code illegal.
 */
class ConstantTemplates {
  @Generator
  static Iterable<String> constantCaseLabels(List<Integer> xs) {
    final int one = 1;
    final String tag = "t";
    yieldReturn("start");
    for (int x : xs) {
      switch (x) {
        case one:
          yieldReturn("one");
          break;
        default:
          yieldReturn("other " + x);
      }
      switch (x + tag) {
        case 2 + tag -> yieldReturn("two" + tag);
        default -> yieldReturn("no tag match");
      }
    }
    return done();
  }

  @Generator
  static Iterable<String> constantNarrowing() {
    final int small = 100;
    final char letter = 'a' + 1;
    yieldReturn("start");
    byte b = small;
    short s = letter;
    char c = small;
    yieldReturn(b + " " + s + " " + c + " " + letter);
    return done();
  }
}
