package dev.statecraft.tests.behaviour.plain;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.Iterator;
import java.util.List;

/** instanceof patterns whose bindings are used after a yield (DESIGN.md). */
class PatternTemplates {
  /** The example from the brief: the binding is read after a yield. */
  @Generator
  static Iterable<Integer> lengthAfterYield(Object o) {
    if (o instanceof String s) {
      yieldReturn(1);
      yieldReturn(s.length());
    }
    return done();
  }

  /** A binding in scope after the if because the if's body cannot complete normally. */
  @Generator
  static Iterable<Integer> flowScoped(List<Object> items) {
    for (Object o : items) {
      if (!(o instanceof Integer i)) {
        continue;
      }
      yieldReturn(i);
      yieldReturn(i * 2);
    }
    return done();
  }

  /** Bindings in && conditions and a generic type pattern. */
  @Generator
  static Iterable<String> conditions(List<Object> items) {
    for (Object o : items) {
      if (o instanceof String s && !s.isEmpty()) {
        yieldReturn("string " + s);
        yieldReturn("first " + s.charAt(0));
      } else if (o instanceof List<?> list && list.size() > 1) {
        yieldReturn("list");
        yieldReturn("size " + list.size());
      } else {
        yieldReturn("skip");
      }
    }
    return done();
  }

  /** A binding introduced by a while condition, a new one each iteration. */
  @Generator
  static Iterable<String> bindingInWhileCondition(Iterator<Object> it) {
    while (it.hasNext() && it.next() instanceof String s) {
      yieldReturn(s);
      yieldReturn(s.toUpperCase());
    }
    return done();
  }

  /** A binding used in a loop condition and body across yields. */
  @Generator
  static Iterable<Integer> whileBinding(Object o) {
    if (o instanceof int[] values && values.length > 0) {
      int i = 0;
      while (i < values.length) {
        yieldReturn(values[i]);
        i++;
      }
      yieldReturn(values.length);
    }
    return done();
  }
}
