package dev.statecraft.tests.diagnostics;

import static dev.statecraft.tests.diagnostics.Templates.assertOnlyErrorAt;
import static dev.statecraft.tests.diagnostics.Templates.compile;
import static dev.statecraft.tests.diagnostics.Templates.template;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The body runs in the sibling {@code ...Gen} class, which reaches only what package-private code
 * of the same package can. A use of a private member of the enclosing type (or of an outer type,
 * from a nested type's template) is an error on that use saying to widen it to package-private;
 * a super call ({@code super.m()}, {@code Iface.super.m()}, also inside a lambda) is an error on
 * the call, and a use of the outer instance from an inner class's template ({@code Outer.this},
 * or an outer member by its simple name) is an error on that use.
 */
class AccessTest {
  private static final List<String> WIDEN =
      List.of("Widen it to package-private (remove `private`)");

  @Test
  void privateField() {
    JavaFileObject file = template("Fields",
        "class Fields {",
        "  private int count;",
        "  @Generator",
        "  Iterable<Integer> values() {",
        "    yieldReturn(count);",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftPrivateAccess]",
        List.of("Field Fields.count is private",
            "Widen it to package-private (remove `private`) so the generated FieldsGen can use it"),
        "yieldReturn(count);", "count");
  }

  @Test
  void privateFieldThroughThis() {
    JavaFileObject file = template("ThisFields",
        "class ThisFields {",
        "  private int count;",
        "  @Generator",
        "  Iterable<Integer> values() {",
        "    this.count++;",
        "    yieldReturn(1);",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftPrivateAccess]",
        concat("Field ThisFields.count is private"),
        "this.count++;", "this.count");
  }

  @Test
  void privateMethod() {
    JavaFileObject file = template("Methods",
        "class Methods {",
        "  private static int next() { return 1; }",
        "  @Generator",
        "  static Iterable<Integer> values() {",
        "    yieldReturn(next());",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftPrivateAccess]",
        concat("Method Methods.next() is private", "so the generated MethodsGen can use it"),
        "yieldReturn(next());", "next");
  }

  @Test
  void privateMethodInsideLambdaOfTemplate() {
    // The lambda is copied into the generated class too, so the same rule applies inside it.
    JavaFileObject file = template("LambdaMethods",
        "class LambdaMethods {",
        "  private static int twice(int x) { return 2 * x; }",
        "  @Generator",
        "  static Stream<Integer> values(List<Integer> xs) {",
        "    yieldAll(xs.stream().map(x -> twice(x)));",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftPrivateAccess]",
        concat("Method LambdaMethods.twice() is private"),
        "yieldAll(xs.stream()", "twice");
  }

  @Test
  void privateConstructor() {
    JavaFileObject file = template("Constructors",
        "class Constructors {",
        "  private Constructors(int seed) {}",
        "  Constructors() {}",
        "  @Generator",
        "  static Iterable<Constructors> values() {",
        "    yieldReturn(new Constructors(1));",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftPrivateAccess]",
        concat("The constructor of Constructors is private"),
        "yieldReturn(new Constructors(1));", "new Constructors(1)");
  }

  @Test
  void privateNestedType() {
    JavaFileObject file = template("Types",
        "class Types {",
        "  private static final class Secret {}",
        "  @Generator",
        "  static Iterable<Object> values() {",
        "    Object s = new Object();",
        "    yieldReturn(s instanceof Secret);",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftPrivateAccess]",
        concat("Type Secret is private"),
        "yieldReturn(s instanceof Secret);", "Secret");
  }

  @Test
  void privateFieldOfOuterTypeFromNestedTemplate() {
    JavaFileObject file = template("Outer",
        "class Outer {",
        "  private static int limit = 3;",
        "  static class Nested {",
        "    @Generator",
        "    static Iterable<Integer> values() {",
        "      for (int i = 0; i < limit; i++) {",
        "        yieldReturn(i);",
        "      }",
        "      return done();",
        "    }",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftPrivateAccess]",
        concat("Field Outer.limit is private", "so the generated Outer_NestedGen can use it"),
        "i < limit", "limit");
  }

  @Test
  void privateMethodOfOuterTypeFromNestedTemplate() {
    JavaFileObject file = template("Host",
        "class Host {",
        "  private int weight() { return 3; }",
        "  static class Part {",
        "    @Generator",
        "    static Iterable<Integer> values(Host host) {",
        "      yieldReturn(host.weight());",
        "      return done();",
        "    }",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftPrivateAccess]",
        concat("Method Host.weight() is private", "Host_PartGen"),
        "yieldReturn(host.weight());", "host.weight");
  }

  @Test
  void protectedMemberOfSuperclassInAnotherPackage() {
    JavaFileObject base = JavaFileObjects.forSourceLines("q.Base",
        "package q;",
        "public class Base {",
        "  protected int guarded() { return 1; }",
        "}");
    JavaFileObject file = template("Derived",
        "class Derived extends q.Base {",
        "  @Generator",
        "  Iterable<Integer> values() {",
        "    yieldReturn(guarded());",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(base, file);
    assertOnlyErrorAt(compilation, file, "[StatecraftPrivateAccess]",
        List.of("Method Base.guarded() is not accessible", "protected in another package",
            "call it through a package-private helper of Derived"),
        "yieldReturn(guarded());", "guarded");
  }

  @Test
  void superCall() {
    JavaFileObject file = template("Child",
        "class Parent {",
        "  int size() { return 1; }",
        "}",
        "class Child extends Parent {",
        "  @Override int size() { return 2; }",
        "  @Generator",
        "  Iterable<Integer> values() {",
        "    yieldReturn(super.size());",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftSuperCall]",
        List.of("super.size() cannot be called from the generated sibling class",
            "Call it from a helper method of Child"),
        "yieldReturn(super.size());", "super.size()");
  }

  @Test
  void superCallInsideLambda() {
    // super in a lambda of the template still means the template's superclass, and the lambda
    // is copied into the generated class.
    JavaFileObject file = template("LambdaSuper",
        "class Base {",
        "  int size() { return 1; }",
        "}",
        "class LambdaSuper extends Base {",
        "  @Generator",
        "  Iterable<Integer> values() {",
        "    Supplier<Integer> s = () -> super.size();",
        "    yieldReturn(s.get());",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftSuperCall]",
        List.of("super.size() cannot be called from the generated sibling class"),
        "() -> super.size()", "super.size()");
  }

  @Test
  void interfaceSuperCall() {
    JavaFileObject file = template("InterfaceSuper",
        "interface Sized {",
        "  default int size() { return 1; }",
        "}",
        "class InterfaceSuper implements Sized {",
        "  @Generator",
        "  Iterable<Integer> values() {",
        "    yieldReturn(Sized.super.size());",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftSuperCall]",
        List.of("super.size() cannot be called from the generated sibling class"),
        "yieldReturn(Sized.super.size());", "Sized.super.size()");
  }

  @Test
  void superFieldAccess() {
    JavaFileObject file = template("Child",
        "class Parent {",
        "  int size = 1;",
        "}",
        "class Child extends Parent {",
        "  int size = 2;",
        "  @Generator",
        "  Iterable<Integer> values() {",
        "    yieldReturn(this.size);",
        "    super.size += 1;",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftSuperField]",
        List.of("super.size cannot be reached from the generated sibling class",
            "Write ((Parent) this).size", "or read it in a helper method of Child"),
        "    super.size += 1;", "super.size");
  }

  @Test
  void outerThisInInnerClassTemplate() {
    JavaFileObject file = template("Shelf",
        "class Shelf {",
        "  int books = 2;",
        "  class Row {",
        "    @Generator",
        "    Iterable<Integer> values() {",
        "      yieldReturn(Shelf.this.books);",
        "      return done();",
        "    }",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftOuterThis]",
        List.of("Shelf.this cannot be reached from the generated sibling class",
            "Pass the outer instance as a parameter, or move the template to Shelf"),
        "yieldReturn(Shelf.this.books);", "Shelf.this");
  }

  @Test
  void outerFieldBySimpleNameInInnerClassTemplate() {
    // books here is Library.this.books.
    JavaFileObject file = template("Library",
        "class Library {",
        "  int books = 2;",
        "  class Aisle {",
        "    @Generator",
        "    Iterable<Integer> values() {",
        "      yieldReturn(books);",
        "      return done();",
        "    }",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftOuterThis]",
        List.of("Library.this cannot be reached from the generated sibling class"),
        "yieldReturn(books);", "books");
  }

  @Test
  void outerMethodBySimpleNameInInnerClassTemplate() {
    JavaFileObject file = template("Archive",
        "class Archive {",
        "  int count() { return 2; }",
        "  class Box {",
        "    @Generator",
        "    Iterable<Integer> values() {",
        "      yieldReturn(count());",
        "      return done();",
        "    }",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftOuterThis]",
        List.of("Archive.this cannot be reached from the generated sibling class"),
        "yieldReturn(count());", "count");
  }

  private static List<String> concat(String... texts) {
    List<String> all = new java.util.ArrayList<>(List.of(texts));
    all.addAll(WIDEN);
    return all;
  }
}
