package dev.statecraft.tests.differential;

import java.util.ArrayList;
import java.util.List;

/**
 * The statement tree of a random template body: enough structure to print it as Java, to decide
 * JLS 14.22 "can complete normally" while generating (so that no statement is ever unreachable),
 * and to shrink a failing program statement by statement.
 *
 * <p>Every statement the generator emits is reachable by construction (nothing follows a statement
 * that cannot complete normally), so "a reachable {@code break} that exits S" is simply "a
 * {@code break} in S whose target is S". Loop conditions are never constant expressions except
 * the deliberate {@code while (true)} / {@code for (;;)} forms, whose {@code constantTrue} flag is
 * set.
 */
final class ProgramAst {
  private ProgramAst() {}

  /** An indenting line printer. */
  static final class Out {
    private final StringBuilder sb = new StringBuilder();
    private int indent;

    Out(int indent) {
      this.indent = indent;
    }

    void line(String text) {
      sb.append("  ".repeat(indent)).append(text).append('\n');
    }

    void in() {
      indent++;
    }

    void out() {
      indent--;
    }

    @Override
    public String toString() {
      return sb.toString();
    }
  }

  abstract static class Stmt {
    /** A statement the shrinker must keep: a loop's counter step (else the loop never ends). */
    boolean essential;

    abstract void print(Out out);

    /** JLS 14.22: can this (reachable) statement complete normally? */
    abstract boolean completes();

    /** Direct sub-statements, for the break/continue target searches and for shrinking. */
    abstract List<Stmt> children();

    /** Whether a (single-line) statement may stand as a loop or if body without braces. */
    boolean simple() {
      return false;
    }
  }

  /** A statement printed as given: declarations, expression statements (one or more lines). */
  static final class Simple extends Stmt {
    final List<String> lines;
    /** A local variable declaration, which Java does not allow as a lone loop or if body. */
    final boolean declaration;

    Simple(String line) {
      this(line, false);
    }

    Simple(String line, boolean declaration) {
      this.lines = List.of(line);
      this.declaration = declaration;
    }

    Simple(List<String> lines, boolean declaration) {
      this.lines = List.copyOf(lines);
      this.declaration = declaration;
    }

    @Override
    void print(Out out) {
      for (String l : lines) {
        out.line(l);
      }
    }

    @Override
    boolean completes() {
      return true;
    }

    @Override
    List<Stmt> children() {
      return List.of();
    }

    @Override
    boolean simple() {
      return lines.size() == 1 && !declaration;
    }
  }

  /**
   * A declaration whose initializer is a switch expression: {@code int v = switch (s) { ... };}.
   * Its block arms hold statements (which may yield) but no jump leaves them.
   */
  static final class SwitchExprDecl extends Stmt {
    final String head; // "int v3 = switch (sel) {"
    final List<Arm> arms = new ArrayList<>();

    SwitchExprDecl(String head) {
      this.head = head;
    }

    record Arm(String labels, String expression, Block block) {}

    @Override
    void print(Out out) {
      out.line(head);
      out.in();
      for (Arm a : arms) {
        if (a.block() == null) {
          out.line(a.labels() + " -> " + a.expression() + ";");
        } else {
          out.line(a.labels() + " -> {");
          out.in();
          a.block().printContents(out);
          out.out();
          out.line("}");
        }
      }
      out.out();
      out.line("};");
    }

    @Override
    boolean completes() {
      return true;
    }

    @Override
    List<Stmt> children() {
      List<Stmt> c = new ArrayList<>();
      for (Arm a : arms) {
        if (a.block() != null) {
          c.add(a.block());
        }
      }
      return c;
    }
  }

  /** break, continue, return done(), throw, and Java's own {@code yield v;} in a switch arm. */
  static final class Jump extends Stmt {
    enum Kind { BREAK, CONTINUE, RETURN, THROW, YIELD }

    final Kind kind;
    final String text;
    /** The statement a break exits or a continue continues; null for the other kinds. */
    final Stmt target;

    Jump(Kind kind, String text, Stmt target) {
      this.kind = kind;
      this.text = text;
      this.target = target;
    }

    @Override
    void print(Out out) {
      out.line(text);
    }

    @Override
    boolean completes() {
      return false;
    }

    @Override
    List<Stmt> children() {
      return List.of();
    }

    @Override
    boolean simple() {
      return true;
    }
  }

  static final class Block extends Stmt {
    final List<Stmt> stmts = new ArrayList<>();

    @Override
    void print(Out out) {
      out.line("{");
      out.in();
      printContents(out);
      out.out();
      out.line("}");
    }

    void printContents(Out out) {
      for (Stmt s : stmts) {
        s.print(out);
      }
    }

    @Override
    boolean completes() {
      return stmts.isEmpty() || stmts.get(stmts.size() - 1).completes();
    }

    @Override
    List<Stmt> children() {
      return stmts;
    }
  }

  /** Prints {@code head} and a body: {@code head {...}} for a block, else on the next line. */
  static void printBody(Out out, String head, Stmt body, String closing) {
    if (body instanceof Block) {
      out.line(head + " {");
      out.in();
      ((Block) body).printContents(out);
      out.out();
      out.line("}" + closing);
    } else {
      out.line(head);
      out.in();
      body.print(out);
      out.out();
      if (!closing.isEmpty()) {
        out.line(closing.trim());
      }
    }
  }

  static final class If extends Stmt {
    final String condition;
    Stmt then;
    Stmt otherwise;

    If(String condition) {
      this.condition = condition;
    }

    @Override
    void print(Out out) {
      printChain(out, "if (" + condition + ")");
    }

    private void printChain(Out out, String head) {
      if (otherwise == null) {
        printBody(out, head, then, "");
        return;
      }
      if (!(then instanceof Block)) {
        out.line(head);
        out.in();
        then.print(out);
        out.out();
        printElse(out, "else");
        return;
      }
      out.line(head + " {");
      out.in();
      ((Block) then).printContents(out);
      out.out();
      printElse(out, "} else");
    }

    private void printElse(Out out, String elseHead) {
      if (otherwise instanceof If) {
        ((If) otherwise).printChain(out, elseHead + " if (" + ((If) otherwise).condition + ")");
      } else {
        printBody(out, elseHead, otherwise, "");
      }
    }

    @Override
    boolean completes() {
      return otherwise == null || then.completes() || otherwise.completes();
    }

    @Override
    List<Stmt> children() {
      return otherwise == null ? List.of(then) : List.of(then, otherwise);
    }
  }

  /** while, for and do-while loops, and enhanced for. */
  static final class Loop extends Stmt {
    enum Kind { WHILE, FOR, DO, FOREACH }

    final Kind kind;
    /** The header: {@code while (c)}, {@code for (...)}; for DO the condition text. */
    final String header;
    final boolean constantTrue;
    Stmt body;

    Loop(Kind kind, String header, boolean constantTrue) {
      this.kind = kind;
      this.header = header;
      this.constantTrue = constantTrue;
    }

    @Override
    void print(Out out) {
      if (kind == Kind.DO) {
        if (body instanceof Block) {
          printBody(out, "do", body, " while (" + header + ");");
        } else {
          out.line("do");
          out.in();
          body.print(out);
          out.out();
          out.line("while (" + header + ");");
        }
      } else {
        printBody(out, header, body, "");
      }
    }

    @Override
    boolean completes() {
      switch (kind) {
        case FOREACH:
          return true;
        case DO:
          return (body.completes() || continuesTo(body, this)) || breaksTo(body, this);
        default:
          return !constantTrue || breaksTo(body, this);
      }
    }

    @Override
    List<Stmt> children() {
      return List.of(body);
    }
  }

  static final class Labeled extends Stmt {
    final String label;
    Stmt body;

    Labeled(String label) {
      this.label = label;
    }

    @Override
    void print(Out out) {
      out.line(label + ":");
      body.print(out);
    }

    @Override
    boolean completes() {
      return body.completes() || breaksTo(body, this);
    }

    @Override
    List<Stmt> children() {
      return List.of(body);
    }
  }

  /** A switch statement with {@code case ...:} groups (fallthrough) or {@code case ... ->} rules. */
  static final class Switch extends Stmt {
    final String selector;
    final boolean arrows;
    final List<Case> cases = new ArrayList<>();

    /** Labels ({@code case 1, 2} or {@code default}) and their statements / rule body. */
    static final class Case {
      final String labels;
      final Block body = new Block();
      /** For arrow rules: the body is a single expression statement or throw, not a block. */
      boolean single;

      Case(String labels) {
        this.labels = labels;
      }
    }

    Switch(String selector, boolean arrows) {
      this.selector = selector;
      this.arrows = arrows;
    }

    boolean hasDefault() {
      return cases.stream().anyMatch(c -> c.labels.equals("default"));
    }

    @Override
    void print(Out out) {
      out.line("switch (" + selector + ") {");
      out.in();
      for (Case c : cases) {
        String head = c.labels.equals("default") ? "default" : "case " + c.labels;
        if (!arrows) {
          out.line(head + ":");
          out.in();
          c.body.printContents(out);
          out.out();
        } else if (c.single) {
          Out one = new Out(0);
          c.body.stmts.get(0).print(one);
          out.line(head + " -> " + one.toString().trim());
        } else {
          out.line(head + " -> {");
          out.in();
          c.body.printContents(out);
          out.out();
          out.line("}");
        }
      }
      out.out();
      out.line("}");
    }

    @Override
    boolean completes() {
      if (!hasDefault() || breaksTo(this, this)) {
        return true;
      }
      if (!arrows) {
        return cases.isEmpty() || cases.get(cases.size() - 1).body.completes();
      }
      for (Case c : cases) {
        if (c.single ? c.body.stmts.get(0) instanceof Simple : c.body.completes()) {
          return true;
        }
      }
      return false;
    }

    @Override
    List<Stmt> children() {
      List<Stmt> c = new ArrayList<>();
      for (Case k : cases) {
        c.add(k.body);
      }
      return c;
    }
  }

  static final class Try extends Stmt {
    final Block body = new Block();
    final List<Catch> catches = new ArrayList<>();
    Block finallyBlock;
    /** The resource specification of a try-with-resources, without parentheses, or null. */
    String resources;

    record Catch(String parameter, Block body) {}

    @Override
    void print(Out out) {
      out.line(resources == null ? "try {" : "try (" + resources + ") {");
      out.in();
      body.printContents(out);
      out.out();
      for (Catch c : catches) {
        out.line("} catch (" + c.parameter() + ") {");
        out.in();
        c.body().printContents(out);
        out.out();
      }
      if (finallyBlock != null) {
        out.line("} finally {");
        out.in();
        finallyBlock.printContents(out);
        out.out();
      }
      out.line("}");
    }

    @Override
    boolean completes() {
      boolean any = body.completes();
      for (Catch c : catches) {
        any |= c.body().completes();
      }
      return any && (finallyBlock == null || finallyBlock.completes());
    }

    @Override
    List<Stmt> children() {
      List<Stmt> c = new ArrayList<>();
      c.add(body);
      for (Catch k : catches) {
        c.add(k.body());
      }
      if (finallyBlock != null) {
        c.add(finallyBlock);
      }
      return c;
    }
  }

  /** Is there a {@code break} inside {@code root} whose target is {@code target}? */
  static boolean breaksTo(Stmt root, Stmt target) {
    return jumpsTo(root, target, Jump.Kind.BREAK);
  }

  static boolean continuesTo(Stmt root, Stmt target) {
    return jumpsTo(root, target, Jump.Kind.CONTINUE);
  }

  private static boolean jumpsTo(Stmt root, Stmt target, Jump.Kind kind) {
    if (root instanceof Jump) {
      Jump j = (Jump) root;
      return j.kind == kind && j.target == target;
    }
    for (Stmt child : root.children()) {
      if (jumpsTo(child, target, kind)) {
        return true;
      }
    }
    return false;
  }
}
