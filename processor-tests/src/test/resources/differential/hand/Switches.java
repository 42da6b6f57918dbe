package hand;

import static dev.statecraft.runtime.Coroutines.*;

import dev.statecraft.Generator;
import java.util.Iterator;
import java.util.List;

/** switch statements of both forms on ints, strings and enums; switch expressions. */
class Switches {
  enum Color { RED, GREEN, BLUE }

  @Generator
  static Iterable<String> classic(int n, List<String> log) {
    for (int i = 0; i < n; i++) {
      switch (i % 5) {
        case 0:
          yieldReturn("zero");
          // fall through
        case 1:
          yieldReturn("zero-or-one " + i);
          break;
        case 2: {
          int local = i * 2;
          yieldReturn("two " + local);
          log.add("local " + local);
          break;
        }
        case 3:
          if (i > 5) break;
          yieldReturn("three");
          // fall through
        default:
          log.add("default " + i);
          yieldReturn("default");
      }
      log.add("after switch " + i);
    }
    return done();
  }

  @Generator
  static Iterator<String> arrows(int n, List<String> log) {
    for (int i = 0; i < n; i++) {
      switch (i % 4) {
        case 0 -> yieldReturn("a" + i);
        case 1, 2 -> {
          yieldReturn("b" + i);
          if (i == 2) break;
          yieldReturn("c" + i);
        }
        default -> log.add("d" + i);
      }
      String s = i % 2 == 0 ? "even" : "odd";
      switch (s) {
        case "even" -> {
          yieldReturn(s);
        }
        case "odd" -> {
          log.add("odd");
          continue;
        }
      }
      log.add("tail " + i);
    }
    return done();
  }

  @Generator
  static Iterable<String> enums(int n, List<String> log) {
    for (int i = 0; i < n; i++) {
      Color c = Color.values()[i % 3];
      switch (c) {
        case RED:
          yieldReturn("red");
          break;
        case GREEN:
          log.add("green");
        default:
          yieldReturn("not red " + c);
      }
      int code = switch (c) {
        case RED -> 1;
        case GREEN -> {
          yieldReturn("in switch expression");
          yield 2;
        }
        case BLUE -> 3;
      };
      yieldReturn("code " + code);
    }
    return done();
  }

  @Generator
  static Iterable<Integer> strings(List<String> words, List<String> log) {
    for (String w : words) {
      switch (w) {
        case "stop":
          return done();
        case "skip":
          continue;
        case "twice":
          yieldReturn(w.length());
        default:
          yieldReturn(w.length());
      }
      log.add("seen " + w);
    }
    return done();
  }

  @Generator
  static Iterable<Object> throwingArms(int n, List<String> log) {
    for (int i = 0; i <= n; i++) {
      switch (i) {
        case 0, 1 -> yieldReturn(i);
        case 2 -> log.add("two");
        case 4 -> throw new IllegalStateException("four");
        default -> {
          yieldReturn("default " + i);
          log.add("d" + i);
        }
      }
    }
    return done();
  }
}
