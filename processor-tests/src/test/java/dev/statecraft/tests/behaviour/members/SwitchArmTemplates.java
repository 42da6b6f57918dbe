package dev.statecraft.tests.behaviour.members;

import static dev.statecraft.runtime.Coroutines.await;
import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.statecraft.Async;
import dev.statecraft.Generator;
import java.util.concurrent.CompletableFuture;

/**
 * Members of the enclosing type used by simple name where the machine splices an expression on
 * its own: the arm of a switch that suspends (whose tree's parent is the case, like a case label's),
 * the case labels, selectors and conditions that the lowering moves into the machine's states.
 * Static members need their owner there and instance members the receiver (FINDINGS.md #11).
 */
class SwitchArmTemplates {
  static final int LIMIT = 3;
  static int shared = 5;
  static String mode = "b";

  int count = 10;
  boolean on = true;

  static int twice(int v) {
    return 2 * v;
  }

  int plus(int v) {
    return count + v;
  }

  /** A static field, an instance field and method calls as arms beside an arm that yields. */
  @Generator
  Iterable<Object> arms(int n) {
    int x = switch (n) {
      case 0 -> shared;
      case 1 -> count;
      case 2 -> twice(n);
      case 4 -> plus(n);
      case LIMIT -> {
        yieldReturn("limit");
        yield shared + count;
      }
      default -> {
        yieldReturn("arm");
        yield LIMIT;
      }
    };
    yieldReturn(x);
    return done();
  }

  /** A static template: static fields as an arm and in a suspending arm's {@code yield}. */
  @Generator
  static Iterable<Object> staticArms(int n) {
    String s = switch (n) {
      case 0 -> mode;
      case LIMIT -> {
        yieldReturn("limit");
        yield mode + shared;
      }
      default -> {
        yieldReturn("arm");
        yield "other";
      }
    };
    yieldReturn(s);
    return done();
  }

  /** Selectors and conditions that suspend or are lowered, reading fields by simple name. */
  @Generator
  Iterable<Object> conditions() {
    switch (mode) {
      case "a" -> yieldReturn("mode a");
      default -> {
        yieldReturn("mode " + mode);
      }
    }
    switch (shared) {
      case LIMIT -> yieldReturn("shared is the limit");
      default -> yieldReturn("shared " + shared);
    }
    while (count < shared + LIMIT + 10) {
      yieldReturn(count);
      count++;
    }
    if (on) {
      yieldReturn("on");
    }
    for (int i = 0; i < LIMIT && on; i++) {
      yieldReturn("i" + i);
    }
    return done();
  }

  /** Async: arms reading members beside an arm that awaits (an expression arm and a block). */
  @Async
  CompletableFuture<String> asyncArms(int n, CompletableFuture<Integer> f) {
    int x = switch (n) {
      case 0 -> shared;
      case 1 -> count;
      case 2 -> twice(n);
      case LIMIT -> await(f);
      default -> {
        int v = await(f);
        yield v + shared;
      }
    };
    String s = switch (n) {
      case 0 -> mode;
      default -> "awaited " + await(f);
    };
    return completedFuture(x + " " + s);
  }

  /** Async: a lowered selector and condition reading members. */
  @Async
  CompletableFuture<String> asyncConditions(CompletableFuture<Integer> f) {
    String out = "";
    switch (mode) {
      case "a" -> out += "a";
      default -> out += mode + await(f);
    }
    while (count < shared + 12) {
      out += " " + count + ":" + await(f);
      count++;
    }
    return completedFuture(out);
  }

  /** A nested type's template reaching its outer type's static members by simple name. */
  static class Nested {
    @Generator
    static Iterable<Object> outerStatics(int n) {
      int x = switch (n) {
        case 0 -> shared;
        case LIMIT -> twice(shared);
        default -> {
          yieldReturn("arm");
          yield LIMIT;
        }
      };
      yieldReturn(x);
      return done();
    }
  }
}
