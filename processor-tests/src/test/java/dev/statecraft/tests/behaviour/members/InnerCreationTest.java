package dev.statecraft.tests.behaviour.members;

import static dev.statecraft.tests.behaviour.Sequences.assertYields;

import org.junit.jupiter.api.Test;

class InnerCreationTest {
  @Test
  void newInnerUsesTheReceiverAsEnclosingInstance() {
    assertYields(InnerCreationTemplatesGen.implicitOuter(new InnerCreationTemplates()), "inner of o", "inner of changed");
  }

  @Test
  void qualifiedInnerCreation() {
    assertYields(InnerCreationTemplatesGen.explicitOuter(new InnerCreationTemplates()), "inner of o", "inner of other");
  }

  @Test
  void explicitTypeArgumentsThroughThis() {
    assertYields(InnerCreationTemplatesGen.explicitTypeArgument(new InnerCreationTemplates()), "conv", "conv1");
  }
}
