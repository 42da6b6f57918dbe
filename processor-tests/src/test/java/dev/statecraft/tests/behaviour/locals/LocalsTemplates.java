package dev.statecraft.tests.behaviour.locals;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Parameters and locals whose values must survive suspensions. */
class LocalsTemplates {
  /** The DESIGN.md example: several declarators, a temp declared inside the loop. */
  @Generator
  static Iterable<Integer> fib(int n) {
    int a = 0, b = 1;
    for (int i = 0; i < n; i++) {
      yieldReturn(a);
      int t = a + b;
      a = b;
      b = t;
    }
    return done();
  }

  /** Parameters read and reassigned between yields. */
  @Generator
  static Iterable<String> parameters(int start, String label) {
    yieldReturn(label + start);
    start += 10;
    yieldReturn(label + start);
    label = label.toUpperCase();
    yieldReturn(label + start);
    return done();
  }

  /** {@code var} with denotable types, including parameterized ones and in loops. */
  @Generator
  static Iterable<String> vars() {
    var list = new ArrayList<String>();
    var count = 0;
    var name = "v";
    for (var i = 0; i < 3; i++) {
      list.add(name + i);
      count += i;
      yieldReturn(String.join(",", list));
    }
    var groups = new TreeMap<String, List<Integer>>();
    groups.computeIfAbsent("odd", k -> new ArrayList<>()).add(1);
    yieldReturn("count=" + count);
    groups.computeIfAbsent("even", k -> new ArrayList<>()).add(2);
    for (var e : groups.entrySet()) {
      yieldReturn(e.getKey());
      yieldReturn(e.getKey() + "=" + e.getValue());
    }
    return done();
  }

  /** Several declarators in one declaration, one without initializer, one with C-style {@code []}. */
  @Generator
  static Iterable<String> declarators() {
    int x = 1, y = x + 1, z;
    z = x + y;
    yieldReturn(x + " " + y + " " + z);
    int first = 7, rest[] = {8, 9};
    yieldReturn(first + " " + rest.length);
    rest[1] += z;
    x = 10;
    yieldReturn(x + " " + y + " " + z + " " + rest[0] + " " + rest[1]);
    return done();
  }

  /** Locals declared without initializer and assigned on different paths before a yield. */
  @Generator
  static Iterable<String> uninitialized(boolean flag) {
    String s;
    if (flag) {
      s = "yes";
    } else {
      s = "no";
    }
    yieldReturn(s);
    int total;
    total = s.length();
    yieldReturn(s + total);
    long big;
    for (big = 1; big < 1000; big *= 10) {
      yieldReturn("big " + big);
    }
    yieldReturn("final " + big);
    return done();
  }

  /**
   * Every primitive type across yields. byte and short arithmetic must wrap as the declared type
   * does (a hoisted field of type int would not), char increments stay chars.
   */
  @Generator
  static Iterable<String> primitives() {
    byte b = 127;
    short sh = -3;
    char c = 'a';
    int i = Integer.MAX_VALUE;
    long l = 1L << 40;
    float f = 1.5f;
    double d = 0.25;
    boolean flag = true;
    yieldReturn(b + " " + sh + " " + c + " " + i + " " + l + " " + f + " " + d + " " + flag);
    b++;
    sh *= 20000;
    c++;
    i++;
    l = -l;
    f /= 2;
    d = d * 4;
    flag = !flag;
    yieldReturn(b + " " + sh + " " + c + " " + i + " " + l + " " + f + " " + d + " " + flag);
    c += 2;
    yieldReturn(String.valueOf(c));
    return done();
  }

  /** {@code final} and effectively final locals, and the value of {@code x++}/{@code ++x}. */
  @Generator
  static Iterable<Integer> finalsAndIncrements() {
    final int k = 3;
    int i = 0;
    yieldReturn(k);
    yieldReturn(i++);
    yieldReturn(i);
    yieldReturn(++i);
    yieldReturn(i--);
    yieldReturn(k * i);
    return done();
  }

  /** Reference-typed locals: null values, arrays and collections mutated between yields. */
  @Generator
  static Iterable<String> references() {
    String missing = null;
    int[] acc = new int[1];
    List<String> seen = new ArrayList<>();
    Map<String, Integer> counts = new TreeMap<>();
    for (String w : new String[] {"a", "b", "a"}) {
      acc[0] += w.length();
      seen.add(w);
      counts.merge(w, 1, Integer::sum);
      yieldReturn(missing + " " + acc[0] + " " + seen + " " + counts);
      missing = w;
    }
    return done();
  }

  /** Locals of wildcard-parameterized types. */
  @Generator
  static Iterable<String> wildcardLocals(List<? extends Number> nums, Map<String, ? super Integer> sink) {
    List<? extends Number> copy = nums;
    Map<String, ? super Integer> target = sink;
    for (Number n : copy) {
      target.put("k" + n, n.intValue());
      yieldReturn(String.valueOf(n));
    }
    yieldReturn(target.toString());
    return done();
  }

  /** A parameter reassigned in a loop, read again after every yield. */
  @Generator
  static Iterable<Integer> halve(int n) {
    while (n > 0) {
      yieldReturn(n);
      n /= 2;
    }
    yieldReturn(n);
    return done();
  }
}
