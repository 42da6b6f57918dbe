package hand;

import static dev.statecraft.runtime.Coroutines.*;

import dev.statecraft.Generator;
import java.util.Iterator;
import java.util.List;

/** if/else chains, yields in every position, exceptions from the body, try without yields. */
class Branches {
  @Generator
  static Iterable<Object> chains(int n, List<String> log) {
    yieldReturn("first");
    for (int i = -1; i <= n; i++) {
      if (i < 0) yieldReturn("negative");
      else if (i == 0) {
        log.add("zero");
      } else if (i % 2 == 1) {
        if (i > 2) {
          yieldReturn("big odd " + i);
        } else {
          yieldReturn("small odd " + i);
          log.add("small");
        }
      } else {
        {
          yieldReturn("even block " + i);
        }
        yieldReturn(i);
      }
    }
    {
      {
        yieldReturn("nested blocks");
      }
    }
    boolean flag = n > 2;
    if (flag) yieldReturn(true); else yieldReturn(false);
    yieldReturn("last");
    return done();
  }

  @Generator
  static Iterator<Integer> throwsFromBody(int n, List<String> log) {
    for (int i = 0; i < 10; i++) {
      yieldReturn(i);
      if (i == n) throw new IllegalStateException("stop at " + i);
      log.add("passed " + i);
    }
    throw new UnsupportedOperationException("fell off the end");
  }

  @Generator
  static Iterable<Integer> arithmetic(int n, List<String> log) {
    int x = 10;
    while (true) {
      yieldReturn(x / n);
      n--;
      if (n == -3) break;
    }
    return done();
  }

  @Generator
  static Iterable<String> catching(int n, List<String> log) {
    for (int i = 0; i < n; i++) {
      String status;
      try {
        if (i % 2 == 1) throw new IllegalArgumentException("odd " + i);
        status = "ok " + i;
      } catch (IllegalArgumentException e) {
        status = "caught " + e.getMessage();
      } finally {
        log.add("finally " + i);
      }
      yieldReturn(status);
      int parsed;
      try {
        parsed = Integer.parseInt(i % 3 == 0 ? "x" : "" + i);
      } catch (NumberFormatException e) {
        parsed = -1;
      }
      yieldReturn("parsed " + parsed);
    }
    return done();
  }

  @Generator
  static Iterable<String> doneEverywhere(int n, List<String> log) {
    if (n == 0) return done();
    yieldReturn("a");
    for (int i = 0; i < 5; i++) {
      switch (i) {
        case 1:
          if (n == 1) return done();
          break;
        default:
          yieldReturn("i" + i);
      }
      if (i == n) {
        log.add("returning at " + i);
        return done();
      }
    }
    yieldReturn("end");
    return done();
  }
}
