package dev.statecraft.tests.behaviour.capture;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.ArrayList;
import java.util.List;

/**
 * Local classes and local records declared in a body (DESIGN.md: supported when they contain no
 * suspension point), used across yields.
 */
class LocalTypeTemplates {
  /** A local record whose instances live in locals across yields. */
  @Generator
  static Iterable<String> localRecord(List<String> words) {
    record Pair(String word, int length) {
      Pair twice() {
        return new Pair(word + word, length * 2);
      }
    }
    List<Pair> pairs = new ArrayList<>();
    for (String w : words) {
      Pair p = new Pair(w, w.length());
      pairs.add(p);
      yieldReturn(p.word());
      yieldReturn(p.word() + "/" + p.length());
    }
    Pair last = pairs.get(pairs.size() - 1).twice();
    yieldReturn("count " + pairs.size());
    yieldReturn(last.word() + "/" + last.length());
    yieldReturn(String.valueOf(last.equals(new Pair(last.word(), last.length()))));
    return done();
  }

  /** A local class declared before a yield and instantiated after it. */
  @Generator
  static Iterable<Integer> localClass(int step) {
    class Counter {
      int value;

      int next() {
        value += step;
        return value;
      }
    }
    yieldReturn(0);
    Counter c = new Counter();
    yieldReturn(c.next());
    yieldReturn(c.next());
    Counter other = new Counter();
    yieldReturn(other.next() + c.value);
    return done();
  }

  /** Local classes capturing per-iteration locals, instantiated in a loop that yields. */
  @Generator
  static Iterable<String> localClassCapturingLoopLocals(List<String> names) {
    List<Object> tags = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      int index = i;
      class Tag {
        @Override
        public String toString() {
          return index + ":" + name;
        }
      }
      tags.add(new Tag());
      yieldReturn("tagged " + name);
    }
    for (Object t : tags) {
      yieldReturn(t.toString());
    }
    return done();
  }

  /** A local interface and enum (implicitly static), used across yields. */
  @Generator
  static Iterable<String> localInterfaceAndEnum() {
    interface Shape {
      double area();
    }
    enum Dir { LEFT, RIGHT }
    Shape square = () -> 4.0;
    Dir d = Dir.LEFT;
    yieldReturn(d.name());
    d = Dir.values()[d.ordinal() + 1];
    yieldReturn(d + " " + square.area());
    return done();
  }
}
