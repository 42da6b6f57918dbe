package dev.statecraft.tests.behaviour.members;

import static dev.statecraft.tests.behaviour.Sequences.assertYields;

import java.util.List;
import org.junit.jupiter.api.Test;

class InterfaceTemplatesTest {
  record Circle(double r) implements Shape {
    @Override
    public String name() {
      return "circle";
    }

    @Override
    public double area() {
      return 3 * r * r;
    }
  }

  /** Overrides the default title(): the template must call it virtually. */
  record Square(double side) implements Shape {
    @Override
    public String name() {
      return "square";
    }

    @Override
    public double area() {
      return side * side;
    }

    @Override
    public String title() {
      return "SQUARE";
    }
  }

  @Test
  void defaultMethodTemplate() {
    assertYields(ShapeGen.describe(new Circle(1)), "circle", "3.0", "6.0", "Shape circle", "circle!");
    assertYields(ShapeGen.describe(new Square(2)), "square", "4.0", "8.0", "SQUARE", "square!");
  }

  @Test
  void staticInterfaceTemplate() {
    assertYields(ShapeGen.sides(5), 3, 4, 5);
  }

  @Test
  void genericInterfaceDefaultTemplates() {
    Source<String> source = () -> List.of("a", "b");
    assertYields(SourceGen.twice(source), "a", "a", "b", "b");
    assertYields(SourceGen.mapped(source, s -> s + s), "aa", "bb");
  }
}
