package dev.statecraft.tests.behaviour.members;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;

/**
 * A field hidden by a subclass's field of the same name, reached as {@code ((Base) this).size}:
 * the workaround the {@code [StatecraftSuperField]} diagnostic suggests for {@code super.size}.
 */
class HiddenFieldTemplates {
  static class Base {
    int size = 1;
  }

  static class Derived extends Base {
    int size = 2;

    @Generator
    Iterable<Integer> sizes() {
      yieldReturn(((Base) this).size);
      ((Base) this).size += 10;
      yieldReturn(this.size);
      yieldReturn(((Base) this).size);
      return done();
    }
  }
}
