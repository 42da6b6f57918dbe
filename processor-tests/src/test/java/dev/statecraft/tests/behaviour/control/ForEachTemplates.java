package dev.statecraft.tests.behaviour.control;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.List;
import java.util.Map;

/** Enhanced for over arrays and Iterables, with yields in the body (a known failure point). */
class ForEachTemplates {
  static int[] arrayOf(List<String> log, int... values) {
    log.add("array expression");
    return values;
  }

  @Generator
  static Iterable<String> upper(String[] words) {
    for (String w : words) {
      yieldReturn(w.toUpperCase());
    }
    return done();
  }

  /** A primitive array; the running sum lives across yields. */
  @Generator
  static Iterable<Integer> runningSum(int[] values) {
    int sum = 0;
    for (int v : values) {
      sum += v;
      yieldReturn(sum);
    }
    return done();
  }

  /** The array expression is evaluated once, before the first iteration. */
  @Generator
  static Iterable<Integer> arrayExpressionOnce(List<String> log) {
    for (int v : arrayOf(log, 1, 2, 3)) {
      yieldReturn(v);
    }
    return done();
  }

  /** JLS 14.14.2: the loop iterates the array it evaluated, whatever the variable holds later. */
  @Generator
  static Iterable<Integer> reassignArray(int[] values) {
    for (int v : values) {
      yieldReturn(v);
      values = new int[] {99};
    }
    yieldReturn(values[0]);
    return done();
  }

  /** Writes into the array being iterated are seen by later iterations. */
  @Generator
  static Iterable<Integer> writeAhead(int[] values) {
    int index = 0;
    for (int v : values) {
      yieldReturn(v);
      if (index + 1 < values.length) {
        values[index + 1] *= 10;
      }
      index++;
    }
    return done();
  }

  /** Over an Iterable: iterator() once, then hasNext()/next() interleaved with the body. */
  @Generator
  static Iterable<String> overIterable(Iterable<String> source, List<String> log) {
    for (String s : source) {
      log.add("body " + s);
      yieldReturn(s);
    }
    log.add("end");
    return done();
  }

  /** Nested loops; the inner one unboxes its elements; a var loop variable. */
  @Generator
  static Iterable<Integer> flatten(List<List<Integer>> rows) {
    for (List<Integer> row : rows) {
      for (int v : row) {
        yieldReturn(v);
      }
      yieldReturn(-1);
    }
    for (var row : rows) {
      yieldReturn(row.size());
    }
    return done();
  }

  @Generator
  static Iterable<String> matrix(int[][] cells) {
    for (int[] row : cells) {
      StringBuilder line = new StringBuilder();
      for (int cell : row) {
        line.append(cell);
        yieldReturn("cell " + cell);
      }
      yieldReturn("row " + line);
    }
    return done();
  }

  /** Wildcard element types, map entries and a final loop variable. */
  @Generator
  static Iterable<String> entries(Map<String, ? extends Number> map, List<? extends CharSequence> texts) {
    for (Map.Entry<String, ? extends Number> e : map.entrySet()) {
      yieldReturn(e.getKey());
      yieldReturn(e.getKey() + "=" + e.getValue().intValue());
    }
    for (final CharSequence t : texts) {
      yieldReturn(t.toString());
      yieldReturn(t.length() + "");
    }
    return done();
  }

  /** Another generated generator consumed by a for-each inside a template. */
  @Generator
  static Iterable<Integer> range(int from, int to) {
    for (int i = from; i < to; i++) {
      yieldReturn(i);
    }
    return done();
  }

  @Generator
  static Iterable<String> pairs(int n) {
    for (int i : ForEachTemplatesGen.range(0, n)) {
      for (int j : ForEachTemplatesGen.range(i + 1, n)) {
        yieldReturn(i + "" + j);
      }
    }
    return done();
  }

  /** Modifying the list under iteration makes its iterator throw on the next next(). */
  @Generator
  static Iterable<String> modifyWhileIterating(List<String> list) {
    for (String s : list) {
      yieldReturn(s);
      list.add("x");
    }
    return done();
  }
}
