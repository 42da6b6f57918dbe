package dev.statecraft.tests.behaviour.protocol;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldAll;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Marker arguments whose type Java infers from their context: in plain Java, {@code
 * yieldReturn(List.of())} infers {@code List<Object>}, yet the argument is assignable to the
 * element type, as {@code return List.of();} would be. A user writes these without witnesses.
 */
class PolyExpressionTemplates {
  @Generator
  static Iterable<List<String>> emptyLists() {
    yieldReturn(new ArrayList<>());
    yieldReturn(List.of());
    yieldReturn(Collections.emptyList());
    yieldAll(List.of());
    yieldAll(Stream.empty());
    yieldAll(Collections.emptyIterator());
    return done();
  }

  @Generator
  static Iterable<Map<String, Integer>> maps() {
    yieldReturn(Map.of());
    yieldReturn(Map.of("a", 1));
    return done();
  }

  @Generator
  static Iterable<Optional<String>> optionals(String s) {
    yieldReturn(Optional.empty());
    yieldReturn(Optional.ofNullable(s));
    return done();
  }

  /** A lambda as an element (it needs a cast in Java); it captures a local that lives across yields.
   * A bound method reference evaluates its receiver when it is created. */
  @Generator
  static Iterable<UnaryOperator<String>> functions(String suffix) {
    String extra = suffix + suffix;
    yieldReturn((UnaryOperator<String>) s -> s + extra);
    String other = "changed";
    yieldReturn(UnaryOperator.identity());
    yieldReturn((UnaryOperator<String>) other::concat);
    other = "reassigned after the method reference was created";
    yieldReturn((UnaryOperator<String>) s -> s + extra.length());
    return done();
  }
}
