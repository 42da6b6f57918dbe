package dev.statecraft.tests.differential;

import dev.statecraft.tests.differential.ProgramAst.Block;
import dev.statecraft.tests.differential.ProgramAst.If;
import dev.statecraft.tests.differential.ProgramAst.Jump;
import dev.statecraft.tests.differential.ProgramAst.Labeled;
import dev.statecraft.tests.differential.ProgramAst.Loop;
import dev.statecraft.tests.differential.ProgramAst.Simple;
import dev.statecraft.tests.differential.ProgramAst.Stmt;
import dev.statecraft.tests.differential.ProgramAst.Switch;
import dev.statecraft.tests.differential.ProgramAst.SwitchExprDecl;
import dev.statecraft.tests.differential.ProgramAst.Try;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates random, always terminating, valid {@code @Generator} templates from a seed:
 * nestings of while/for/do/for-each loops, if/else chains, switch statements of both forms (int,
 * String and enum selectors, fallthrough), switch expressions (with yields in block arms), labelled
 * blocks and loops with labelled break/continue, blocks, local declarations (including sibling
 * scopes reusing a name with another type, {@code var}, declarations assigned later), updates,
 * lambdas capturing locals, instanceof patterns, {@code log.add} side effects, {@code yieldReturn}
 * and {@code yieldAll}, {@code if (...) return done();}, thrown exceptions, and try/catch/finally
 * without suspension points inside.
 *
 * <p>Validity is by construction, not by filtering: every loop runs a counter that only its header
 * (or its first statement) advances, so every {@code continue} still makes progress; nothing is
 * emitted after a statement that cannot complete normally (JLS 14.22 via {@link ProgramAst});
 * every local is initialised at its declaration or on every path before use; names never clash
 * with a visible one; jumps only target enclosing statements and never leave a switch expression.
 */
final class ProgramGenerator {
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

  private enum VType { INT, LONG, STRING, BOOL, SUPPLIER, ARRAY, RECORD }

  private record Var(String name, VType type, boolean mutable) {}

  private static final class Scope {
    final List<Var> vars = new ArrayList<>();
    /** Local record types declared in this scope: {@code record RecN(int a, String b)}. */
    final List<String> records = new ArrayList<>();
    /** Names declared earlier in an enclosing switch block's groups: taken, not usable. */
    final Set<String> reserved = new HashSet<>();
  }

  /** An enclosing statement a jump may target. */
  private static final class Target {
    final Stmt node; // the loop / switch / labelled block itself
    final Labeled labeled; // its label, or null
    final boolean loop;
    final boolean switchStatement;
    final boolean barrier; // a switch expression: no jump leaves it

    Target(Stmt node, Labeled labeled, boolean loop, boolean switchStatement, boolean barrier) {
      this.node = node;
      this.labeled = labeled;
      this.loop = loop;
      this.switchStatement = switchStatement;
      this.barrier = barrier;
    }
  }

  /** A generated template. */
  static final class Program {
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

    Program(long seed, String className, ReturnType returnType, Block body, boolean recursive,
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
          "  static " + returnType.declared + " gen(int n, List<String> log) {",
          "    return (" + returnType.declared.replace("? extends Number", "Number")
              + ") dev.statecraft.runtime.Coroutines.referenceFactory(\"rnd." + className
              + "#gen\", new Object[] {n, log});",
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
      String bodyText = out.toString().replace(generatedAs + "Gen.", className + "Gen.");
      String throwsClause = checked ? " throws Exception" : "";
      String signature = async()
          ? "  static " + returnType.declared
              + " gen(int n, List<CompletableFuture<Integer>> fs, List<String> log)"
              + throwsClause + " {"
          : "  static " + returnType.declared + " gen(int n, List<String> log)" + throwsClause
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

  private static final String[] COLORS = {"RED", "GREEN", "BLUE"};

  private final Random r;
  private final long seed;
  private final Deque<Scope> scopes = new ArrayDeque<>();
  private final List<String> retiredNames = new ArrayList<>();
  private final Deque<Target> targets = new ArrayDeque<>();
  private ReturnType returnType;
  private int nextId;
  private int budget;
  private int depth;
  private int loopDepth;
  private boolean noSuspend;
  private boolean recursive;
  private int recursions;
  private boolean checked;
  /** Declarations that must precede the statement being generated (Java 9 resources). */
  private final List<Stmt> pendingDeclarations = new ArrayList<>();
  /** The depth of the statements directly in the innermost old-style switch group, or -1. */
  private int oldGroupDepth = -1;

  /** Whether to generate an {@code @Async} template (awaits) instead of a generator. */
  private final boolean async;
  /** Whether suspension points may stand inside try/catch/finally. */
  private final boolean suspendInTry;
  /** While generating a finally block that may run during a close: no throw, no jump out. */
  private boolean inFinally;

  ProgramGenerator(long seed) {
    this(seed, false, false);
  }

  ProgramGenerator(long seed, boolean async, boolean suspendInTry) {
    this.seed = seed;
    this.async = async;
    this.suspendInTry = suspendInTry;
    this.r = new Random(seed * 0x9E3779B97F4A7C15L + 17);
  }

  private String className;

  Program generate(String className) {
    this.className = className;
    returnType = pickReturnType();
    budget = r.nextInt(10) == 0 ? 30 + r.nextInt(60) : 8 + r.nextInt(40);
    Scope top = new Scope();
    top.vars.add(new Var("n", VType.INT, true));
    scopes.push(top);
    Block body = new Block();
    recursive = !async && r.nextInt(5) == 0;
    checked = r.nextInt(4) == 0;
    if (recursive) {
      // The depth of the recursion: each level's original n, one less per level.
      body.stmts.add(decl("int depth = n;"));
      declare("depth", VType.INT, false);
    }
    while (budget > 0 && (body.stmts.isEmpty() || body.completes())) {
      statement(body.stmts);
    }
    if (body.completes()) {
      if (r.nextInt(3) == 0) {
        body.stmts.add(new Simple(logStatement()));
      }
      body.stmts.add(exitStatement());
    }
    Program program = new Program(seed, className, returnType, body, recursive, className);
    program.checked = checked;
    return program;
  }

  private ReturnType pickReturnType() {
    int total = 0;
    for (ReturnType t : ReturnType.values()) {
      total += t.async == async ? t.weight : 0;
    }
    int pick = r.nextInt(total);
    for (ReturnType t : ReturnType.values()) {
      pick -= t.async == async ? t.weight : 0;
      if (pick < 0) {
        return t;
      }
    }
    throw new AssertionError();
  }

  // ------------------------------------------------------------------ statements

  /** Appends one statement (or a declaration and a statement) to {@code into}. */
  private void statement(List<Stmt> into) {
    budget--;
    boolean compound = depth < 4 && budget > 0;
    int roll = r.nextInt(100);
    if (roll < 14) {
      into.add(new Simple(logStatement()));
    } else if (roll < 30) {
      if (noSuspend) {
        into.add(new Simple(logStatement()));
      } else {
        into.add(new Simple(yieldStatement()));
      }
    } else if (roll < 38) {
      declaration(into);
    } else if (roll < 44) {
      Simple update = update();
      into.add(update != null ? update : new Simple(logStatement()));
    } else if (roll < 48) {
      into.add(conditionalExit());
    } else if (!compound) {
      into.add(new Simple(noSuspend ? logStatement() : yieldStatement()));
    } else if (roll < 60) {
      into.add(ifStatement());
    } else if (roll < 74) {
      loop(into);
    } else if (roll < 82) {
      into.add(switchStatement());
    } else if (roll < 85) {
      into.add(labeledBlock());
    } else if (roll < 87) {
      into.add(nestedBlock());
    } else if (roll < 91) {
      List<Stmt> before = new ArrayList<>(pendingDeclarations);
      pendingDeclarations.clear();
      Stmt t = tryStatement();
      into.addAll(pendingDeclarations);
      pendingDeclarations.clear();
      pendingDeclarations.addAll(before);
      into.add(t);
    } else if (roll < 94) {
      if (depth == oldGroupDepth) {
        // javac 17 emits unverifiable bytecode for a switch-expression declaration directly in
        // an old-style switch group that falls through (the next case sees its slot as set).
        declaration(into);
      } else {
        switchExpression(into);
      }
    } else if (roll < 95) {
      capture(into);
    } else if (roll < 96) {
      pattern(into);
    } else if (roll < 97) {
      lateAssignment(into);
    } else if (roll < 98) {
      localRecord(into);
    } else if (recursive && recursions < 2 && loopDepth == 0 && !noSuspend) {
      recursions++;
      If guard = new If("depth > 0");
      String call = className + "Gen.gen(depth - " + (1 + r.nextInt(2)) + ", log)";
      boolean primitiveStream = returnType == ReturnType.INT_STREAM
          || returnType == ReturnType.LONG_STREAM || returnType == ReturnType.DOUBLE_STREAM;
      guard.then = new Simple("yieldAll(" + call + (primitiveStream ? ".iterator()" : "") + ");");
      into.add(guard);
    } else {
      arrayDeclaration(into);
    }
  }

  /** A block of 1..max statements in a new scope, maybe ending in an unconditional jump. */
  private Block block(int max, boolean mayEndWithJump) {
    Block b = new Block();
    pushScope();
    depth++;
    int count = 1 + r.nextInt(max);
    for (int i = 0; i < count && (i == 0 || budget > 0); i++) {
      statement(b.stmts);
      if (!b.completes()) {
        break;
      }
    }
    if (mayEndWithJump && b.completes() && r.nextInt(6) == 0) {
      Jump j = jump(false);
      if (j != null) {
        b.stmts.add(j);
      }
    }
    depth--;
    popScope();
    return b;
  }

  /** A loop or if body: usually a block, sometimes a single simple statement. */
  private Stmt body(int max) {
    if (r.nextInt(8) == 0) {
      budget--;
      pushScope();
      Stmt single;
      int roll = r.nextInt(3);
      if (roll == 0 && !noSuspend) {
        single = new Simple(yieldStatement());
      } else if (roll == 1) {
        Jump j = jump(false);
        single = j != null ? j : new Simple(logStatement());
      } else {
        single = new Simple(logStatement());
      }
      popScope();
      return single;
    }
    return block(max, true);
  }

  private Stmt ifStatement() {
    If top = new If(bool(2));
    top.then = body(3);
    If last = top;
    while (r.nextInt(3) == 0 && budget > 0) {
      If next = new If(bool(2));
      next.then = body(3);
      last.otherwise = next;
      last = next;
    }
    if (r.nextBoolean()) {
      last.otherwise = body(3);
    }
    return top;
  }

  /** {@code if (rare) return done();} or {@code if (rare) throw ...;} or a conditional jump. */
  private Stmt conditionalExit() {
    if (inFinally) {
      return new Simple(logStatement());
    }
    If exit = new If(rareCondition());
    int roll = r.nextInt(10);
    Jump j;
    if (roll < 3 && !inSwitchExpression()) {
      j = exitStatement();
    } else if (roll < 6) {
      j = throwStatement();
    } else {
      j = jump(true);
      if (j == null) {
        j = throwStatement();
      }
    }
    exit.then = r.nextInt(4) == 0 ? wrap(j) : j;
    return exit;
  }

  private static Simple decl(String line) {
    return new Simple(line, true);
  }

  private static Block wrap(Stmt s) {
    Block b = new Block();
    b.stmts.add(s);
    return b;
  }

  private Jump throwStatement() {
    String message = "\"T" + id() + " \" + " + intExpr(1);
    if (checked && r.nextInt(3) == 0) {
      return new Jump(Jump.Kind.THROW, "throw new IOException(" + message + ");", null);
    }
    switch (r.nextInt(4)) {
      case 0:
        return new Jump(Jump.Kind.THROW,
            "throw new IllegalArgumentException(" + message + ");", null);
      case 1:
        return new Jump(Jump.Kind.THROW,
            "throw new UnsupportedOperationException(" + message + ");", null);
      default:
        return new Jump(Jump.Kind.THROW, "throw new IllegalStateException(" + message + ");", null);
    }
  }

  /**
   * An unconditional jump to a random available target: break, continue (both maybe labelled),
   * return done(), or throw. Null when {@code targetsOnly} and there is no jump target.
   */
  private Jump jump(boolean targetsOnly) {
    List<Jump> options = new ArrayList<>();
    Target breakable = null;
    Target loop = null;
    for (Target t : targets) { // innermost first
      if (t.barrier) {
        break;
      }
      if (breakable == null && (t.loop || t.switchStatement)) {
        breakable = t;
      }
      if (loop == null && t.loop) {
        loop = t;
      }
      if (t.labeled != null) {
        options.add(new Jump(Jump.Kind.BREAK, "break " + t.labeled.label + ";", t.labeled));
        if (t.loop) {
          options.add(new Jump(Jump.Kind.CONTINUE, "continue " + t.labeled.label + ";", t.node));
        }
      }
    }
    if (breakable != null) {
      options.add(new Jump(Jump.Kind.BREAK, "break;", breakable.node));
      options.add(new Jump(Jump.Kind.BREAK, "break;", breakable.node));
    }
    if (loop != null) {
      options.add(new Jump(Jump.Kind.CONTINUE, "continue;", loop.node));
      options.add(new Jump(Jump.Kind.CONTINUE, "continue;", loop.node));
    }
    if (inFinally && options.isEmpty()) {
      return null;
    }
    if (inFinally) {
      return options.get(r.nextInt(options.size()));
    }
    if (!targetsOnly || options.isEmpty()) {
      if (targetsOnly) {
        return null;
      }
      if (!inSwitchExpression()) {
        options.add(exitStatement());
      }
      options.add(throwStatement());
    }
    return options.get(r.nextInt(options.size()));
  }

  private boolean inSwitchExpression() {
    for (Target t : targets) {
      if (t.barrier) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ loops

  private void loop(List<Stmt> into) {
    if (loopDepth >= 3) {
      into.add(ifStatement());
      return;
    }
    Labeled labeled = r.nextInt(4) == 0 ? new Labeled("L" + id()) : null;
    String c = freshName("c");
    int boundValue = r.nextInt(10) == 0 ? 0 : 1 + r.nextInt(3);
    // Sometimes the parameter bounds the loop (capped, since the body may increase n).
    String bound = r.nextInt(6) == 0 ? "Math.min(n, " + boundValue + ")"
        : String.valueOf(boundValue);
    Loop loop;
    Stmt firstInBody = null; // the counter step some forms put first in the body
    Loop.Kind kind;
    int form = r.nextInt(9);
    switch (form) {
      case 0: // while (c++ < K)
        into.add(decl("int " + c + " = 0;"));
        declare(c, VType.INT, false);
        loop = new Loop(Loop.Kind.WHILE, "while (" + c + "++ < " + bound + extraCondition() + ")",
            false);
        break;
      case 1: // while (c < K) { c++; ... }
        into.add(decl("int " + c + " = 0;"));
        declare(c, VType.INT, false);
        loop = new Loop(Loop.Kind.WHILE, "while (" + c + " < " + bound + ")", false);
        firstInBody = new Simple(c + "++;");
        break;
      case 2: // while (true) { if (++c > K) break; ... }
      case 3: // for (;;) { if (c++ >= K) break; ... }
        into.add(decl("int " + c + " = 0;"));
        declare(c, VType.INT, false);
        loop = new Loop(Loop.Kind.WHILE, form == 2 ? "while (true)" : "for (;;)", true);
        If exit = new If(form == 2 ? "++" + c + " > " + bound : c + "++ >= " + bound);
        exit.then = new Jump(Jump.Kind.BREAK, "break;", loop);
        firstInBody = exit;
        break;
      case 4: // do { ... } while (++c < K);
        into.add(decl("int " + c + " = 0;"));
        declare(c, VType.INT, false);
        loop = new Loop(Loop.Kind.DO, "++" + c + " < " + bound + extraCondition(), false);
        break;
      case 5: { // for with a counter, maybe suspending in the init or the update
        // The start may be any expression (a suspension in the init too), kept in [0, 2);
        // generated before the counter is declared, which it must not read.
        String init = r.nextInt(3) == 0 ? "Math.floorMod(" + intExpr(1) + ", 2)" : "0";
        pushScope(); // the for-init variable's scope, popped after the body
        declare(c, VType.INT, false);
        String update = r.nextBoolean() ? c + "++" : "++" + c;
        if (r.nextInt(4) == 0) {
          update += ", " + (noSuspend || r.nextBoolean()
              ? "log.add(\"U" + id() + " \" + " + c + ")"
              : yieldCall());
        }
        loop = new Loop(Loop.Kind.FOR, "for (int " + c + " = " + init + "; " + c + " < " + bound
            + extraCondition() + "; " + update + ")", false);
        break;
      }
      case 6: {
        pushScope();
        declare(c, VType.INT, false);
        loop = new Loop(Loop.Kind.FOR,
            "for (int " + c + " = " + bound + "; " + c + " > 0; " + c + "--)", false);
        break;
      }
      case 7: { // for (int x : new int[] {...})
        pushScope();
        List<String> items = new ArrayList<>();
        for (int i = 0; i < boundValue; i++) {
          items.add(intExpr(1));
        }
        declare(c, VType.INT, false);
        loop = new Loop(Loop.Kind.FOREACH,
            "for (int " + c + " : new int[] {" + String.join(", ", items) + "})", false);
        break;
      }
      default: { // for (String x : List.of(...))
        pushScope();
        List<String> items = new ArrayList<>();
        for (int i = 0; i < boundValue; i++) {
          items.add(stringExpr(1));
        }
        declare(c, VType.STRING, false);
        loop = new Loop(Loop.Kind.FOREACH, "for (String " + c + " : List.<String>of("
            + String.join(", ", items) + "))", false);
        break;
      }
    }
    kind = loop.kind;
    targets.push(new Target(loop, labeled, true, false, false));
    loopDepth++;
    Block body = block(4, true);
    loopDepth--;
    targets.pop();
    if (firstInBody != null) {
      firstInBody.essential = true;
      body.stmts.add(0, firstInBody);
    }
    boolean forScope = kind == Loop.Kind.FOR || kind == Loop.Kind.FOREACH;
    if (forScope) {
      popScope();
    }
    // A single-statement body when that is all there is (and it is not the counter step).
    loop.body = body.stmts.size() == 1 && body.stmts.get(0).simple() && firstInBody == null
        && r.nextBoolean() ? body.stmts.get(0) : body;
    if (labeled != null) {
      labeled.body = loop;
      into.add(labeled);
    } else {
      into.add(loop);
    }
  }

  private String extraCondition() {
    return r.nextInt(5) == 0 ? " && " + bool(1) : "";
  }

  // ------------------------------------------------------------------ switch

  private Switch switchStatement() {
    boolean arrows = r.nextBoolean();
    int selectorKind = r.nextInt(3);
    List<String> labels = new ArrayList<>();
    String selector;
    if (selectorKind == 0) {
      int mod = 2 + r.nextInt(4);
      selector = r.nextBoolean() ? "Math.floorMod(" + intExpr(1) + ", " + mod + ")"
          : intExpr(1) + " % " + mod;
      for (int i = 0; i < mod; i++) {
        labels.add(String.valueOf(i));
      }
    } else if (selectorKind == 1) {
      int form = r.nextInt(3);
      if (form == 0) {
        selector = "\"k\" + Math.floorMod(" + intExpr(1) + ", 3)";
        labels.addAll(List.of("\"k0\"", "\"k1\"", "\"k2\""));
      } else if (form == 1) { // "Aa" and "BB" have the same hashCode
        selector = "new String[] {\"Aa\", \"BB\", \"C\"}[Math.floorMod(" + intExpr(1) + ", 3)]";
        labels.addAll(List.of("\"Aa\"", "\"BB\"", "\"C\""));
      } else {
        selector = "\"abc\".charAt(Math.floorMod(" + intExpr(1) + ", 3))";
        labels.addAll(List.of("'a'", "'b'", "'c'"));
      }
    } else {
      selector = "Color.values()[Math.floorMod(" + intExpr(1) + ", 3)]";
      labels.addAll(List.of(COLORS));
    }
    java.util.Collections.shuffle(labels, r);
    boolean withDefault = r.nextInt(3) > 0;
    // Never cover every enum constant without default: Java 21+ flow analysis would differ.
    int maxLabels = selectorKind == 2 && !withDefault ? 2 : labels.size();
    int used = Math.min(maxLabels, 1 + r.nextInt(labels.size()));
    List<String> caseLabels = new ArrayList<>();
    int i = 0;
    while (i < used) {
      int group = Math.min(used - i, r.nextInt(4) == 0 ? 2 : 1);
      caseLabels.add(String.join(", ", labels.subList(i, i + group)));
      i += group;
    }
    if (withDefault) {
      caseLabels.add(r.nextInt(caseLabels.size() + 1), "default");
    }
    Switch s = new Switch(selector, arrows);
    targets.push(new Target(s, null, false, true, false));
    pushScope(); // the switch block: group declarations stay reserved to its end
    for (int k = 0; k < caseLabels.size(); k++) {
      String l = caseLabels.get(k);
      Switch.Case c = new Switch.Case(l); // several labels print as case a, b (Java 14+)
      s.cases.add(c);
      if (arrows) {
        arrowRule(c);
      } else {
        group(c, k == caseLabels.size() - 1);
      }
    }
    popScope();
    targets.pop();
    return s;
  }

  private void group(Switch.Case c, boolean last) {
    pushScope();
    depth++;
    int outerGroupDepth = oldGroupDepth;
    oldGroupDepth = depth;
    int count = 1 + r.nextInt(3);
    for (int i = 0; i < count; i++) {
      statement(c.body.stmts);
      if (!c.body.completes()) {
        break;
      }
    }
    oldGroupDepth = outerGroupDepth;
    depth--;
    Scope groupScope = scopes.pop();
    for (Var v : groupScope.vars) {
      scopes.peek().reserved.add(v.name());
    }
    scopes.peek().reserved.addAll(groupScope.reserved);
    if (c.body.completes() && (last ? r.nextInt(3) == 0 : r.nextInt(3) > 0)) {
      c.body.stmts.add(new Jump(Jump.Kind.BREAK, "break;", targets.peek().node));
    }
  }

  private void arrowRule(Switch.Case c) {
    int roll = r.nextInt(6);
    if (roll == 0 && !noSuspend) {
      c.single = true;
      c.body.stmts.add(new Simple(yieldStatement()));
    } else if (roll == 1) {
      c.single = true;
      c.body.stmts.add(new Simple(logStatement()));
    } else if (roll == 2 && r.nextInt(3) == 0 && !inFinally) {
      c.single = true;
      c.body.stmts.add(throwStatement());
    } else {
      Block b = block(3, true);
      c.body.stmts.addAll(b.stmts);
    }
  }

  /** {@code T v = switch (...) { case ... -> e; case ... -> { stmts; yield e; } default -> e; };} */
  private void switchExpression(List<Stmt> into) {
    VType type = r.nextBoolean() ? VType.INT : VType.STRING;
    String name = freshName("x");
    boolean onEnum = r.nextBoolean();
    String selector = onEnum ? "Color.values()[Math.floorMod(" + intExpr(1) + ", 3)]"
        : "Math.floorMod(" + intExpr(1) + ", 4)";
    List<String> labels = onEnum ? List.of(COLORS) : List.of("0", "1", "2");
    SwitchExprDecl decl = new SwitchExprDecl(
        (type == VType.INT ? "int " : "String ") + name + " = switch (" + selector + ") {");
    targets.push(new Target(decl, null, false, false, true));
    boolean withDefault = !onEnum || r.nextBoolean();
    for (String label : labels) {
      if (withDefault && r.nextInt(3) == 0) {
        continue;
      }
      if (!withDefault && decl.arms.isEmpty()) {
        // Without default, the first arm is a result expression: a switch expression needs one.
        decl.arms.add(new SwitchExprDecl.Arm("case " + label, expr(type, 1), null));
      } else {
        armFor(decl, "case " + label, type);
      }
    }
    if (withDefault) {
      decl.arms.add(new SwitchExprDecl.Arm("default", expr(type, 1), null));
    }
    targets.pop();
    into.add(decl);
    declare(name, type, true);
  }

  private void armFor(SwitchExprDecl decl, String labels, VType type) {
    if (r.nextInt(3) == 0) {
      decl.arms.add(new SwitchExprDecl.Arm(labels, expr(type, 1), null));
      return;
    }
    Block b = new Block();
    pushScope();
    depth++;
    int count = 1 + r.nextInt(3);
    for (int i = 0; i < count; i++) {
      statement(b.stmts);
      if (!b.completes()) {
        break;
      }
    }
    if (b.completes()) {
      b.stmts.add(new Jump(Jump.Kind.YIELD, "yield " + expr(type, 1) + ";", null));
    }
    depth--;
    popScope();
    decl.arms.add(new SwitchExprDecl.Arm(labels, null, b));
  }

  // ------------------------------------------------------------------ other compounds

  private Stmt labeledBlock() {
    Labeled labeled = new Labeled("B" + id());
    Block b = new Block();
    targets.push(new Target(b, labeled, false, false, false));
    Block inner = block(4, true);
    b.stmts.addAll(inner.stmts);
    targets.pop();
    labeled.body = b;
    return labeled;
  }

  private Stmt nestedBlock() {
    return block(3, true);
  }

  /**
   * try/catch/finally; suspension points inside only when {@code suspendInTry} (then a finally
   * block neither throws nor jumps out, which closing could not reproduce exactly).
   */
  private Stmt tryStatement() {
    boolean outer = noSuspend;
    noSuspend = outer || !suspendInTry;
    Try t = new Try();
    List<Var> resources = new ArrayList<>();
    if (r.nextInt(3) == 0) {
      // try-with-resources: declared here, or (Java 9) an effectively final local.
      List<String> specs = new ArrayList<>();
      int count = 1 + r.nextInt(2);
      for (int i = 0; i < count; i++) {
        String res = freshName("r");
        boolean java9 = r.nextInt(3) == 0;
        noSuspend = java9 ? outer : outer || !suspendInTry; // a Java 9 one is declared before
        String init = "new Res(\"R" + id() + " \" + " + intExpr(1) + ", log)";
        noSuspend = outer || !suspendInTry;
        if (java9) {
          scopes.peek().vars.add(new Var(res, null, false));
          specs.add(res);
          pendingDeclarations.add(decl("Res " + res + " = " + init + ";"));
        } else {
          specs.add("Res " + res + " = " + init);
          resources.add(new Var(res, null, false));
        }
      }
      t.resources = String.join("; ", specs);
    }
    pushScope();
    scopes.peek().vars.addAll(resources);
    t.body.stmts.addAll(block(4, true).stmts);
    popScope();
    List<List<String>> catchLists = List.of(List.of("IllegalStateException"),
        List.of("RuntimeException"), List.of("IllegalStateException | IllegalArgumentException"),
        List.of("Exception"), List.of("IllegalStateException", "RuntimeException"),
        List.of("IllegalStateException | IllegalArgumentException", "Exception"),
        List.of("UnsupportedOperationException", "RuntimeException"));
    List<String> types = r.nextInt(3) == 0 ? List.of()
        : catchLists.get(r.nextInt(catchLists.size()));
    boolean finallyBlock = types.isEmpty() && t.resources == null || r.nextInt(3) == 0;
    for (String type : types) {
      String e = freshName("e");
      pushScope();
      declare(e, null, false);
      Block handler = new Block();
      handler.stmts.add(new Simple("log.add(\"C" + id() + " \" + " + e + ".getMessage());"));
      if (r.nextBoolean()) {
        handler.stmts.addAll(block(2, true).stmts);
      }
      if (handler.completes() && !inFinally && r.nextInt(4) == 0) {
        // Rethrow, as it is or wrapped (the trace shows the cause).
        Jump rethrow = r.nextBoolean() && (checked || !type.equals("Exception"))
            ? new Jump(Jump.Kind.THROW, "throw " + e + ";", null)
            : new Jump(Jump.Kind.THROW,
                "throw new IllegalStateException(\"W" + id() + "\", " + e + ");", null);
        if (r.nextBoolean()) {
          If maybe = new If(rareCondition());
          maybe.then = rethrow;
          handler.stmts.add(maybe);
        } else {
          handler.stmts.add(rethrow);
        }
      }
      popScope();
      t.catches.add(new Try.Catch(type + " " + e, handler));
    }
    if (finallyBlock) {
      boolean outerFinally = inFinally;
      inFinally = true;
      // A barrier: no jump leaves the finally block (closing could not reproduce it).
      targets.push(new Target(t, null, false, false, true));
      Block f = new Block();
      f.stmts.add(new Simple("log.add(\"F" + id() + " \" + " + intExpr(1) + ");"));
      if (!noSuspend && r.nextBoolean()) {
        f.stmts.addAll(block(2, false).stmts);
      } else {
        Simple u = update();
        if (u != null && r.nextBoolean()) {
          f.stmts.add(u);
        }
      }
      targets.pop();
      inFinally = outerFinally;
      t.finallyBlock = f;
    }
    noSuspend = outer;
    return t;
  }

  /**
   * {@code int k = e; IntSupplier f = () -> k * 3 + 1;}: a lambda (or anonymous or local class)
   * capturing a local, sometimes one of a local record type ({@code () -> p.a() * 3 + 1}).
   */
  private void capture(List<Stmt> into) {
    Var rec = pickVar(VType.RECORD);
    String k;
    if (rec != null && r.nextBoolean()) {
      k = rec.name() + ".a()"; // captures a local of a local record type
    } else {
      k = freshName("k");
      into.add(decl("int " + k + " = " + intExpr(2) + ";"));
      declare(k, VType.INT, false);
    }
    String f = freshName("f");
    int plus = r.nextInt(5);
    switch (r.nextInt(3)) {
      case 0:
        into.add(decl("IntSupplier " + f + " = () -> " + k + " * 3 + " + plus + ";"));
        break;
      case 1:
        into.add(new Simple(List.of(
            "IntSupplier " + f + " = new IntSupplier() {",
            "  @Override",
            "  public int getAsInt() {",
            "    return " + k + " * 5 + " + plus + ";",
            "  }",
            "};"), true));
        break;
      default: {
        String local = "Local" + id();
        into.add(new Simple(List.of(
            "class " + local + " implements IntSupplier {",
            "  @Override",
            "  public int getAsInt() {",
            "    return " + k + " * 7 + " + plus + ";",
            "  }",
            "}"), true));
        into.add(decl("IntSupplier " + f + " = new " + local + "();"));
        break;
      }
    }
    declare(f, VType.SUPPLIER, false);
  }

  /** {@code record RecN(int a, String b) {}} and a use of it. */
  private void localRecord(List<Stmt> into) {
    String type;
    List<String> visibleRecords = new ArrayList<>();
    for (Scope sc : scopes) {
      visibleRecords.addAll(sc.records);
    }
    if (visibleRecords.isEmpty() || r.nextBoolean()) {
      type = "Rec" + id();
      into.add(new Simple("record " + type + "(int a, String b) {}", true));
      scopes.peek().records.add(type);
    } else {
      type = visibleRecords.get(r.nextInt(visibleRecords.size()));
    }
    String value = "new " + type + "(" + intExpr(1) + ", " + stringExpr(1) + ")";
    if (r.nextBoolean()) {
      // A variable of the local type, which may live across suspensions.
      String v = freshName("p");
      into.add(decl(type + " " + v + " = " + value + ";"));
      declare(v, VType.RECORD, false);
      return;
    }
    switch (r.nextInt(3)) {
      case 0:
        into.add(new Simple("log.add(\"R" + id() + " \" + " + value + ");"));
        break;
      case 1:
        into.add(new Simple(noSuspend || async ? "log.add(\"R" + id() + " \" + " + value + ".b());"
            : "yieldReturn(" + (returnType.elem == Elem.STRING ? value + ".b()"
                : returnType.elem == Elem.LONG_BOXED ? "(long) " + value + ".a()"
                : value + ".a()") + ");"));
        break;
      default:
        into.add(new Simple("log.add(\"R" + id() + " \" + " + value + ".equals(" + value + "));"));
        break;
    }
  }

  /** {@code int[] a = {e, e, e};}, updated element-wise later. */
  private void arrayDeclaration(List<Stmt> into) {
    String v = freshName("a");
    into.add(decl("int[] " + v + " = {" + intExpr(1) + ", " + intExpr(1) + ", " + intExpr(1)
        + "};"));
    declare(v, VType.ARRAY, false);
  }

  /** {@code Object o = ...; if (o instanceof String s) {...} else if (o instanceof Integer i)}. */
  private void pattern(List<Stmt> into) {
    String o = freshName("o");
    into.add(decl("Object " + o + " = " + bool(1) + " ? (Object) (" + stringExpr(1)
        + ") : (Object) (" + intExpr(1) + ");"));
    declare(o, null, false);
    String s = freshName("s");
    If top = new If(o + " instanceof String " + s + (r.nextBoolean() ? "" : " && !"
        + s + ".isEmpty()"));
    pushScope();
    declare(s, VType.STRING, false);
    top.then = block(3, true);
    popScope();
    if (r.nextBoolean()) {
      String i = freshName("i");
      If second = new If(o + " instanceof Integer " + i);
      pushScope();
      declare(i, VType.INT, false);
      second.then = block(3, true);
      popScope();
      top.otherwise = second;
    }
    into.add(top);
  }

  /** {@code int v; if (c) {... v = e;} else {... v = e;}}: definitely assigned on both paths. */
  private void lateAssignment(List<Stmt> into) {
    VType type = r.nextBoolean() ? VType.INT : VType.STRING;
    String v = freshName("v");
    into.add(decl((type == VType.INT ? "int " : "String ") + v + ";"));
    If choice = new If(bool(2));
    choice.then = assignedBlock(v, type);
    choice.otherwise = assignedBlock(v, type);
    into.add(choice);
    declare(v, type, true);
  }

  private Block assignedBlock(String v, VType type) {
    Block b = new Block();
    pushScope();
    if (r.nextBoolean() && !noSuspend) {
      b.stmts.add(new Simple(yieldStatement()));
    }
    b.stmts.add(new Simple(v + " = " + expr(type, 2) + ";"));
    if (r.nextBoolean()) {
      b.stmts.add(new Simple(noSuspend ? logStatement() : yieldStatement()));
    }
    popScope();
    return b;
  }

  // ------------------------------------------------------------------ simple statements

  private void declaration(List<Stmt> into) {
    VType type = pickType();
    String name = freshName("v");
    String init = expr(type, 2);
    String keyword = r.nextInt(5) == 0 ? "var" : typeName(type);
    into.add(decl(keyword + " " + name + " = " + init + ";"));
    declare(name, type, true);
  }

  private Simple update() {
    Var array = pickVar(VType.ARRAY);
    if (array != null && r.nextInt(3) == 0) {
      boolean compound = r.nextBoolean();
      // The processor does not (yet) suspend inside a compound assignment to an array element
      // (a clear [StatecraftUnsupported] error): keep awaits out of those.
      boolean outer = noSuspend;
      noSuspend |= compound;
      String index = "[Math.floorMod(" + intExpr(1) + ", 3)]";
      String update = array.name() + index + (compound ? " += " : " = ") + intExpr(2) + ";";
      noSuspend = outer;
      return new Simple(update);
    }
    List<Var> mutable = new ArrayList<>();
    for (Var v : visible()) {
      if (v.mutable() && v.type() != null && v.type() != VType.SUPPLIER
          && v.type() != VType.ARRAY && v.type() != VType.RECORD) {
        mutable.add(v);
      }
    }
    if (mutable.isEmpty()) {
      return null;
    }
    Var v = mutable.get(r.nextInt(mutable.size()));
    switch (v.type()) {
      case INT:
      case LONG: {
        String rhs = v.type() == VType.INT ? intExpr(2) : longExpr(2);
        switch (r.nextInt(6)) {
          case 0:
            return new Simple(v.name() + "++;");
          case 1:
            return new Simple(v.name() + "--;");
          case 2:
            return new Simple(v.name() + " += " + rhs + ";");
          case 3:
            return new Simple(v.name() + " -= " + rhs + ";");
          case 4:
            return new Simple(v.name() + " *= " + (2 + r.nextInt(3)) + ";");
          default:
            return new Simple(v.name() + " = " + rhs + ";");
        }
      }
      case STRING:
        return new Simple(v.name() + (r.nextBoolean() ? " += " : " = ") + stringExpr(2) + ";");
      default:
        switch (r.nextInt(3)) {
          case 0:
            return new Simple(v.name() + " = !" + v.name() + ";");
          case 1:
            return new Simple(v.name() + " |= " + bool(1) + ";");
          default:
            return new Simple(v.name() + " = " + bool(2) + ";");
        }
    }
  }

  private String logStatement() {
    StringBuilder sb = new StringBuilder("log.add(\"L" + id() + "\"");
    List<Var> vars = new ArrayList<>();
    for (Var v : visible()) {
      if (v.type() != null) {
        vars.add(v);
      }
    }
    int count = vars.isEmpty() ? 0 : r.nextInt(Math.min(4, vars.size() + 1));
    for (int i = 0; i < count; i++) {
      Var v = vars.get(r.nextInt(vars.size()));
      String value = v.type() == VType.SUPPLIER ? v.name() + ".getAsInt()"
          : v.type() == VType.ARRAY ? "Arrays.toString(" + v.name() + ")" : v.name();
      sb.append(" + \" ").append(v.name()).append("=\" + ").append(value);
    }
    if (r.nextInt(4) == 0) {
      sb.append(" + \" \" + (").append(expr(pickType(), 2)).append(')');
    }
    return sb.append(");").toString();
  }

  /** {@code return done();}, or for an async template a return of its result. */
  private Jump exitStatement() {
    if (!async) {
      return new Jump(Jump.Kind.RETURN, "return done();", null);
    }
    String value = elementExpr();
    switch (r.nextInt(6)) {
      case 0:
        return new Jump(Jump.Kind.RETURN, "return null;", null);
      case 1:
        if (returnType.elem == Elem.INTEGER) {
          return new Jump(Jump.Kind.RETURN, "return " + future() + ";", null);
        }
        if (returnType.elem == Elem.OBJECT) {
          String x = freshName("x");
          return new Jump(Jump.Kind.RETURN, "return " + future() + ".thenApply(" + x + " -> "
              + x + ");", null);
        }
        return new Jump(Jump.Kind.RETURN, "return completedFuture(" + value + ");", null);
      default:
        return new Jump(Jump.Kind.RETURN, "return completedFuture(" + value + ");", null);
    }
  }

  /** One of the template's futures: {@code fs.get(i)}. */
  private String future() {
    return "fs.get(" + (r.nextInt(4) == 0 ? "Math.floorMod(" + intExpr(0) + ", 3)"
        : String.valueOf(r.nextInt(3))) + ")";
  }

  /** {@code await(stage)} of an int-valued stage. */
  private String awaitCall() {
    switch (r.nextInt(6)) {
      case 0:
        return "await(completedFuture(" + intExpr(0) + "))";
      case 1: {
        String x = freshName("x");
        return "await(" + future() + ".thenApply(" + x + " -> " + x + " + 1))";
      }
      default:
        return "await(" + future() + ")";
    }
  }

  /** Whether an expression may contain an await here. */
  private boolean mayAwait() {
    return async && !noSuspend;
  }

  private String yieldStatement() {
    if (async) {
      switch (r.nextInt(4)) {
        case 0:
          return awaitCall() + ";";
        case 1: {
          Var v = pickVar(VType.INT);
          if (v != null && v.mutable()) {
            return v.name() + (r.nextBoolean() ? " += " : " = ") + intExpr(2) + " + "
                + awaitCall() + ";";
          }
          return "log.add(\"W" + id() + " \" + " + awaitCall() + ");";
        }
        default:
          return "log.add(\"W" + id() + " \" + " + intExpr(1) + " + \" \" + " + awaitCall()
              + ");";
      }
    }
    if (r.nextInt(8) == 0) {
      return "yieldAll(" + yieldAllSource() + ");";
    }
    return yieldCall() + ";";
  }

  private String yieldCall() {
    if (async) {
      return "log.add(\"U" + id() + " \" + " + awaitCall() + ")";
    }
    return "yieldReturn(" + elementExpr() + ")";
  }

  private String elementExpr() {
    switch (returnType.elem) {
      case OBJECT:
        return expr(pickType(), 2);
      case INTEGER:
      case INT:
        return intExpr(2);
      case STRING:
        return stringExpr(2);
      case LONG_BOXED:
        return longExpr(2);
      case LONG:
      case NUMBER:
        return r.nextBoolean() ? intExpr(2) : longExpr(2);
      default:
        return r.nextBoolean() ? intExpr(2) : "(" + intExpr(1) + " * 0.5)";
    }
  }

  private String yieldAllSource() {
    Elem e = returnType.elem;
    if (e == Elem.STRING || (e == Elem.OBJECT && r.nextInt(3) == 0)) {
      switch (r.nextInt(4)) {
        case 0:
          return "List.of(" + stringExpr(1) + ", " + stringExpr(1) + ")";
        case 1:
          return "List.of(" + stringExpr(1) + ").iterator()";
        case 2:
          return "Stream.of(" + stringExpr(1) + ").onClose(() -> log.add(\"S" + id() + "\"))";
        default:
          return "List.<String>of()";
      }
    }
    if (e == Elem.LONG || e == Elem.LONG_BOXED) {
      return r.nextBoolean() ? "List.of(" + longExpr(1) + ", " + longExpr(1) + ")"
          : "LongStream.range(0, Math.floorMod(" + intExpr(1) + ", 3)).boxed()";
    }
    if (e == Elem.DOUBLE) {
      return r.nextBoolean() ? "List.of(0.5, 1.5)" : "Stream.of(" + intExpr(1) + " * 0.25)";
    }
    switch (r.nextInt(7)) {
      case 0:
        return "List.of(" + intExpr(1) + ", " + intExpr(1) + ")";
      case 1:
        return "List.of(" + intExpr(1) + ").iterator()";
      case 2:
        return "Stream.of(" + intExpr(1) + ", " + intExpr(1) + ")";
      case 3:
        return "IntStream.range(0, Math.floorMod(" + intExpr(1) + ", 4)).boxed()"
            + ".onClose(() -> log.add(\"S" + id() + "\"))";
      case 4: {
        if (inFinally) {
          return "List.<Integer>of()";
        }
        String x = freshName("x");
        return "Stream.of(2, 1, 0).map(" + x + " -> 6 / " + x + ")";
      }
      case 5:
        return "List.<Integer>of()";
      default:
        return "List.of(" + intExpr(1) + ", " + intExpr(1) + ", " + intExpr(1) + ").iterator()";
    }
  }

  // ------------------------------------------------------------------ expressions

  private VType pickType() {
    int roll = r.nextInt(10);
    return roll < 5 ? VType.INT : roll < 7 ? VType.STRING : roll < 8 ? VType.LONG : VType.BOOL;
  }

  private static String typeName(VType type) {
    switch (type) {
      case INT:
        return "int";
      case LONG:
        return "long";
      case STRING:
        return "String";
      default:
        return "boolean";
    }
  }

  private String expr(VType type, int d) {
    switch (type) {
      case INT:
        return intExpr(d);
      case LONG:
        return longExpr(d);
      case STRING:
        return stringExpr(d);
      default:
        return bool(d);
    }
  }

  private Var pickVar(VType type) {
    List<Var> candidates = new ArrayList<>();
    for (Var v : visible()) {
      if (v.type() == type) {
        candidates.add(v);
      }
    }
    return candidates.isEmpty() ? null : candidates.get(r.nextInt(candidates.size()));
  }

  private String intExpr(int d) {
    if (mayAwait() && r.nextInt(d <= 0 ? 12 : 6) == 0) {
      return awaitCall();
    }
    int roll = r.nextInt(d <= 0 ? 4 : 16);
    Var v = pickVar(VType.INT);
    switch (roll) {
      case 0:
      case 1:
        return String.valueOf(r.nextInt(10));
      case 2:
      case 3:
        return v != null ? v.name() : String.valueOf(r.nextInt(10));
      case 4:
        return "(" + intExpr(d - 1) + " + " + intExpr(d - 1) + ")";
      case 5:
        return "(" + intExpr(d - 1) + " - " + intExpr(d - 1) + ")";
      case 6:
        return "(" + intExpr(d - 1) + " * " + intExpr(d - 1) + ")";
      case 7:
        return "Math.floorMod(" + intExpr(d - 1) + ", " + (2 + r.nextInt(5)) + ")";
      case 8:
        return "(" + intExpr(d - 1) + " % " + (2 + r.nextInt(5)) + ")";
      case 9: {
        Var s = pickVar(VType.STRING);
        return s != null ? s.name() + ".length()" : "n";
      }
      case 10: {
        Var l = pickVar(VType.LONG);
        return l != null ? "(int) (" + l.name() + " % 1000)" : "n";
      }
      case 11:
        return "(" + bool(d - 1) + " ? " + intExpr(d - 1) + " : " + intExpr(d - 1) + ")";
      case 12: {
        Var f = pickVar(VType.SUPPLIER);
        if (f != null && r.nextBoolean()) {
          return f.name() + ".getAsInt()";
        }
        Var a = pickVar(VType.ARRAY);
        if (a != null && r.nextBoolean()) {
          return r.nextInt(4) == 0 ? a.name() + ".length"
              : a.name() + "[Math.floorMod(" + intExpr(d - 1) + ", 3)]";
        }
        Var rec = pickVar(VType.RECORD);
        if (rec != null && r.nextBoolean()) {
          return rec.name() + ".a()";
        }
        return f != null ? f.name() + ".getAsInt()" : "log.size()";
      }
      case 13:
        if (v != null && v.mutable() && r.nextInt(3) == 0) {
          return r.nextBoolean() ? v.name() + "++" : "--" + v.name();
        }
        return "n";
      case 14:
        return r.nextInt(4) == 0 && !inFinally ? "(10 / " + intExpr(d - 1) + ")"
            : "(n + " + r.nextInt(3) + ")";
      default:
        return v != null ? v.name() : "n";
    }
  }

  private String longExpr(int d) {
    Var v = pickVar(VType.LONG);
    switch (r.nextInt(d <= 0 ? 2 : 5)) {
      case 0:
        return r.nextInt(10) + "L";
      case 1:
        return v != null ? v.name() : "(long) " + intExpr(0);
      case 2:
        return "(" + longExpr(d - 1) + " + " + intExpr(d - 1) + ")";
      case 3:
        return "((long) " + intExpr(d - 1) + " * " + (1 + r.nextInt(1000)) + "L)";
      default:
        return v != null ? v.name() : "(long) " + intExpr(d - 1);
    }
  }

  private String stringExpr(int d) {
    Var v = pickVar(VType.STRING);
    switch (r.nextInt(d <= 0 ? 2 : 6)) {
      case 0:
        return "\"" + (char) ('a' + r.nextInt(5)) + "\"";
      case 1:
        return v != null ? v.name() : "\"" + (char) ('p' + r.nextInt(5)) + "\"";
      case 2:
        return "(\"" + (char) ('a' + r.nextInt(5)) + "\" + " + intExpr(d - 1) + ")";
      case 3:
        return "(" + stringExpr(d - 1) + " + " + stringExpr(d - 1) + ")";
      case 4:
        return "String.valueOf(" + (r.nextBoolean() ? longExpr(d - 1) : bool(d - 1)) + ")";
      default: {
        Var rec = pickVar(VType.RECORD);
        if (rec != null && r.nextInt(3) == 0) {
          return r.nextBoolean() ? rec.name() + ".b()" : "String.valueOf(" + rec.name() + ")";
        }
        return v != null ? v.name() : "(\"q\" + " + intExpr(d - 1) + ")";
      }
    }
  }

  private String bool(int d) {
    Var v = pickVar(VType.BOOL);
    switch (r.nextInt(d <= 0 ? 3 : 9)) {
      case 0:
        return intExpr(0) + " < " + intExpr(0);
      case 1:
        return "Math.floorMod(" + intExpr(0) + ", 2) == 0";
      case 2:
        return v != null ? (r.nextBoolean() ? "!" : "") + v.name() : intExpr(0) + " >= 2";
      case 3:
        return "(" + bool(d - 1) + " && " + bool(d - 1) + ")";
      case 4:
        return "(" + bool(d - 1) + " || " + bool(d - 1) + ")";
      case 5:
        return "!(" + bool(d - 1) + ")";
      case 6: {
        Var s = pickVar(VType.STRING);
        return s != null ? s.name() + ".length() > " + r.nextInt(4) : intExpr(d - 1) + " == 1";
      }
      case 7:
        return "(" + intExpr(d - 1) + " > " + r.nextInt(3) + " && log.add(\"A" + id() + "\"))";
      default:
        return intExpr(d - 1) + " != " + intExpr(d - 1);
    }
  }

  /** A condition that holds about one time in five (for exits). */
  private String rareCondition() {
    int mod = 4 + r.nextInt(4);
    return "Math.floorMod(" + intExpr(1) + ", " + mod + ") == " + r.nextInt(mod);
  }

  // ------------------------------------------------------------------ scopes and names

  private int id() {
    return nextId++;
  }

  private void pushScope() {
    scopes.push(new Scope());
  }

  private void popScope() {
    Scope s = scopes.pop();
    for (Var v : s.vars) {
      retiredNames.add(v.name());
    }
    retiredNames.addAll(s.reserved);
  }

  private void reserve(String name) {
    scopes.peek().reserved.add(name);
  }

  private void declare(String name, VType type, boolean mutable) {
    scopes.peek().vars.add(new Var(name, type, mutable));
  }

  private List<Var> visible() {
    List<Var> out = new ArrayList<>();
    for (Scope s : scopes) {
      out.addAll(s.vars);
    }
    return out;
  }

  private boolean taken(String name) {
    for (Scope s : scopes) {
      if (s.reserved.contains(name)) {
        return true;
      }
      for (Var v : s.vars) {
        if (v.name().equals(name)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A name no visible local has: often one a closed sibling scope used (maybe with another type,
   * which is the point), else a fresh one. It is reserved in the current scope at once.
   */
  private String freshName(String prefix) {
    String name = prefix + id();
    if (!retiredNames.isEmpty() && r.nextInt(3) == 0) {
      String reuse = retiredNames.get(r.nextInt(retiredNames.size()));
      if (!taken(reuse)) {
        name = reuse;
      }
    }
    // Taken from now on in this scope: a variable is in scope in its own initializer, where a
    // lambda parameter must not reuse its name.
    reserve(name);
    return name;
  }
}
