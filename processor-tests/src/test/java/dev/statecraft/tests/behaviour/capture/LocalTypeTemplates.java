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

}
