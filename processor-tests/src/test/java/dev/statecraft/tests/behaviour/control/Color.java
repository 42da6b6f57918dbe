package dev.statecraft.tests.behaviour.control;

/** A top-level enum the switch templates select on. */
enum Color {
  RED,
  GREEN,
  BLUE
}
