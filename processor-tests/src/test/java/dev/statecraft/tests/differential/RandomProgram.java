package dev.statecraft.tests.differential;

import dev.statecraft.tests.differential.ProgramAst.Block;
import dev.statecraft.tests.differential.ProgramAst.If;
import dev.statecraft.tests.differential.ProgramAst.Loop;
import dev.statecraft.tests.differential.ProgramAst.Simple;
import dev.statecraft.tests.differential.ProgramAst.Stmt;
import dev.statecraft.tests.differential.ProgramAst.Switch;
import dev.statecraft.tests.differential.ProgramAst.SwitchExprDecl;
import dev.statecraft.tests.differential.ProgramAst.Try;

/**
 * A random template made by {@link ProgramGenerator}: its seed, class name, return type and body,
 * printed as a compilation unit (with the members and the {@code Res} resource class its
 * statements use), and as the reference stand-in for its generated factory class.
 */
final class RandomProgram {
  /** The template's declared return type and what its elements are. */
  enum ReturnType {
    ITERABLE_OBJECT("Iterable<Object>", Elem.OBJECT, 6),
    ITERATOR_OBJECT("Iterator<Object>", Elem.OBJECT, 2),
    STREAM_OBJECT("Stream<Object>", Elem.OBJECT, 2),
    ITERABLE_INTEGER("Iterable<Integer>", Elem.INTEGER, 2),
    ITERATOR_STRING("Iterator<String>", Elem.STRING, 1),
    STREAM_STRING("Stream<String>", Elem.STRING, 1),
    ITERABLE_LONG("Iterable<Long>", Elem.LONG_BOXED, 1),
    ITERABLE_NUMBER("Iterable<? extends Number>", Elem.NUMBER, 1),
    INT_STREAM("IntStream", Elem.INT, 1),
    OF_INT("PrimitiveIterator.OfInt", Elem.INT, 1),
    LONG_STREAM("LongStream", Elem.LONG, 1),
    OF_LONG("PrimitiveIterator.OfLong", Elem.LONG, 1),
    DOUBLE_STREAM("DoubleStream", Elem.DOUBLE, 1),
    OF_DOUBLE("PrimitiveIterator.OfDouble", Elem.DOUBLE, 1),
    // @Async templates: the element type is the result's.
    FUTURE_OBJECT("CompletableFuture<Object>", Elem.OBJECT, 3, true),
    STAGE_OBJECT("CompletionStage<Object>", Elem.OBJECT, 2, true),
    FUTURE_INTEGER("CompletableFuture<Integer>", Elem.INTEGER, 2, true),
    STAGE_STRING("CompletionStage<String>", Elem.STRING, 1, true);

    final String declared;
    final Elem elem;
    final int weight;
    final boolean async;

    ReturnType(String declared, Elem elem, int weight) {
      this(declared, elem, weight, false);
    }

    ReturnType(String declared, Elem elem, int weight, boolean async) {
      this.declared = declared;
      this.elem = elem;
      this.weight = weight;
      this.async = async;
    }
  }

  enum Elem { OBJECT, INTEGER, STRING, LONG_BOXED, NUMBER, INT, LONG, DOUBLE }

  final long seed;
  final String className;
  final ReturnType returnType;
  final Block body;
  /** Whether the body delegates to its own factory ({@code yieldAll(RGen.gen(...))}). */
  final boolean recursive;
  /** The class name the body was generated for (its recursive calls name {@code <it>Gen}). */
  final String generatedAs;
  /** Whether the template declares {@code throws Exception} (and throws checked ones). */
  boolean checked;
  /** Whether the template is an instance method (its factory takes the receiver first). */
  boolean instance;

  RandomProgram(long seed, String className, ReturnType returnType, Block body, boolean recursive,
      String generatedAs) {
    this.seed = seed;
    this.className = className;
    this.returnType = returnType;
    this.body = body;
    this.recursive = recursive;
    this.generatedAs = generatedAs;
  }

  /**
   * For the reference compilation of a recursive template: a stand-in for the generated
   * factory class that starts a reference generator.
   */
  String referenceFactorySource() {
    return String.join("\n",
        "package rnd;",
        "",
        "import java.util.List;",
        "import java.util.PrimitiveIterator;",
        "import java.util.Iterator;",
        "import java.util.stream.*;",
        "",
        "final class " + className + "Gen {",
        "  static " + returnType.declared + " gen(" + (instance ? className + " self, " : "")
            + "int n, List<String> log) {",
        "    return (" + returnType.declared.replace("? extends Number", "Number")
            + ") dev.statecraft.runtime.Coroutines.referenceFactory(\"rnd." + className
            + "#gen\", new Object[] {" + (instance ? "self, " : "") + "n, log});",
        "  }",
        "}",
        "");
  }

  boolean async() {
    return returnType.async;
  }

  /**
   * Whether a suspension point stands inside a finally block: closing such a generator there
   * runs the rest of that finally (DESIGN.md), which the reference execution cannot mimic, so
   * its runs do not close it midway.
   */
  boolean suspendsInFinally() {
    return suspendsInFinally(body, false);
  }

  private static boolean suspendsInFinally(Stmt s, boolean inFinally) {
    if (inFinally && suspends(s)) {
      return true;
    }
    if (s instanceof Try) {
      Try t = (Try) s;
      for (Stmt child : t.children()) {
        if (suspendsInFinally(child, inFinally || child == t.finallyBlock)) {
          return true;
        }
      }
      return false;
    }
    for (Stmt child : s.children()) {
      if (suspendsInFinally(child, inFinally)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text of {@code s} itself (not its sub-statements) has a suspension point. */
  private static boolean suspends(Stmt s) {
    String text;
    if (s instanceof Simple) {
      text = String.join("\n", ((Simple) s).lines);
    } else if (s instanceof Loop) {
      text = ((Loop) s).header;
    } else if (s instanceof If) {
      text = ((If) s).condition;
    } else if (s instanceof Switch) {
      text = ((Switch) s).selector;
    } else if (s instanceof SwitchExprDecl) {
      StringBuilder sb = new StringBuilder(((SwitchExprDecl) s).head);
      for (SwitchExprDecl.Arm a : ((SwitchExprDecl) s).arms) {
        sb.append(a.expression());
      }
      text = sb.toString();
    } else {
      return false;
    }
    return text.contains("yieldReturn(") || text.contains("yieldAll(")
        || text.contains("await(");
  }

  String source() {
    ProgramAst.Out out = new ProgramAst.Out(2);
    body.printContents(out);
    String bodyText = out.toString()
        .replaceAll("\\b" + generatedAs + "(?=Gen\\.|\\.)", className);
    String throwsClause = checked ? " throws Exception" : "";
    String modifiers = instance ? "  " : "  static ";
    String signature = async()
        ? modifiers + returnType.declared
            + " gen(int n, List<CompletableFuture<Integer>> fs, List<String> log)"
            + throwsClause + " {"
        : modifiers + returnType.declared + " gen(int n, List<String> log)" + throwsClause
            + " {";
    return String.join("\n",
        "package rnd;",
        "",
        "import static dev.statecraft.runtime.Coroutines.*;",
        "import static java.util.concurrent.CompletableFuture.completedFuture;",
        "",
        "import dev.statecraft.Async;",
        "import dev.statecraft.Generator;",
        "import java.io.IOException;",
        "import java.util.Arrays;",
        "import java.util.Iterator;",
        "import java.util.List;",
        "import java.util.PrimitiveIterator;",
        "import java.util.concurrent.CompletableFuture;",
        "import java.util.concurrent.CompletionStage;",
        "import java.util.function.IntSupplier;",
        "import java.util.stream.DoubleStream;",
        "import java.util.stream.IntStream;",
        "import java.util.stream.LongStream;",
        "import java.util.stream.Stream;",
        "",
        "/** Random template, seed " + seed + " (-Dstatecraft.seed=" + seed + "). */",
        "class " + className + " {",
        "  enum Color { RED, GREEN, BLUE }",
        "",
        "  int field = 3;",
        "  static int shared;",
        "",
        "  int twice(int x) {",
        "    return 2 * x + field;",
        "  }",
        "",
        "  static int thrice(int x) {",
        "    return 3 * x;",
        "  }",
        "",
        "  /** A resource that logs its opening and closing. */",
        "  static final class Res implements AutoCloseable {",
        "    final String name;",
        "    final List<String> log;",
        "",
        "    Res(String name, List<String> log) {",
        "      this.name = name;",
        "      this.log = log;",
        "      log.add(\"open \" + name);",
        "    }",
        "",
        "    @Override",
        "    public void close() {",
        "      log.add(\"close \" + name);",
        "    }",
        "  }",
        "",
        async() ? "  @Async" : "  @Generator",
        signature,
        bodyText + "  }",
        "}",
        "");
  }
}
