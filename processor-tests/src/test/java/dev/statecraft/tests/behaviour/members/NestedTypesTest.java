package dev.statecraft.tests.behaviour.members;

import static dev.statecraft.tests.behaviour.Sequences.assertYields;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Generated class names for nested types, and member resolution from nested templates. */
class NestedTypesTest {
  @Test
  void staticNestedClassUsesOuterStatics() {
    Outer.counter = 0;
    Iterator<String> it = Outer_InnerGen.fromStatic(3).iterator();
    assertEquals("outer:[0]1", it.next());
    Outer.counter = 10;
    assertEquals("outer:[1]11", it.next(), "a static field is read when the body reads it");
    assertEquals("outer:[2]12", it.next());
  }

  @Test
  void instanceTemplateOfANestedClass() {
    Outer.Inner inner = new Outer.Inner(5);
    assertYields(Outer_InnerGen.fromInstance(inner, Outer.Mode.UP), "outer:5", "[6]", "outer-name");
    assertEquals(6, inner.base);
    assertYields(Outer_InnerGen.fromInstance(inner, Outer.Mode.DOWN), "outer:6", "[5]", "outer-name");
  }

  @Test
  void threeLevelsOfNesting() {
    assertYields(Outer_Inner_DeeperGen.deep(), "outer-name", "[outer:]", "DOWN");
  }

  @Test
  void membersOfTheNestedTypeHideOuterOnes() {
    assertYields(Outer_ShadowingGen.names(), "shadowing-name", "{x}", "outer-name", "[y]");
  }

  @Test
  void staticTemplateOfANestedInterface() {
    assertYields(Outer_ApiGen.api(), "outer:api");
  }

  @Test
  void enumTemplates() {
    assertYields(Outer_LevelGen.describe(Outer.Level.MEDIUM), "MEDIUM", "1", "not top");
    assertYields(Outer_LevelGen.describe(Outer.Level.HIGH), "HIGH", "2", "top");
    assertYields(Outer_LevelGen.upFrom(Outer.Level.MEDIUM), Outer.Level.MEDIUM, Outer.Level.HIGH);
  }

  @Test
  void recordTemplate() {
    assertYields(Outer_PointGen.coordinates(new Outer.Point(3, 4)), 3, 4, 7);
  }

  @Test
  void innerClassOfAGenericType() {
    Shelf<String> shelf = new Shelf<String>().add("a").add("b").add("c");
    Shelf<String>.Cursor cursor = shelf.new Cursor(1);
    assertYields(Shelf_CursorGen.rest(cursor), "b", "c");
    assertEquals(3, cursor.from);
    assertYields(Shelf_CursorGen.rest(cursor));
    Iterable<Integer> lengths = Shelf_CursorGen.mapped(cursor, String::length);
    assertYields(lengths, 1, 1, 1);
  }

  @Test
  void genericInnerClassOfAGenericType() {
    Shelf<Integer> shelf = new Shelf<>();
    Shelf<Integer>.Labeled<String> labeled = shelf.new Labeled<>("n");
    assertYields(Shelf_LabeledGen.entries(labeled, List.of(1, 2)), Map.entry("n", 1), Map.entry("n", 2));
  }
}
