package dev.statecraft.tests.behaviour.members;

import static dev.statecraft.tests.behaviour.Sequences.assertYields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Receiver members named like machine members are the receiver's (DESIGN.md: no clashes). */
class MemberNamesTest {
  @Test
  void fieldsNamedLikeMachineFields() {
    MemberNameTemplates m = new MemberNameTemplates();
    assertYields(MemberNameTemplatesGen.fields(m), "7 cur true", "20 changed 20");
    assertEquals(20, m.state);
    assertEquals("changed", m.current);
  }

  @Test
  void methodsNamedLikeIteratorMethods() {
    MemberNameTemplates m = new MemberNameTemplates();
    assertYields(MemberNameTemplatesGen.methods(m),
        "next 7", "next 8", "next 9", "resumed", "closing false", "consumed del 3");
    assertFalse(m.closing);
  }

  @Test
  void nestedTypeNamedLikeAMachine() {
    assertYields(MemberNameTemplatesGen.walk(), "hello", "hello!");
  }
}
