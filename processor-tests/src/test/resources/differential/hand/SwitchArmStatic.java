package hand;

import static dev.statecraft.runtime.Coroutines.*;

import dev.statecraft.Generator;
import java.util.List;

/** A static field by simple name in an arm of a switch expression that has a suspending arm. */
class SwitchArmStatic {
  static int shared = 5;

  @Generator
  static Iterable<Object> gen(int n, List<String> log) {
    int x = switch (n) {
      case 0 -> shared;
      default -> {
        yieldReturn("arm");
        yield 2;
      }
    };
    yieldReturn(x);
    return done();
  }
}
