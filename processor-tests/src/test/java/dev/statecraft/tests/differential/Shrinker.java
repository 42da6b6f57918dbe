package dev.statecraft.tests.differential;

/** Placeholder, replaced below. */
final class Shrinker {
  Shrinker(Differential d) {}

  String shrink(ProgramGenerator.Program p, TemplateCase c) {
    return "";
  }
}
