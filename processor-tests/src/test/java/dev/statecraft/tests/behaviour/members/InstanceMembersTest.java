package dev.statecraft.tests.behaviour.members;

import static dev.statecraft.tests.behaviour.Sequences.assertYields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Iterator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InstanceMembersTest {
  @BeforeEach
  void resetStatics() {
    InstanceTemplates.created = 0;
    InstanceTemplates.suffix = "!";
  }

  @Test
  void fieldsAndMethodsOfTheReceiver() {
    InstanceTemplates t = new InstanceTemplates("n");
    assertYields(InstanceTemplatesGen.labels(t, 3), "n0", "n1", "n2", "N!", "n!!");
    assertEquals(3, t.calls, "the body mutates the receiver itself");
  }

  @Test
  void fieldsAreReadLiveAfterEachResume() {
    InstanceTemplates t = new InstanceTemplates("n");
    Iterator<String> it = InstanceTemplatesGen.labels(t, 3).iterator();
    assertEquals("n0", it.next());
    t.step = 10;
    assertEquals("n10", it.next());
    t.name = "m";
    InstanceTemplates.suffix = "?";
    assertEquals("m20", it.next());
    assertEquals("M?", it.next());
  }

  @Test
  void overridingMethodsAreCalledDynamically() {
    InstanceTemplates sub = new InstanceTemplates("s") {
      @Override
      String label(int v) {
        return "sub" + v;
      }
    };
    assertYields(InstanceTemplatesGen.labels(sub, 2), "sub0", "sub1", "S!", "s!!");
  }

  @Test
  void thisIsTheReceiver() {
    InstanceTemplates t = new InstanceTemplates("me");
    Iterator<Object> it = InstanceTemplatesGen.itself(t).iterator();
    assertSame(t, it.next());
    assertEquals("me", it.next());
    assertSame(t, it.next());
  }

  @Test
  void parameterShadowsAField() {
    InstanceTemplates t = new InstanceTemplates("field");
    assertYields(InstanceTemplatesGen.rename(t, "param"), "param", "field", "param", "local param");
    assertEquals("param", t.name);
  }

  @Test
  void inheritedMembers() {
    InstanceTemplates t = new InstanceTemplates("x");
    assertYields(InstanceTemplatesGen.inherited(t), "base", "base2", "Instance x");
  }

  @Test
  void lambdasAndMethodReferencesUseTheReceiver() {
    InstanceTemplates t = new InstanceTemplates("l");
    assertYields(InstanceTemplatesGen.lambdas(t), "l0", "l5", "l5", "l7");
  }

  @Test
  void anonymousClassReadsReceiverFieldsWhenItRuns() {
    InstanceTemplates t = new InstanceTemplates("first");
    assertYields(InstanceTemplatesGen.anonymousReadsFields(t), "anon of first", "anon of changed");
  }

  @Test
  void compoundAssignmentsToFields() {
    InstanceTemplates t = new InstanceTemplates("c");
    assertYields(InstanceTemplatesGen.counters(t), 11, 3, 3);
    assertEquals(11, InstanceTemplates.created);
  }

  @Test
  void staticTemplateCreatingInstances() {
    assertYields(InstanceTemplatesGen.factoryOfInstances("a", "b"), "a1", "A!", "b2", "B!");
  }
}
