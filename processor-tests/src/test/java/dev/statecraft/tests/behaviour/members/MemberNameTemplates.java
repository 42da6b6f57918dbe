package dev.statecraft.tests.behaviour.members;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;

/**
 * A receiver whose members are named like a generated machine's (state, current, next(), ...),
 * used unqualified: each must still mean the receiver's member.
 */
class MemberNameTemplates {
  int state = 7;
  String current = "cur";
  boolean closing = true;
  static int counter = 3;
  static String delegate = "del";

  int next() {
    return state++;
  }

  boolean hasNext() {
    return state < 10;
  }

  String resume() {
    return "resumed";
  }

  void close() {
    closing = false;
  }

  static String consume() {
    return "consumed";
  }

  /** Shares its name with the machine a template named walk might get. */
  static class WalkMachine {
    String hello() {
      return "hello";
    }
  }

  @Generator
  Iterable<String> fields() {
    yieldReturn(state + " " + current + " " + closing);
    state = 20;
    current = "changed";
    yieldReturn(state + " " + current + " " + this.state);
    return done();
  }

  @Generator
  Iterable<String> methods() {
    while (hasNext()) {
      yieldReturn("next " + next());
    }
    yieldReturn(resume());
    close();
    yieldReturn("closing " + closing);
    yieldReturn(consume() + " " + delegate + " " + counter);
    return done();
  }

  @Generator
  static Iterable<String> walk() {
    WalkMachine m = new WalkMachine();
    yieldReturn(m.hello());
    yieldReturn(m.hello() + "!");
    return done();
  }
}
