package dev.statecraft.tests.behaviour.control;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.List;

/** switch statements, old ({@code case X:}) and new ({@code case X ->}) forms, with yields in cases. */
class SwitchTemplates {
  enum Size { SMALL, MEDIUM, LARGE }

  static int selector(List<String> log, int value) {
    log.add("selector");
    return value;
  }

  /** Fallthrough from case to case and into default. */
  @Generator
  static Iterable<String> fallthrough(int n) {
    switch (n) {
      case 1:
        yieldReturn("one");
        // fall through
      case 2:
        yieldReturn("one-or-two");
        break;
      case 3:
      case 4:
        yieldReturn("three-or-four");
        // fall through
      default:
        yieldReturn("default");
    }
    yieldReturn("after");
    return done();
  }

  /** default in the middle: it is chosen last but falls through to the cases after it. */
  @Generator
  static Iterable<String> defaultInTheMiddle(int n) {
    switch (n) {
      case 1:
        yieldReturn("one");
      default:
        yieldReturn("default");
      case 2:
        yieldReturn("two");
        break;
      case 3:
        yieldReturn("three");
    }
    return done();
  }

  /** A local declared in one case group is in scope (unassigned) in the following ones. */
  @Generator
  static Iterable<String> caseScope(int n) {
    switch (n) {
      case 1:
        String msg = "one";
        yieldReturn(msg);
        // fall through
      case 2:
        msg = "two-ish";
        yieldReturn(msg);
        msg += "!";
        yieldReturn(msg);
        break;
      default:
        msg = "other";
        yieldReturn(msg);
    }
    return done();
  }

  /** Strings, including two with the same hashCode ("Aa" and "BB"). */
  @Generator
  static Iterable<String> onString(String s) {
    switch (s) {
      case "Aa":
        yieldReturn("Aa-case");
        break;
      case "BB":
        yieldReturn("BB-case");
        yieldReturn("BB again");
        break;
      case "":
        yieldReturn("empty");
        break;
      default:
        yieldReturn("default " + s);
    }
    return done();
  }

  @Generator
  static Iterable<String> onStringArrow(String s) {
    switch (s) {
      case "Aa", "BB" -> {
        yieldReturn("collision " + s);
        yieldReturn("hash " + s.hashCode());
      }
      case "x" -> yieldReturn("ex");
      default -> {
        yieldReturn("default");
      }
    }
    yieldReturn("after");
    return done();
  }

  /** An enum declared elsewhere, old form, no default and not every constant handled. */
  @Generator
  static Iterable<String> onEnum(Color c) {
    switch (c) {
      case RED:
        yieldReturn("red");
        yieldReturn("warm");
        break;
      case GREEN:
        yieldReturn("green");
    }
    yieldReturn("after " + c);
    return done();
  }

  /** A nested enum, arrow form, several labels per case, a throwing default. */
  @Generator
  static Iterable<String> onEnumArrow(Size size) {
    switch (size) {
      case SMALL -> yieldReturn("s");
      case MEDIUM, LARGE -> {
        yieldReturn("m-or-l");
        if (size == Size.LARGE) {
          yieldReturn("l");
        }
      }
      default -> throw new IllegalArgumentException("unexpected " + size);
    }
    yieldReturn("after");
    return done();
  }

  /** Arrow form on ints with a throw arm. */
  @Generator
  static Iterable<String> onIntArrow(int n) {
    switch (n) {
      case 0 -> yieldReturn("zero");
      case 1, 2, 3 -> {
        for (int i = 0; i < n; i++) {
          yieldReturn("small " + i);
        }
      }
      case -1 -> throw new IllegalStateException("minus one");
      default -> {
        yieldReturn("big");
      }
    }
    return done();
  }

  /** char, byte and boxed Integer selectors. */
  @Generator
  static Iterable<String> otherSelectors(char c, byte b, Integer boxed) {
    switch (c) {
      case 'a':
        yieldReturn("char a");
        break;
      default:
        yieldReturn("char other");
    }
    switch (b) {
      case -1 -> yieldReturn("byte minus one");
      default -> yieldReturn("byte " + b);
    }
    switch (boxed) {
      case 42:
        yieldReturn("answer");
        break;
      default:
        yieldReturn("boxed " + boxed);
    }
    return done();
  }

  /** The selector is evaluated once, even if the chosen case yields several times. */
  @Generator
  static Iterable<String> selectorOnce(List<String> log, int value) {
    switch (selector(log, value)) {
      case 1:
        yieldReturn("a");
        yieldReturn("b");
        // fall through
      case 2:
        yieldReturn("c");
    }
    return done();
  }

  /** Nested switches, the inner one in the outer's default. */
  @Generator
  static Iterable<String> nested(int a, String b) {
    switch (a) {
      case 1:
        yieldReturn("a1");
        break;
      default:
        yieldReturn("a?");
        switch (b) {
          case "x" -> yieldReturn("bx");
          default -> {
            yieldReturn("b?");
            switch (b.length()) {
              case 0:
                yieldReturn("empty b");
                break;
              default:
                yieldReturn("long b");
            }
          }
        }
        yieldReturn("end default");
    }
    return done();
  }

  /** A switch whose only yield is in default; its selector changes across iterations. */
  @Generator
  static Iterable<Integer> yieldOnlyInDefault(List<Integer> items) {
    int skipped = 0;
    for (int item : items) {
      switch (item % 3) {
        case 0:
          skipped++;
          break;
        default:
          yieldReturn(item);
      }
    }
    yieldReturn(-skipped);
    return done();
  }
}
