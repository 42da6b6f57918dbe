package hand;

import static dev.statecraft.runtime.Coroutines.*;

import dev.statecraft.Generator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** Nested loops of every kind, continue, labelled break/continue, infinite loops. */
class Loops {
  @Generator
  static Iterable<String> nested(int n, List<String> log) {
    for (int i = 0; i < n; i++) {
      log.add("outer " + i);
      for (int j = 0; j < i; j++) {
        yieldReturn(i + ":" + j);
        log.add("inner " + i + ":" + j);
      }
      int k = 0;
      while (k < i) {
        k++;
        if (k % 2 == 0) continue;
        yieldReturn("w" + k);
      }
      do {
        yieldReturn("d" + k);
        k--;
      } while (k > 0);
    }
    log.add("end");
    return done();
  }

  @Generator
  static Iterator<Integer> continues(int n, List<String> log) {
    for (int i = 0; i < n; i++) {
      if (i % 3 == 0) {
        log.add("skip " + i);
        continue;
      }
      yieldReturn(i);
      if (i % 3 == 1) continue;
      log.add("after " + i);
      yieldReturn(-i);
    }
    int j = 0;
    do {
      j++;
      if (j == 2) continue;
      yieldReturn(100 + j);
    } while (j < n);
    return done();
  }

  @Generator
  static Iterable<String> labelled(int n, List<String> log) {
    outer:
    for (int i = 0; i < n; i++) {
      inner:
      for (int j = 0; j < n; j++) {
        if (j > i) continue outer;
        if (i + j == 5) break outer;
        if (j == 2) continue inner;
        yieldReturn(i + "," + j);
        for (int k = 0; ; k++) {
          if (k == 1) break;
          if (i == 3) break inner;
          yieldReturn("k" + k);
        }
      }
      log.add("row " + i);
    }
    block:
    {
      if (n < 2) break block;
      yieldReturn("block");
      if (n < 4) break block;
      yieldReturn("block2");
    }
    log.add("done");
    return done();
  }

  @Generator
  static Stream<Integer> infinite(int n, List<String> log) {
    int i = 0;
    while (true) {
      if (i >= n) return done();
      yieldReturn(i * i);
      i++;
    }
  }

  @Generator
  static Iterable<Object> forEach(int n, List<String> log) {
    int[] numbers = {1, 2, 3, 4};
    for (int x : numbers) {
      if (x > n) break;
      yieldReturn(x);
    }
    for (String s : List.of("a", "b", "c")) {
      log.add(s);
      for (char c : s.toCharArray()) {
        yieldReturn(c);
      }
      if (s.equals("b") && n == 2) continue;
      yieldReturn(s + n);
    }
    for (int i = 0, j = n; i < j; i++, j--) yieldReturn(i * 10 + j);
    return done();
  }

  @Generator
  static Iterable<Integer> loopBodiesWithoutBraces(int n, List<String> log) {
    int i = 0;
    while (i++ < n) yieldReturn(i);
    do yieldReturn(-i); while (--i > n - 2);
    for (int j = 0; j < n; j++) if (j % 2 == 0) yieldReturn(j * 100); else log.add("odd " + j);
    return done();
  }

  @Generator
  static Iterable<Integer> yieldInForUpdate(int n, List<String> log) {
    for (int i = 0; i < n; i++, yieldReturn(i * 7)) {
      log.add("body " + i);
    }
    return done();
  }
}
