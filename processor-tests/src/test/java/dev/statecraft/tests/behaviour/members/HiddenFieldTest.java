package dev.statecraft.tests.behaviour.members;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HiddenFieldTest {
  @Test
  void castToTheBaseReachesTheHiddenField() {
    HiddenFieldTemplates.Derived derived = new HiddenFieldTemplates.Derived();
    List<Integer> sizes = new ArrayList<>();
    HiddenFieldTemplates_DerivedGen.sizes(derived).forEach(sizes::add);
    assertEquals(List.of(1, 2, 11), sizes);
    assertEquals(11, ((HiddenFieldTemplates.Base) derived).size);
    assertEquals(2, derived.size);
  }
}
