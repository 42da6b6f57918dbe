package dev.statecraft.tests.behaviour.members;

import static dev.statecraft.tests.behaviour.Sequences.assertYields;

import dev.statecraft.tests.behaviour.members.NameTemplates.State;
import dev.statecraft.tests.behaviour.members.other.Entry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void staticImportsInTheBody() {
    assertYields(NameTemplatesGen.staticImports(List.of(2, 1, 5, 3)), 2, 2, 5, 5, -1);
  }

  @Test
  void sameNamedTypesFromDifferentPackages() {
    Map<String, Integer> weights = new LinkedHashMap<>();
    weights.put("a", 3);
    assertYields(NameTemplatesGen.sameNamedTypes(weights), new Entry("a", 3), new Entry("k", 1));
  }

  @Test
  void nestedTypeHidingAJdkName() {
    assertYields(NameTemplatesGen.nestedTypeHidingAJdkName(9), "desc:9", "32", "BUSY");
  }

  @Test
  void parametersNamedLikeGeneratedCode() {
    assertYields(NameTemplatesGen.parametersNamedLikeGeneratedCode("s", 1, "c", true, "d", "n", 4, "$"),
        "s1c", "s2c!truedn4$", "s22");
  }

  @Test
  void localsNamedLikeGeneratedCode() {
    assertYields(NameTemplatesGen.localsNamedLikeGeneratedCode(), "0cmefalser5", "7cmetruer5");
  }

  @Test
  void instanceTemplateWithAParameterCalledSelf() {
    assertYields(NameTemplatesGen.instanceWithSelfParameter(new NameTemplates(), "x"), "x", "Lx", "L/x");
  }

  @Test
  void labelsNamedLikeGeneratedCode() {
    assertYields(NameTemplatesGen.labelsNamedLikeGeneratedCode(12), 2, -2, 3, -3, 5, -5, 7, 11);
  }

  @Test
  void parameterCalledState() {
    assertYields(NameTemplatesGen.toggle(State.IDLE, 3), State.IDLE, State.BUSY, State.IDLE);
  }

  @Test
  void overloadedTemplates() {
    assertYields(NameTemplatesGen.range(2), 0, 1);
    assertYields(NameTemplatesGen.range(5, 7), 5, 6);
  }

  @Test
  void templatesNamedLikeIteratorMethods() {
    assertYields(NameTemplatesGen.next("a"), "a", "aa");
    assertYields(NameTemplatesGen.hasNext(), "hasNext");
    assertYields(NameTemplatesGen.close(), "close");
    assertYields(NameTemplatesGen.iterator(), "iterator");
    assertYields(NameTemplatesGen.resume(), "resume");
  }
}
