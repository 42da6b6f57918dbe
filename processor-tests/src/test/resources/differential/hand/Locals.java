package hand;

import static dev.statecraft.runtime.Coroutines.*;

import dev.statecraft.Generator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Scopes, shadowing siblings, var, parameters, patterns and lambda captures across yields. */
class Locals {
  @Generator
  static Iterable<Object> scopes(int n, List<String> log) {
    {
      int v = n * 2;
      yieldReturn(v);
      v++;
      yieldReturn(v);
    }
    {
      String v = "s" + n;
      yieldReturn(v);
      v += "!";
      yieldReturn(v);
    }
    for (int i = 0; i < 2; i++) {
      var list = new ArrayList<String>();
      list.add("i" + i);
      yieldReturn(list.size());
      list.add("j");
      yieldReturn(String.valueOf(list));
    }
    n = n + 100;
    yieldReturn(n);
    return done();
  }

  @Generator
  static Iterable<String> patterns(List<Object> items, List<String> log) {
    for (Object o : items) {
      if (o instanceof String s && !s.isEmpty()) {
        yieldReturn("string " + s);
        yieldReturn("still " + s.length());
      } else if (o instanceof Integer i) {
        yieldReturn("int " + i);
        log.add("after int " + (i + 1));
      }
    }
    return done();
  }

  @Generator
  static Iterable<String> captures(int n, List<String> log) {
    List<Supplier<String>> suppliers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int copy = i * 10;
      suppliers.add(() -> "captured " + copy);
      yieldReturn("made " + copy);
    }
    for (Supplier<String> s : suppliers) yieldReturn(s.get());
    String prefix = "p" + n;
    Runnable r = () -> log.add(prefix + " ran");
    yieldReturn(prefix);
    r.run();
    return done();
  }

  @Generator
  static Iterable<Integer> reassignedParameters(int n, List<String> log) {
    while (n > 0) {
      yieldReturn(n);
      n -= 2;
    }
    log.add("n is now " + n);
    log = new ArrayList<>();
    log.add("not recorded");
    yieldReturn(n);
    return done();
  }
}
