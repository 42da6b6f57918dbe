package dev.statecraft.tests.behaviour.members;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;

/** An instance template of an abstract class, calling an abstract method and using inherited member types. */
abstract class Walker extends WalkerBase {
  @Generator
  Iterable<String> walk() {
    for (String c : children()) {
      Node n = new Node(c);
      Visitor v = x -> "<" + x.name + ">";
      yieldReturn(v.visit(n));
      yieldReturn(n.name);
    }
    return done();
  }
}
