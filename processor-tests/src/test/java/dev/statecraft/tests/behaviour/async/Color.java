package dev.statecraft.tests.behaviour.async;

enum Color {
  RED,
  GREEN,
  BLUE
}
