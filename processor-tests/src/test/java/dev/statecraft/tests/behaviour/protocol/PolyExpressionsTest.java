package dev.statecraft.tests.behaviour.protocol;

import static dev.statecraft.tests.behaviour.Sequences.assertYields;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class PolyExpressionsTest {
  @Test
  void emptyCollectionsInferTheirElementType() {
    assertYields(PolyExpressionTemplatesGen.emptyLists(), List.of(), List.of(), List.of());
  }

  @Test
  void mapsAndOptionals() {
    assertYields(PolyExpressionTemplatesGen.maps(), Map.of(), Map.of("a", 1));
    assertYields(PolyExpressionTemplatesGen.optionals("x"), Optional.empty(), Optional.of("x"));
  }

  @Test
  void lambdasAsElements() {
    Iterator<UnaryOperator<String>> it = PolyExpressionTemplatesGen.functions("!").iterator();
    UnaryOperator<String> first = it.next();
    assertEquals("a!!", first.apply("a"));
    assertEquals("b", it.next().apply("b"));
    assertEquals("a!!", first.apply("a"), "the lambda captured the value of extra at creation");
    UnaryOperator<String> bound = it.next();
    assertEquals("d2", it.next().apply("d"));
    assertEquals("changedc", bound.apply("c"), "the receiver was evaluated before the reassignment");
  }
}
