package hand;

import static dev.statecraft.runtime.Coroutines.*;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.statecraft.Async;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Await in every position of an assignment to an array element or a field (JLS 15.26.1,
 * 15.26.2, 15.14.2): compound assignments evaluate the array and index (or the receiver) and
 * read the old value, failing on a null array, bad index or null receiver, before the right
 * side; simple assignments evaluate the right side before the null and bounds checks.
 */
class AsyncCompound {
  static int shared;

  static final class Box {
    int x = 1;
    String s = "s";
  }

  static int[] array(List<String> log, String name, int[] a) {
    log.add("array " + name);
    return a;
  }

  static int index(List<String> log, String name, int i) {
    log.add("index " + name + " " + i);
    return i;
  }

  static Box box(List<String> log, Box b) {
    log.add("receiver");
    return b;
  }

  @Async
  static CompletableFuture<String> elements(List<CompletableFuture<Integer>> fs,
      List<String> log) {
    int[] a = {1, 2, 3};
    array(log, "a", a)[index(log, "i", 0)] += await(fs.get(0));
    array(log, "b", a)[await(fs.get(1)) % 3] -= index(log, "rhs", 5);
    (array(log, "c", a)[index(log, "j", 2)]) *= await(fs.get(2)) + 1;
    a[await(fs.get(0)) % 3]++;
    --a[index(log, "k", await(fs.get(1))) % 3];
    int post = array(log, "d", a)[await(fs.get(2)) % 3]--;
    log.add(Arrays.toString(a) + " " + post);
    byte[] b = {120};
    b[0] += await(fs.get(0)) * 100;
    short[] h = {7};
    h[0] <<= await(fs.get(1)) + 12;
    String[] s = {"s", null};
    s[index(log, "s", 1)] += "x" + await(fs.get(1));
    array(log, "e", a)[index(log, "v", 1)] = await(fs.get(2)) + a[1];
    log.add(b[0] + " " + h[0] + " " + String.join("|", s));
    return completedFuture(Arrays.toString(a));
  }

  @Async
  static CompletableFuture<String> fields(List<CompletableFuture<Integer>> fs, List<String> log) {
    Box b = new Box();
    box(log, b).x += await(fs.get(0));
    box(log, b).s += "v" + await(fs.get(1));
    (box(log, b).x) <<= await(fs.get(2));
    shared = 3;
    AsyncCompound.shared *= await(fs.get(0)) + 1;
    box(log, b).x = await(fs.get(1)) + b.x;
    return completedFuture(b.x + " " + b.s + " " + shared);
  }

  /** Null arrays, bad indexes and null receivers: which side effects happen before the throw. */
  @Async
  static CompletableFuture<String> failures(List<CompletableFuture<Integer>> fs,
      List<String> log) {
    int[] a = {1, 2};
    int[] none = fs.isEmpty() ? a : null;
    try {
      array(log, "null", none)[index(log, "i", 0)] += await(fs.get(0));
    } catch (NullPointerException e) {
      log.add("npe compound");
    }
    try {
      array(log, "null", none)[index(log, "i", 0)] = await(fs.get(0));
    } catch (NullPointerException e) {
      log.add("npe simple");
    }
    try {
      a[await(fs.get(1)) + 1] += index(log, "rhs", 1);
    } catch (ArrayIndexOutOfBoundsException e) {
      log.add("bounds compound");
    }
    try {
      a[await(fs.get(1)) + 1] = index(log, "rhs", 2);
    } catch (ArrayIndexOutOfBoundsException e) {
      log.add("bounds simple");
    }
    try {
      array(log, "null", none)[await(fs.get(2))]++;
    } catch (NullPointerException e) {
      log.add("npe increment");
    }
    Integer[] boxed = {null};
    try {
      boxed[0] += await(fs.get(2));
    } catch (NullPointerException e) {
      log.add("npe unboxing");
    }
    Box nobody = fs.isEmpty() ? new Box() : null;
    try {
      box(log, nobody).x += await(fs.get(2));
    } catch (NullPointerException e) {
      log.add("npe receiver");
    }
    return completedFuture(Arrays.toString(a));
  }
}
