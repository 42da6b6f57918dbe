package dev.statecraft.tests.behaviour.members;

import static dev.statecraft.tests.behaviour.Sequences.assertYields;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GenericsTest {
  @Test
  void genericMethod() {
    assertYields(GenericTemplatesGen.repeat("x", 3), "x", "x", "x");
    assertYields(GenericTemplatesGen.<Object>repeat(1, 2), 1, 1);
  }

  @Test
  void typeVariableLocalsAcrossYields() {
    assertYields(GenericTemplatesGen.merge(List.of(1, 4, 6).iterator(), List.of(2, 3, 7, 8).iterator()),
        1, 2, 3, 4, 6, 7, 8);
    assertYields(GenericTemplatesGen.merge(List.<String>of().iterator(), List.of("a").iterator()), "a");
  }

  @Test
  void twoTypeParameters() {
    Map<String, Integer> map = new LinkedHashMap<>();
    map.put("a", 1);
    map.put("b", 2);
    assertYields(GenericTemplatesGen.entries(map), Map.entry("a", 1), Map.entry("b", 2));
  }

  @Test
  void genericCollectionsOfT() {
    assertYields(GenericTemplatesGen.windows(List.of(1, 2, 3, 4), 2), List.of(1, 2), List.of(2, 3), List.of(3, 4));
  }

  @Test
  void genericStream() {
    List<String> log = new ArrayList<>();
    assertEquals(List.of(1, 2), GenericTemplatesGen.mapLazily(List.of("a", "bb", "ccc"), String::length, log)
        .limit(2).collect(Collectors.toList()));
    assertEquals(List.of("map a", "map bb"), log);
  }

  @Test
  void intersectionBound() {
    assertYields(GenericTemplatesGen.runningMax(List.of(3, 1, 5, 2)), 3, 3, 5, 5);
    assertYields(GenericTemplatesGen.runningMax(List.of(new BigDecimal("1.5"), new BigDecimal("0.5"))),
        new BigDecimal("1.5"), new BigDecimal("1.5"));
  }

  @Test
  void genericArray() {
    assertYields(GenericTemplatesGen.reversed(new String[] {"a", "b", "c"}), "c", "b", "a");
  }

  @Test
  void wildcardParameters() {
    Iterator<Number> it = GenericTemplatesGen.interleave(List.of(1, 2, 3), List.of(0.5));
    assertYields(it, 1, 0.5, 2, 3);
  }

  @Test
  void enumBound() {
    assertYields(GenericTemplatesGen.constants(TimeUnit.class), TimeUnit.values());
  }

  @Test
  void genericEnclosingType() {
    Box<String> box = new Box<>("a");
    box.set("b");
    box.set("c");
    assertYields(BoxGen.valueThenHistory(box), "c", "a", "b");
    assertYields(BoxGen.map(box, String::toUpperCase), "C", "A", "B");
  }

  @Test
  void classTypeParametersComeBeforeTheMethodsOwn() {
    Box<String> box = new Box<>("v");
    Iterable<Map.Entry<String, Integer>> pairs = BoxGen.<String, Integer>pairWith(box, List.of(1, 2));
    assertYields(pairs, Map.entry("v", 1), Map.entry("v", 2));
  }

  @Test
  void methodTypeParameterShadowingTheClasss() {
    assertYields(ShadowingGen.both(new Shadowing<>("v"), 5, List.of(6)), "v", 5, 6);
  }

  @Test
  void abstractReceiverAndInheritedMemberTypes() {
    Walker walker = new Walker() {
      @Override
      List<String> children() {
        return List.of("x", "y");
      }
    };
    assertYields(WalkerGen.walk(walker), "<x>", "x", "<y>", "y");
  }

  @Test
  void staticGenericTemplateInAGenericClass() {
    assertYields(BoxGen.ascending(List.of("b", "c", "a")), "a", "b", "c");
  }
}
