package dev.statecraft.tests.behaviour.locals;

import static dev.statecraft.tests.behaviour.Sequences.assertYields;

import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Parameters and locals live across yields, with the types they were declared with. */
class LocalsTest {
  @Test
  void fibonacci() {
    assertYields(LocalsTemplatesGen.fib(10), 0, 1, 1, 2, 3, 5, 8, 13, 21, 34);
    assertYields(LocalsTemplatesGen.fib(0));
  }

  @Test
  void parametersAreReadAndReassignedAcrossYields() {
    assertYields(LocalsTemplatesGen.parameters(1, "x"), "x1", "x11", "X11");
  }

  @Test
  void varLocals() {
    assertYields(LocalsTemplatesGen.vars(),
        "v0", "v0,v1", "v0,v1,v2", "count=3", "even", "even=[2]", "odd", "odd=[1]");
  }

  @Test
  void severalDeclaratorsInOneDeclaration() {
    assertYields(LocalsTemplatesGen.declarators(), "1 2 3", "7 2", "10 2 3 8 12");
  }

  @Test
  void localsWithoutInitializer() {
    assertYields(LocalsTemplatesGen.uninitialized(true), "yes", "yes3", "big 1", "big 10", "big 100", "final 1000");
    assertYields(LocalsTemplatesGen.uninitialized(false), "no", "no2", "big 1", "big 10", "big 100", "final 1000");
  }

  @Test
  void primitiveLocalsKeepTheirTypes() {
    assertYields(LocalsTemplatesGen.primitives(),
        "127 -3 a 2147483647 1099511627776 1.5 0.25 true",
        "-128 5536 b -2147483648 -1099511627776 0.75 1.0 false",
        "d");
  }

  @Test
  void finalLocalsAndIncrementValues() {
    assertYields(LocalsTemplatesGen.finalsAndIncrements(), 3, 0, 1, 2, 2, 3);
  }

  @Test
  void referenceLocals() {
    assertYields(LocalsTemplatesGen.references(),
        "null 1 [a] {a=1}", "a 2 [a, b] {a=1, b=1}", "b 3 [a, b, a] {a=2, b=1}");
  }

  @Test
  void wildcardTypedLocals() {
    assertYields(LocalsTemplatesGen.wildcardLocals(List.of(1, 2.5), new TreeMap<String, Object>()),
        "1", "2.5", "{k1=1, k2.5=2}");
  }

  @Test
  void reassignedParameterInALoop() {
    assertYields(LocalsTemplatesGen.halve(10), 10, 5, 2, 1, 0);
  }
}
