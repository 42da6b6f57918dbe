package dev.statecraft.tests.behaviour.members;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Instance templates: the factory takes the receiver first ({@code InstanceTemplatesGen.m(self, ...)}),
 * and {@code this}, fields and methods of the receiver (also inherited ones) work as in the
 * template. Fields are read when the body reads them, not copied at the start.
 */
class InstanceTemplates extends InstanceBase {
  static String suffix = "!";
  static int created;

  String name;
  int step = 1;
  int calls;

  InstanceTemplates(String name) {
    this.name = name;
    created++;
  }

  String label(int v) {
    return name + v;
  }

  static String shout(String s) {
    return s.toUpperCase() + suffix;
  }

  @Override
  String describe() {
    return "Instance " + name;
  }

  /** Unqualified fields and methods, instance and static, and this-qualified ones. */
  @Generator
  Iterable<String> labels(int n) {
    for (int i = 0; i < n; i++) {
      calls++;
      yieldReturn(label(i * step));
    }
    yieldReturn(shout(name));
    yieldReturn(this.name + suffix + InstanceTemplates.suffix);
    return done();
  }

  /** {@code this} as a value. */
  @Generator
  Iterable<Object> itself() {
    yieldReturn(this);
    Object me = this;
    yieldReturn(name);
    yieldReturn(me);
    return done();
  }

  /** A parameter shadowing a field; the field reached through {@code this}. */
  @Generator
  Iterable<String> rename(String name) {
    yieldReturn(name);
    yieldReturn(this.name);
    this.name = name;
    yieldReturn(this.name);
    name = "local";
    yieldReturn(name + " " + this.name);
    return done();
  }

  /** Inherited members and an overriding method, unqualified. */
  @Generator
  Iterable<String> inherited() {
    yieldReturn(baseName());
    yieldReturn(baseName() + baseCalls);
    yieldReturn(describe());
    return done();
  }

  /** {@code this} and members inside lambdas and method references mean the receiver. */
  @Generator
  Iterable<String> lambdas() {
    Supplier<String> s = () -> this.name + calls;
    Supplier<String> t = () -> label(calls);
    Function<Integer, String> f = this::label;
    yieldReturn(s.get());
    calls += 5;
    yieldReturn(s.get());
    yieldReturn(t.get());
    yieldReturn(f.apply(7));
    return done();
  }

  /** An anonymous class body reads a receiver field when it runs. */
  @Generator
  Iterable<String> anonymousReadsFields() {
    Object o = new Object() {
      @Override
      public String toString() {
        return "anon of " + name;
      }
    };
    yieldReturn(o.toString());
    name = "changed";
    yieldReturn(o.toString());
    return done();
  }

  /** Compound assignments to instance and static fields. */
  @Generator
  Iterable<Integer> counters() {
    created += 10;
    yieldReturn(created);
    calls++;
    this.calls += 2;
    yieldReturn(calls);
    step *= 3;
    yieldReturn(step);
    return done();
  }

  /** A static template of the same class creating instances and using static members. */
  @Generator
  static Iterable<String> factoryOfInstances(String... names) {
    for (String n : names) {
      InstanceTemplates t = new InstanceTemplates(n);
      yieldReturn(t.label(created));
      yieldReturn(shout(t.name));
    }
    return done();
  }
}
