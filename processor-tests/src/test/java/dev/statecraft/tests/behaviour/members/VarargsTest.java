package dev.statecraft.tests.behaviour.members;

import static dev.statecraft.tests.behaviour.Sequences.assertYields;

import org.junit.jupiter.api.Test;

class VarargsTest {
  @Test
  void varargsFactories() {
    assertYields(VarargsTemplatesGen.each(), "count 0");
    assertYields(VarargsTemplatesGen.each("a"), "count 1", "a");
    assertYields(VarargsTemplatesGen.each("a", "b"), "count 2", "a", "b");
    assertYields(VarargsTemplatesGen.each(new String[] {"x"}), "count 1", "x");
    assertYields(VarargsTemplatesGen.sums(1), 1);
    assertYields(VarargsTemplatesGen.sums(1, 2, 3), 1, 3, 6);
    assertYields(VarargsTemplatesGen.of("x", "y"), "x", "y");
    assertYields(VarargsTemplatesGen.joined(new VarargsTemplates(), "-", 1, 'c'), "p-1", "p-1-c");
  }

  @Test
  void theArrayIsTheCallersAndReadLazily() {
    String[] items = {"a", "b"};
    Iterable<String> each = VarargsTemplatesGen.each(items);
    items[0] = "z";
    assertYields(each, "count 2", "z", "b");
  }
}
