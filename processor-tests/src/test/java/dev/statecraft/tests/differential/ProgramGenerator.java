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
import dev.statecraft.tests.differential.ProgramScopes.Var;
import dev.statecraft.tests.differential.ProgramScopes.VType;
import dev.statecraft.tests.differential.RandomProgram.Elem;
import dev.statecraft.tests.differential.RandomProgram.ReturnType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;

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
final class ProgramGenerator implements ExpressionGenerator.Context {

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

  private static final String[] COLORS = {"RED", "GREEN", "BLUE"};

  private final Random r;
  private final long seed;
  private final ProgramScopes scopes;
  private ExpressionGenerator ex;
  private final Deque<Target> targets = new ArrayDeque<>();
  private ReturnType returnType;
  private int budget;
  private int depth;
  private int loopDepth;
  private boolean noSuspend;
  private boolean recursive;
  private int recursions;
  private boolean checked;
  private boolean instance;
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
    this.scopes = new ProgramScopes(r);
  }

  @Override
  public boolean noSuspend() {
    return noSuspend;
  }

  @Override
  public boolean inFinally() {
    return inFinally;
  }

  private String className;

  RandomProgram generate(String className) {
    this.className = className;
    returnType = pickReturnType();
    budget = r.nextInt(10) == 0 ? 30 + r.nextInt(60) : 8 + r.nextInt(40);
    scopes.pushScope();
    scopes.declare("n", VType.INT, true);
    Block body = new Block();
    recursive = !async && r.nextInt(5) == 0;
    checked = r.nextInt(4) == 0;
    instance = r.nextInt(10) < 3;
    ex = new ExpressionGenerator(r, scopes, this, async, instance, returnType, className);
    if (recursive) {
      // The depth of the recursion: each level's original n, one less per level.
      body.stmts.add(decl("int depth = n;"));
      scopes.declare("depth", VType.INT, false);
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
    RandomProgram program =
        new RandomProgram(seed, className, returnType, body, recursive, className);
    program.checked = checked;
    program.instance = instance;
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
      String call = className + "Gen.gen(" + (instance ? "this, " : "") + "depth - "
          + (1 + r.nextInt(2)) + ", log)";
      // Every result type is a yieldAll source, primitive streams too (closed when drained or
      // when the caller is closed, which closes the recursive generator behind the stream).
      guard.then = new Simple("yieldAll(" + call + ");");
      into.add(guard);
    } else {
      arrayDeclaration(into);
    }
  }

  /** A block of 1..max statements in a new scope, maybe ending in an unconditional jump. */
  private Block block(int max, boolean mayEndWithJump) {
    Block b = new Block();
    scopes.pushScope();
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
    scopes.popScope();
    return b;
  }

  /** A loop or if body: usually a block, sometimes a single simple statement. */
  private Stmt body(int max) {
    if (r.nextInt(8) == 0) {
      budget--;
      scopes.pushScope();
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
      scopes.popScope();
      return single;
    }
    return block(max, true);
  }

  private Stmt ifStatement() {
    If top = new If(ex.bool(2));
    top.then = body(3);
    If last = top;
    while (r.nextInt(3) == 0 && budget > 0) {
      If next = new If(ex.bool(2));
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
    If exit = new If(ex.rareCondition());
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
    String message = "\"T" + scopes.id() + " \" + " + ex.intExpr(1);
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
    Labeled labeled = r.nextInt(4) == 0 ? new Labeled("L" + scopes.id()) : null;
    String c = scopes.freshName("c");
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
        scopes.declare(c, VType.INT, false);
        loop = new Loop(Loop.Kind.WHILE, "while (" + c + "++ < " + bound + extraCondition() + ")",
            false);
        break;
      case 1: // while (c < K) { c++; ... }
        into.add(decl("int " + c + " = 0;"));
        scopes.declare(c, VType.INT, false);
        loop = new Loop(Loop.Kind.WHILE, "while (" + c + " < " + bound + ")", false);
        firstInBody = new Simple(c + "++;");
        break;
      case 2: // while (true) { if (++c > K) break; ... }
      case 3: // for (;;) { if (c++ >= K) break; ... }
        into.add(decl("int " + c + " = 0;"));
        scopes.declare(c, VType.INT, false);
        loop = new Loop(Loop.Kind.WHILE, form == 2 ? "while (true)" : "for (;;)", true);
        If exit = new If(form == 2 ? "++" + c + " > " + bound : c + "++ >= " + bound);
        exit.then = new Jump(Jump.Kind.BREAK, "break;", loop);
        firstInBody = exit;
        break;
      case 4: // do { ... } while (++c < K);
        into.add(decl("int " + c + " = 0;"));
        scopes.declare(c, VType.INT, false);
        loop = new Loop(Loop.Kind.DO, "++" + c + " < " + bound + extraCondition(), false);
        break;
      case 5: { // for with a counter, maybe suspending in the init or the update
        // The start may be any expression (a suspension in the init too), kept in [0, 2);
        // generated before the counter is declared, which it must not read.
        String init = r.nextInt(3) == 0 ? "Math.floorMod(" + ex.intExpr(1) + ", 2)" : "0";
        scopes.pushScope(); // the for-init variable's scope, popped after the body
        scopes.declare(c, VType.INT, false);
        String update = r.nextBoolean() ? c + "++" : "++" + c;
        if (r.nextInt(4) == 0) {
          update += ", " + (noSuspend || r.nextBoolean()
              ? "log.add(\"U" + scopes.id() + " \" + " + c + ")"
              : yieldCall());
        }
        loop = new Loop(Loop.Kind.FOR, "for (int " + c + " = " + init + "; " + c + " < " + bound
            + extraCondition() + "; " + update + ")", false);
        break;
      }
      case 6: {
        scopes.pushScope();
        scopes.declare(c, VType.INT, false);
        loop = new Loop(Loop.Kind.FOR,
            "for (int " + c + " = " + bound + "; " + c + " > 0; " + c + "--)", false);
        break;
      }
      case 7: { // for (int x : new int[] {...})
        scopes.pushScope();
        List<String> items = new ArrayList<>();
        for (int i = 0; i < boundValue; i++) {
          items.add(ex.intExpr(1));
        }
        scopes.declare(c, VType.INT, false);
        loop = new Loop(Loop.Kind.FOREACH,
            "for (int " + c + " : new int[] {" + String.join(", ", items) + "})", false);
        break;
      }
      default: { // for (String x : List.of(...))
        scopes.pushScope();
        List<String> items = new ArrayList<>();
        for (int i = 0; i < boundValue; i++) {
          items.add(ex.stringExpr(1));
        }
        scopes.declare(c, VType.STRING, false);
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
      scopes.popScope();
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
    return r.nextInt(5) == 0 ? " && " + ex.bool(1) : "";
  }

  // ------------------------------------------------------------------ switch

  private Switch switchStatement() {
    boolean arrows = r.nextBoolean();
    int selectorKind = r.nextInt(3);
    List<String> labels = new ArrayList<>();
    String selector;
    if (selectorKind == 0) {
      int mod = 2 + r.nextInt(4);
      selector = r.nextBoolean() ? "Math.floorMod(" + ex.intExpr(1) + ", " + mod + ")"
          : ex.intExpr(1) + " % " + mod;
      for (int i = 0; i < mod; i++) {
        labels.add(String.valueOf(i));
      }
    } else if (selectorKind == 1) {
      int form = r.nextInt(3);
      if (form == 0) {
        selector = "\"k\" + Math.floorMod(" + ex.intExpr(1) + ", 3)";
        labels.addAll(List.of("\"k0\"", "\"k1\"", "\"k2\""));
      } else if (form == 1) { // "Aa" and "BB" have the same hashCode
        selector = "new String[] {\"Aa\", \"BB\", \"C\"}[Math.floorMod(" + ex.intExpr(1) + ", 3)]";
        labels.addAll(List.of("\"Aa\"", "\"BB\"", "\"C\""));
      } else {
        selector = "\"abc\".charAt(Math.floorMod(" + ex.intExpr(1) + ", 3))";
        labels.addAll(List.of("'a'", "'b'", "'c'"));
      }
    } else {
      selector = "Color.values()[Math.floorMod(" + ex.intExpr(1) + ", 3)]";
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
    scopes.pushScope(); // the switch block: group declarations stay reserved to its end
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
    scopes.popScope();
    targets.pop();
    return s;
  }

  private void group(Switch.Case c, boolean last) {
    scopes.pushScope();
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
    scopes.popKeepingNamesReserved();
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
    String name = scopes.freshName("x");
    boolean onEnum = r.nextBoolean();
    String selector = onEnum ? "Color.values()[Math.floorMod(" + ex.intExpr(1) + ", 3)]"
        : "Math.floorMod(" + ex.intExpr(1) + ", 4)";
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
        decl.arms.add(new SwitchExprDecl.Arm("case " + label, ex.expr(type, 1), null));
      } else {
        armFor(decl, "case " + label, type);
      }
    }
    if (withDefault) {
      decl.arms.add(new SwitchExprDecl.Arm("default", ex.expr(type, 1), null));
    }
    targets.pop();
    into.add(decl);
    scopes.declare(name, type, true);
  }

  private void armFor(SwitchExprDecl decl, String labels, VType type) {
    if (r.nextInt(3) == 0) {
      decl.arms.add(new SwitchExprDecl.Arm(labels, ex.expr(type, 1), null));
      return;
    }
    Block b = new Block();
    scopes.pushScope();
    depth++;
    int count = 1 + r.nextInt(3);
    for (int i = 0; i < count; i++) {
      statement(b.stmts);
      if (!b.completes()) {
        break;
      }
    }
    if (b.completes()) {
      b.stmts.add(new Jump(Jump.Kind.YIELD, "yield " + ex.expr(type, 1) + ";", null));
    }
    depth--;
    scopes.popScope();
    decl.arms.add(new SwitchExprDecl.Arm(labels, null, b));
  }

  // ------------------------------------------------------------------ other compounds

  private Stmt labeledBlock() {
    Labeled labeled = new Labeled("B" + scopes.id());
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
        String res = scopes.freshName("r");
        boolean java9 = r.nextInt(3) == 0;
        noSuspend = java9 ? outer : outer || !suspendInTry; // a Java 9 one is declared before
        String init = "new Res(\"R" + scopes.id() + " \" + " + ex.intExpr(1) + ", log)";
        noSuspend = outer || !suspendInTry;
        if (java9) {
          scopes.declare(res, null, false);
          specs.add(res);
          pendingDeclarations.add(decl("Res " + res + " = " + init + ";"));
        } else {
          specs.add("Res " + res + " = " + init);
          resources.add(new Var(res, null, false));
        }
      }
      t.resources = String.join("; ", specs);
    }
    scopes.pushScope();
    for (Var v : resources) {
      scopes.declare(v.name(), v.type(), v.mutable());
    }
    t.body.stmts.addAll(block(4, true).stmts);
    scopes.popScope();
    List<List<String>> catchLists = List.of(List.of("IllegalStateException"),
        List.of("RuntimeException"), List.of("IllegalStateException | IllegalArgumentException"),
        List.of("Exception"), List.of("IllegalStateException", "RuntimeException"),
        List.of("IllegalStateException | IllegalArgumentException", "Exception"),
        List.of("UnsupportedOperationException", "RuntimeException"));
    List<String> types = r.nextInt(3) == 0 ? List.of()
        : catchLists.get(r.nextInt(catchLists.size()));
    boolean finallyBlock = types.isEmpty() && t.resources == null || r.nextInt(3) == 0;
    for (String type : types) {
      String e = scopes.freshName("e");
      scopes.pushScope();
      scopes.declare(e, null, false);
      Block handler = new Block();
      handler.stmts.add(new Simple("log.add(\"C" + scopes.id() + " \" + " + e + ".getMessage());"));
      if (r.nextBoolean()) {
        handler.stmts.addAll(block(2, true).stmts);
      }
      if (handler.completes() && !inFinally && r.nextInt(4) == 0) {
        // Rethrow, as it is or wrapped (the trace shows the cause).
        Jump rethrow = r.nextBoolean() && (checked || !type.equals("Exception"))
            ? new Jump(Jump.Kind.THROW, "throw " + e + ";", null)
            : new Jump(Jump.Kind.THROW,
                "throw new IllegalStateException(\"W" + scopes.id() + "\", " + e + ");", null);
        if (r.nextBoolean()) {
          If maybe = new If(ex.rareCondition());
          maybe.then = rethrow;
          handler.stmts.add(maybe);
        } else {
          handler.stmts.add(rethrow);
        }
      }
      scopes.popScope();
      t.catches.add(new Try.Catch(type + " " + e, handler));
    }
    if (finallyBlock) {
      boolean outerFinally = inFinally;
      inFinally = true;
      // A barrier: no jump leaves the finally block (closing could not reproduce it).
      targets.push(new Target(t, null, false, false, true));
      Block f = new Block();
      f.stmts.add(new Simple("log.add(\"F" + scopes.id() + " \" + " + ex.intExpr(1) + ");"));
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
    Var rec = scopes.pickVar(VType.RECORD);
    String k;
    if (rec != null && r.nextBoolean()) {
      k = rec.name() + ".a()"; // captures a local of a local record type
    } else {
      k = scopes.freshName("k");
      into.add(decl("int " + k + " = " + ex.intExpr(2) + ";"));
      scopes.declare(k, VType.INT, false);
    }
    String f = scopes.freshName("f");
    int plus = r.nextInt(5);
    switch (r.nextInt(3)) {
      case 0:
        into.add(decl("IntSupplier " + f + " = () -> " + k + " * 3 + " + plus
            + (instance && r.nextBoolean() ? " + field" : "") + ";"));
        break;
      case 1:
        into.add(new Simple(List.of(
            "IntSupplier " + f + " = new IntSupplier() {",
            "  @Override",
            "  public int getAsInt() {",
            "    return " + k + " * 5 + " + plus + (instance && r.nextBoolean() ? " + field" : "")
                + ";",
            "  }",
            "};"), true));
        break;
      default: {
        String local = "Local" + scopes.id();
        into.add(new Simple(List.of(
            "class " + local + " implements IntSupplier {",
            "  @Override",
            "  public int getAsInt() {",
            "    return " + k + " * 7 + " + plus + (instance && r.nextBoolean() ? " + twice(1)" : "")
                + ";",
            "  }",
            "}"), true));
        into.add(decl("IntSupplier " + f + " = new " + local + "();"));
        break;
      }
    }
    scopes.declare(f, VType.SUPPLIER, false);
  }

  /** {@code record RecN(int a, String b) {}} and a use of it. */
  private void localRecord(List<Stmt> into) {
    String type;
    List<String> visibleRecords = scopes.visibleRecords();
    if (visibleRecords.isEmpty() || r.nextBoolean()) {
      type = "Rec" + scopes.id();
      into.add(new Simple("record " + type + "(int a, String b) {}", true));
      scopes.addRecord(type);
    } else {
      type = visibleRecords.get(r.nextInt(visibleRecords.size()));
    }
    String value = "new " + type + "(" + ex.intExpr(1) + ", " + ex.stringExpr(1) + ")";
    if (r.nextBoolean()) {
      // A variable of the local type, which may live across suspensions.
      String v = scopes.freshName("p");
      into.add(decl(type + " " + v + " = " + value + ";"));
      scopes.declare(v, VType.RECORD, false);
      return;
    }
    switch (r.nextInt(3)) {
      case 0:
        into.add(new Simple("log.add(\"R" + scopes.id() + " \" + " + value + ");"));
        break;
      case 1:
        into.add(new Simple(noSuspend || async ? "log.add(\"R" + scopes.id() + " \" + " + value + ".b());"
            : "yieldReturn(" + (returnType.elem == Elem.STRING ? value + ".b()"
                : returnType.elem == Elem.LONG_BOXED ? "(long) " + value + ".a()"
                : value + ".a()") + ");"));
        break;
      default:
        into.add(new Simple("log.add(\"R" + scopes.id() + " \" + " + value + ".equals(" + value + "));"));
        break;
    }
  }

  /** {@code int[] a = {e, e, e};}, updated element-wise later. */
  private void arrayDeclaration(List<Stmt> into) {
    String v = scopes.freshName("a");
    into.add(decl("int[] " + v + " = {" + ex.intExpr(1) + ", " + ex.intExpr(1) + ", " + ex.intExpr(1)
        + "};"));
    scopes.declare(v, VType.ARRAY, false);
  }

  /** {@code Object o = ...; if (o instanceof String s) {...} else if (o instanceof Integer i)}. */
  private void pattern(List<Stmt> into) {
    String o = scopes.freshName("o");
    into.add(decl("Object " + o + " = " + ex.bool(1) + " ? (Object) (" + ex.stringExpr(1)
        + ") : (Object) (" + ex.intExpr(1) + ");"));
    scopes.declare(o, null, false);
    String s = scopes.freshName("s");
    If top = new If(o + " instanceof String " + s + (r.nextBoolean() ? "" : " && !"
        + s + ".isEmpty()"));
    scopes.pushScope();
    scopes.declare(s, VType.STRING, false);
    top.then = block(3, true);
    scopes.popScope();
    if (r.nextBoolean()) {
      String i = scopes.freshName("i");
      If second = new If(o + " instanceof Integer " + i);
      scopes.pushScope();
      scopes.declare(i, VType.INT, false);
      second.then = block(3, true);
      scopes.popScope();
      top.otherwise = second;
    }
    into.add(top);
  }

  /** {@code int v; if (c) {... v = e;} else {... v = e;}}: definitely assigned on both paths. */
  private void lateAssignment(List<Stmt> into) {
    VType type = r.nextBoolean() ? VType.INT : VType.STRING;
    String v = scopes.freshName("v");
    into.add(decl((type == VType.INT ? "int " : "String ") + v + ";"));
    If choice = new If(ex.bool(2));
    choice.then = assignedBlock(v, type);
    choice.otherwise = assignedBlock(v, type);
    into.add(choice);
    scopes.declare(v, type, true);
  }

  private Block assignedBlock(String v, VType type) {
    Block b = new Block();
    scopes.pushScope();
    if (r.nextBoolean() && !noSuspend) {
      b.stmts.add(new Simple(yieldStatement()));
    }
    b.stmts.add(new Simple(v + " = " + ex.expr(type, 2) + ";"));
    if (r.nextBoolean()) {
      b.stmts.add(new Simple(noSuspend ? logStatement() : yieldStatement()));
    }
    scopes.popScope();
    return b;
  }

  // ------------------------------------------------------------------ simple statements

  private void declaration(List<Stmt> into) {
    VType type = ex.pickType();
    String name = scopes.freshName("v");
    String init = ex.expr(type, 2);
    String keyword = r.nextInt(5) == 0 ? "var" : ExpressionGenerator.typeName(type);
    into.add(decl(keyword + " " + name + " = " + init + ";"));
    scopes.declare(name, type, true);
  }

  private Simple update() {
    if (r.nextInt(6) == 0) {
      String target = instance && r.nextBoolean() ? (r.nextBoolean() ? "field" : "this.field")
          : (r.nextBoolean() ? "shared" : className + ".shared");
      switch (r.nextInt(3)) {
        case 0:
          return new Simple(target + "++;");
        case 1:
          return new Simple(target + " += " + ex.intExpr(2) + ";");
        default:
          return new Simple(target + " = " + ex.intExpr(2) + ";");
      }
    }
    Var array = scopes.pickVar(VType.ARRAY);
    if (array != null && r.nextInt(3) == 0) {
      boolean compound = r.nextBoolean();
      String index = "[Math.floorMod(" + ex.intExpr(1) + ", 3)]";
      if (compound && ex.mayAwait()) {
        // Awaits in the index and the right side of an element's compound assignment or
        // increment (JLS 15.26.2, 15.14.2: array, index and old value before the right side).
        // Async programs only, so that generator programs stay what their seeds gave before.
        switch (r.nextInt(4)) {
          case 0:
            return new Simple(array.name() + index + (r.nextBoolean() ? "++;" : "--;"));
          case 1:
            return new Simple("(" + array.name() + index + ") -= " + ex.intExpr(2) + ";");
          case 2:
            return new Simple(array.name() + index + " *= " + ex.intExpr(2) + ";");
          default:
            break;
        }
      }
      return new Simple(array.name() + index + (compound ? " += " : " = ") + ex.intExpr(2)
          + ";");
    }
    List<Var> mutable = new ArrayList<>();
    for (Var v : scopes.visible()) {
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
        String rhs = v.type() == VType.INT ? ex.intExpr(2) : ex.longExpr(2);
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
        return new Simple(v.name() + (r.nextBoolean() ? " += " : " = ") + ex.stringExpr(2) + ";");
      default:
        switch (r.nextInt(3)) {
          case 0:
            return new Simple(v.name() + " = !" + v.name() + ";");
          case 1:
            return new Simple(v.name() + " |= " + ex.bool(1) + ";");
          default:
            return new Simple(v.name() + " = " + ex.bool(2) + ";");
        }
    }
  }

  private String logStatement() {
    StringBuilder sb = new StringBuilder("log.add(\"L" + scopes.id() + "\"");
    List<Var> vars = new ArrayList<>();
    for (Var v : scopes.visible()) {
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
      sb.append(" + \" \" + (").append(ex.expr(ex.pickType(), 2)).append(')');
    }
    return sb.append(");").toString();
  }

  /** {@code return done();}, or for an async template a return of its result. */
  private Jump exitStatement() {
    if (!async) {
      return new Jump(Jump.Kind.RETURN, "return done();", null);
    }
    String value = ex.elementExpr();
    switch (r.nextInt(6)) {
      case 0:
        return new Jump(Jump.Kind.RETURN, "return null;", null);
      case 1:
        if (returnType.elem == Elem.INTEGER) {
          return new Jump(Jump.Kind.RETURN, "return " + ex.future() + ";", null);
        }
        if (returnType.elem == Elem.OBJECT) {
          String x = scopes.freshName("x");
          return new Jump(Jump.Kind.RETURN, "return " + ex.future() + ".thenApply(" + x + " -> "
              + x + ");", null);
        }
        return new Jump(Jump.Kind.RETURN, "return completedFuture(" + value + ");", null);
      default:
        return new Jump(Jump.Kind.RETURN, "return completedFuture(" + value + ");", null);
    }
  }

  private String yieldStatement() {
    if (async) {
      switch (r.nextInt(4)) {
        case 0:
          return ex.awaitCall() + ";";
        case 1: {
          Var v = scopes.pickVar(VType.INT);
          if (v != null && v.mutable()) {
            return v.name() + (r.nextBoolean() ? " += " : " = ") + ex.intExpr(2) + " + "
                + ex.awaitCall() + ";";
          }
          return "log.add(\"W" + scopes.id() + " \" + " + ex.awaitCall() + ");";
        }
        default:
          return "log.add(\"W" + scopes.id() + " \" + " + ex.intExpr(1) + " + \" \" + " + ex.awaitCall()
              + ");";
      }
    }
    if (r.nextInt(8) == 0) {
      return "yieldAll(" + ex.yieldAllSource() + ");";
    }
    return yieldCall() + ";";
  }

  private String yieldCall() {
    if (async) {
      return "log.add(\"U" + scopes.id() + " \" + " + ex.awaitCall() + ")";
    }
    return "yieldReturn(" + ex.elementExpr() + ")";
  }

  // ------------------------------------------------------------------ expressions

  // ------------------------------------------------------------------ scopes and names

}
