package dev.statecraft.tests.behaviour.control;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.List;

/**
 * Switch expressions inside generator bodies. Java's own {@code yield} keyword gives a switch
 * expression its value; it is not a generator yield (DESIGN.md).
 */
class SwitchExpressionTemplates {
  /** Arrow switch expressions, one with a block arm using Java's yield, around generator yields. */
  @Generator
  static Iterable<String> arrowForm(List<String> words) {
    for (String s : words) {
      int len = switch (s) {
        case "a" -> 1;
        case "bb" -> 2;
        default -> {
          int l = s.length();
          yield l * 10;
        }
      };
      yieldReturn(s + ":" + len);
      yieldReturn("twice " + len * 2);
    }
    return done();
  }

  /** Old-form switch expression: {@code case X:} with Java's yield statement and grouped labels. */
  @Generator
  static Iterable<String> colonForm(int n) {
    String kind = switch (n) {
      case 1:
        yield "one";
      case 2:
      case 3:
        yield "few";
      default:
        String many = "many";
        yield many + n;
    };
    yieldReturn(kind);
    yieldReturn(kind.toUpperCase());
    return done();
  }

  /** A switch expression as the argument of yieldReturn, and on an enum without default. */
  @Generator
  static Iterable<String> asArgument(List<Color> colors) {
    for (Color c : colors) {
      yieldReturn(switch (c) {
        case RED -> "r";
        case GREEN -> "g";
        case BLUE -> "b";
      });
    }
    return done();
  }

  /** Generator yields inside switch-expression block arms (DESIGN.md: supported). */
  @Generator
  static Iterable<String> yieldsInsideArms(Color color) {
    int weight = switch (color) {
      case RED -> {
        yieldReturn("red!");
        yield 1;
      }
      case GREEN -> 2;
      default -> {
        yieldReturn("other");
        yieldReturn("really");
        yield 3;
      }
    };
    yieldReturn("weight " + weight);
    return done();
  }

  /**
   * A block arm with a loop that yields and breaks, then Java's yield: the break must leave the
   * inner loop only, and Java's yield must end the switch expression (LOWERING.md).
   */
  @Generator
  static Iterable<String> loopInsideArm(int n) {
    int total = switch (n) {
      case 0 -> 0;
      default -> {
        int sum = 0;
        for (int i = 1; ; i++) {
          sum += i;
          yieldReturn("partial " + sum);
          if (sum >= n) {
            break;
          }
        }
        yieldReturn("loop done");
        yield sum;
      }
    };
    yieldReturn("total " + total);
    return done();
  }

  /** An old-form switch expression inside a loop, with generator yields in its arms. */
  @Generator
  static Iterable<String> colonFormWithYieldsInLoop(int n) {
    for (int i = 0; i < n; i++) {
      String label = switch (i % 3) {
        case 0:
          yieldReturn("zero mod 3");
          yield "fizz";
        case 1:
          yield "one";
        default:
          yieldReturn("two mod 3");
          String s = "two";
          yieldReturn("still " + s);
          yield s;
      };
      yieldReturn(i + " " + label);
    }
    return done();
  }

  /** A switch expression nested in another's arm. */
  @Generator
  static Iterable<Integer> nested(int a, int b) {
    int v = switch (a) {
      case 0 -> switch (b) {
        case 0 -> 0;
        default -> {
          yieldReturn(-1);
          yield b;
        }
      };
      default -> {
        int inner = switch (b) {
          case 0 -> 10;
          default -> 20;
        };
        yieldReturn(inner);
        yield inner + a;
      }
    };
    yieldReturn(v);
    return done();
  }

  /** A switch expression with a suspending arm, assigned to a local declared before it. */
  @Generator
  static Iterable<Integer> assignedToAVariable(int k) {
    int v;
    v = switch (k) {
      case 1 -> {
        yieldReturn(10);
        yield 2;
      }
      default -> 0;
    };
    yieldReturn(v);
    return done();
  }
}
