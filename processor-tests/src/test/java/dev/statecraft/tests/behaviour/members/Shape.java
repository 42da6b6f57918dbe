package dev.statecraft.tests.behaviour.members;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.Locale;

/** Templates as static and default methods of an interface (DESIGN.md). */
interface Shape {
  double SCALE = 2.0;

  String name();

  double area();

  default String title() {
    return "Shape " + name();
  }

  static String format(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }

  /** A default-method template: the factory takes the receiver, {@code ShapeGen.describe(Shape self)}. */
  @Generator
  default Iterable<String> describe() {
    yieldReturn(name());
    yieldReturn(format(area()));
    yieldReturn(format(area() * SCALE));
    yieldReturn(title());
    yieldReturn(this.name() + "!");
    return done();
  }

  @Generator
  static Iterable<Integer> sides(int max) {
    for (int i = 3; i <= max; i++) {
      yieldReturn(i);
    }
    return done();
  }
}
