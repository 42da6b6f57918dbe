package dev.statecraft.tests.behaviour.async;

import static dev.statecraft.runtime.Coroutines.await;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.statecraft.Async;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Templates with awaits in statement positions: loop conditions and updates, if conditions,
 * switch selectors and switch expressions, return expressions, variable initialisers, enhanced
 * for, labelled jumps. {@code next} hands out the stage each evaluation awaits.
 */
class PositionTemplates {
  @Async
  static CompletableFuture<String> whileCondition(Supplier<CompletableFuture<Integer>> next,
      List<String> log) {
    int sum = 0;
    int v;
    while ((v = await(next.get())) > 0) {
      log.add("body " + v);
      sum += v;
    }
    return completedFuture("sum " + sum + " last " + v);
  }

  @Async
  static CompletableFuture<Integer> doWhileCondition(Supplier<CompletableFuture<Boolean>> more,
      List<String> log) {
    int rounds = 0;
    do {
      rounds++;
      log.add("round " + rounds);
    } while (await(more.get()));
    return completedFuture(rounds);
  }

  /** Awaits in a for loop's condition and update. */
  @Async
  static CompletableFuture<String> forParts(CompletableFuture<Integer> start,
      Supplier<CompletableFuture<Integer>> limit, CompletableFuture<Integer> step,
      List<String> log) {
    StringBuilder seen = new StringBuilder();
    int first = await(start);
    for (int i = first; i < await(limit.get()); i += await(step)) {
      seen.append(i).append(' ');
    }
    return completedFuture(seen.toString().trim());
  }

  /** An enhanced for over an awaited list, awaiting inside. */
  @Async
  static CompletableFuture<Integer> forEachAwaited(
      CompletableFuture<List<CompletableFuture<Integer>>> parts) {
    int sum = 0;
    for (CompletableFuture<Integer> part : await(parts)) {
      sum += await(part);
    }
    return completedFuture(sum);
  }

  /** An iterator advanced around awaits. */
  @Async
  static CompletableFuture<String> iteratorLoop(Iterator<CompletableFuture<String>> parts) {
    StringBuilder out = new StringBuilder();
    while (parts.hasNext()) {
      out.append(await(parts.next()));
    }
    return completedFuture(out.toString());
  }

  @Async
  static CompletableFuture<String> ifConditions(CompletableFuture<Integer> n, List<String> log) {
    if (await(n) > 10) {
      log.add("big");
    } else if (await(n) > 5) {
      log.add("medium");
    } else {
      log.add("small");
    }
    if (await(n) % 2 == 0) {
      return completedFuture("even");
    }
    return completedFuture("odd");
  }

  @Async
  static CompletableFuture<String> switchOnInt(CompletableFuture<Integer> n, List<String> log) {
    switch (await(n)) {
      case 1:
        log.add("one");
        // fall through
      case 2:
        log.add("two or after one " + await(n));
        break;
      case 3:
        log.add("three");
        return completedFuture("early");
      default:
        log.add("default");
    }
    return completedFuture("end");
  }

  @Async
  static CompletableFuture<String> switchOnString(CompletableFuture<String> s) {
    String out;
    switch (await(s)) {
      case "a" -> out = "A" + await(s);
      case "b" -> {
        String inner = await(s);
        out = "B" + inner;
      }
      default -> out = "?";
    }
    return completedFuture(out);
  }

  @Async
  static CompletableFuture<String> switchOnEnum(CompletableFuture<Color> color) {
    switch (await(color)) {
      case RED:
        return completedFuture("stop");
      case GREEN:
        return completedFuture("go " + await(color).ordinal());
      default:
        return completedFuture("other");
    }
  }

  /** Switch expressions: awaited selector, awaiting arms, a block arm that awaits and yields. */
  @Async
  static CompletableFuture<String> switchExpressions(CompletableFuture<Integer> k,
      CompletableFuture<String> a, CompletableFuture<String> b) {
    String v = switch (await(k)) {
      case 1 -> await(a);
      case 2 -> {
        String t = await(b);
        yield t + t;
      }
      case 3 -> "three";
      default -> throw new IllegalArgumentException("k " + await(k));
    };
    int len = switch (v) {
      case "x" -> 0;
      default -> v.length() + await(k);
    };
    return completedFuture(v + len);
  }

  /** Awaits in return expressions. */
  @Async
  static CompletableFuture<Integer> returnExpression(CompletableFuture<Integer> a,
      CompletableFuture<Integer> b) {
    if (await(a) < 0) {
      return completedFuture(-await(a));
    }
    return completedFuture(await(a) * 10 + await(b));
  }

  /** Awaits in initialisers, several declarators in one declaration, and var. */
  @Async
  static CompletableFuture<String> initialisers(CompletableFuture<Integer> a,
      CompletableFuture<Integer> b, CompletableFuture<String> s) {
    int x = await(a), y = x + await(b);
    var text = await(s);
    final long z = await(a) + (long) await(b);
    return completedFuture(x + " " + y + " " + text + " " + z);
  }

  /** Labelled break and continue across awaits. */
  @Async
  static CompletableFuture<String> labelled(Supplier<CompletableFuture<Integer>> next,
      List<String> log) {
    StringBuilder out = new StringBuilder();
    outer:
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        int v = await(next.get());
        if (v == 0) {
          continue outer;
        }
        if (v < 0) {
          break outer;
        }
        out.append(i).append(j).append(' ');
      }
    }
    return completedFuture(out.toString().trim());
  }

  /** Generic template: the awaited value keeps its type variable. */
  @Async
  static <T extends Comparable<T>> CompletableFuture<T> max(CompletableFuture<T> a,
      CompletableFuture<T> b) {
    T x = await(a);
    T y = await(b);
    return completedFuture(x.compareTo(y) >= 0 ? x : y);
  }

  /** A lambda created between awaits captures the value the local has then. */
  @Async
  static CompletableFuture<String> lambdaBetweenAwaits(CompletableFuture<String> a,
      CompletableFuture<String> b) {
    String name = await(a);
    Supplier<String> greet = () -> "hi " + name;
    String second = await(b);
    return completedFuture(greet.get() + " " + second);
  }

  /** Wildcard stage types, and wildcards inside the value type. */
  @Async
  static CompletableFuture<String> wildcards(CompletionStage<? extends Number> number,
      CompletableFuture<?> anything, CompletableFuture<List<? super Integer>> sink) {
    Number n = await(number);
    Object o = await(anything);
    List<? super Integer> list = await(sink);
    list.add(n.intValue());
    double d = await(number).doubleValue();
    return completedFuture(n + " " + o + " " + list + " " + d);
  }

  /** A nested stage awaited twice. */
  @Async
  static CompletableFuture<Integer> awaitTwice(
      CompletableFuture<CompletableFuture<Integer>> nested) {
    return completedFuture(await(await(nested)) + 1);
  }

  /** An await as a statement of its own, its value dropped. */
  @Async
  static CompletableFuture<String> awaitStatement(CompletableFuture<String> first,
      List<String> log) {
    log.add("before");
    await(first);
    log.add("after");
    return completedFuture("ok");
  }

  /** An await in a for loop's initialiser. */
  @Async
  static CompletableFuture<String> forInitialiser(CompletableFuture<Integer> start) {
    StringBuilder seen = new StringBuilder();
    for (int i = await(start); i < 3; i++) {
      seen.append(i);
    }
    return completedFuture(seen.toString());
  }

  /** An await inside an array initialiser. */
  @Async
  static CompletableFuture<Integer> arrayInitialiser(CompletableFuture<Integer> n) {
    int[] a = {1, await(n), 3};
    return completedFuture(a[0] + a[1] + a[2]);
  }
}
