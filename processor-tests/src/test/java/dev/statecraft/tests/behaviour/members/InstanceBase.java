package dev.statecraft.tests.behaviour.members;

/** A superclass whose members instance templates of {@link InstanceTemplates} use unqualified. */
class InstanceBase {
  protected int baseCalls;

  protected String baseName() {
    baseCalls++;
    return "base";
  }

  String describe() {
    return "InstanceBase";
  }
}
