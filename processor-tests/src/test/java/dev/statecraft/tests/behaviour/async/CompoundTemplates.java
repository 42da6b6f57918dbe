package dev.statecraft.tests.behaviour.async;

import static dev.statecraft.runtime.Coroutines.await;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.statecraft.Async;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Templates for {@code await} in every position of an assignment to an array element or a field
 * (JLS 15.26.1, 15.26.2, 15.14.2, 15.15.1). Compound: the array and index (or the receiver) are
 * evaluated, a null array, a bad index or a null receiver throws, and the old value is saved, all
 * before the right side runs. Simple: the array and index are evaluated before the right side,
 * the null and bounds checks come after it. The helpers log each evaluation.
 */
class CompoundTemplates {
  static int counter;

  int total;

  /** Logs {@code name} and returns {@code value}. */
  static <T> T at(List<String> log, String name, T value) {
    log.add(name);
    return value;
  }

  /** Logs that the stage expression {@code name} was evaluated and returns the stage. */
  static <T> CompletableFuture<T> stage(List<String> log, String name, CompletableFuture<T> f) {
    log.add("stage " + name);
    return f;
  }

  /** {@code a[i] -= await(v)}. */
  @Async
  static CompletableFuture<Integer> element(List<String> log, int[] a, int i,
      CompletableFuture<Integer> v) {
    at(log, "array", a)[at(log, "index", i)] -= await(stage(log, "value", v));
    log.add("stored " + a[i]);
    return completedFuture(a[i]);
  }

  /** {@code a[await(i)] *= x}: the index awaits, the right side runs after the element is read. */
  @Async
  static CompletableFuture<String> awaitedIndex(List<String> log, int[] a,
      CompletableFuture<Integer> i) {
    at(log, "array", a)[await(stage(log, "index", i))] *= at(log, "value", 3);
    return completedFuture(Arrays.toString(a));
  }

  /** {@code a[await(i)] = x}: the right side runs before the null and bounds checks. */
  @Async
  static CompletableFuture<String> assignAwaitedIndex(List<String> log, int[] a,
      CompletableFuture<Integer> i) {
    at(log, "array", a)[await(stage(log, "index", i))] = at(log, "value", 7);
    return completedFuture(Arrays.toString(a));
  }

  /** {@code a[await(i)]++} and {@code --a[await(i) + 1]}. */
  @Async
  static CompletableFuture<String> increments(List<String> log, int[] a,
      CompletableFuture<Integer> i) {
    int post = at(log, "array", a)[await(stage(log, "post", i))]++;
    int pre = --at(log, "array", a)[await(stage(log, "pre", i)) + 1];
    return completedFuture(post + " " + pre + " " + Arrays.toString(a));
  }

  /** Elements narrowed back to byte, char, short; long shift; boolean and. */
  @Async
  static CompletableFuture<String> narrowing(byte[] b, char[] c, short[] s,
      CompletableFuture<Integer> n, CompletableFuture<Double> d) {
    b[0] += await(n);
    c[0] -= await(n);
    s[0] *= await(d);
    long[] wide = {-1L};
    wide[0] >>>= await(n);
    boolean[] flags = {true};
    flags[0] &= await(n) < 100;
    return completedFuture(b[0] + " " + (int) c[0] + " " + s[0] + " " + wide[0] + " " + flags[0]);
  }

  /** {@code s[j] += "x" + await(g)} on a String[]. */
  @Async
  static CompletableFuture<String> strings(List<String> log, String[] s, int j,
      CompletableFuture<String> g) {
    at(log, "array", s)[at(log, "index", j)] += "x" + await(stage(log, "value", g));
    return completedFuture(String.join("|", s));
  }

  /** A boxed element is unboxed by the operation, after the right side. */
  @Async
  static CompletableFuture<String> boxed(List<String> log, Integer[] a,
      CompletableFuture<Integer> v) {
    a[0] += await(stage(log, "value", v));
    log.add("stored");
    return completedFuture(Arrays.toString(a));
  }

  /** A field through a receiver expression, {@code this.field}, {@code Class.staticField}. */
  @Async
  CompletableFuture<String> fields(List<String> log, CompoundTemplates other,
      CompletableFuture<Integer> v) {
    at(log, "receiver", other).total += await(stage(log, "v1", v));
    this.total -= await(stage(log, "v2", v));
    CompoundTemplates.counter <<= await(stage(log, "v3", v));
    return completedFuture(other.total + " " + total + " " + counter);
  }

  /** Parenthesized variables: array and index evaluated once, before the right side. */
  @Async
  static CompletableFuture<String> parenthesized(List<String> log, int[] a,
      CompletableFuture<Integer> v) {
    (at(log, "array1", a)[at(log, "index1", 0)]) += await(stage(log, "v1", v));
    ((at(log, "array2", a))[at(log, "index2", 1)]) = await(stage(log, "v2", v));
    return completedFuture(Arrays.toString(a));
  }

  /** A compound assignment inside the right side of another. */
  @Async
  static CompletableFuture<String> nested(List<String> log, int[] a,
      CompletableFuture<Integer> v) {
    int r = a[at(log, "outer", 0)] += (a[at(log, "inner", 1)] += await(stage(log, "v", v))) * 10;
    return completedFuture(r + " " + Arrays.toString(a));
  }
}
