package dev.statecraft.tests.behaviour.members;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;

/**
 * An instance template creating instances of an inner (non-static) class of its own type:
 * {@code new Inner()} and {@code this.new Inner()} both take the receiver as enclosing instance.
 */
class InnerCreationTemplates {
  String name = "o";

  class Inner {
    String hello() {
      return "inner of " + name;
    }
  }

  <T> T convert(Object o) {
    @SuppressWarnings("unchecked")
    T t = (T) o;
    return t;
  }

  @Generator
  Iterable<String> implicitOuter() {
    Inner a = new Inner();
    yieldReturn(a.hello());
    name = "changed";
    yieldReturn(a.hello());
    return done();
  }

  @Generator
  Iterable<String> explicitOuter() {
    InnerCreationTemplates.Inner b = this.new Inner();
    yieldReturn(b.hello());
    InnerCreationTemplates other = new InnerCreationTemplates();
    other.name = "other";
    Inner c = other.new Inner();
    yieldReturn(c.hello());
    return done();
  }

  /** An explicit type argument on a call through this. */
  @Generator
  Iterable<String> explicitTypeArgument() {
    String s = this.<String>convert("conv");
    yieldReturn(s);
    yieldReturn(s + this.<Integer>convert(1));
    return done();
  }
}
