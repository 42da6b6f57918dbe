package dev.statecraft.processor.lowering;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/** One {@code case} of the resume method: the code that runs from one resume point on. */
public final class State {
  private int number;
  /** Set when the state's only code is a jump: labels of this state lead to that label. */
  private Label forward;
  /** Whether the state before falls through into this one. */
  boolean enteredByFallThrough;
  private final TryRegion.Handler handler;
  private final List<CodeBlock> statements = new ArrayList<>();
  /** Per statement: what it is, and so whether it may run earlier ({@code EffectFreeCode}). */
  private final List<Kind> kinds = new ArrayList<>();
  /**
   * Where this state suspends handing over an element and may take the effect-free code its
   * resume point starts with ({@link StateListing#suspend}), or null.
   */
  Suspension suspension;
  private boolean declaresLocals;
  private boolean hasCode;
  /** The target of the jump this state ends with, if its last statement is a plain jump. */
  Label endsWithJumpTo;
  private long commentedLine = -1;

  State(int number, TryRegion.Handler handler) {
    this.number = number;
    this.handler = handler;
  }

  public int number() {
    return number;
  }

  void renumber(int value) {
    number = value;
  }

  Label forward() {
    return forward;
  }

  void forward(Label target) {
    forward = target;
  }

  /** The innermost lowered try block this state's code runs in, or null. */
  public TryRegion.Handler handler() {
    return handler;
  }

  public List<CodeBlock> statements() {
    return statements;
  }

  /** Whether the case declares Java locals and so needs braces of its own. */
  public boolean declaresLocals() {
    return declaresLocals;
  }

  void add(CodeBlock statement, boolean declaresLocal) {
    add(statement, declaresLocal, false);
  }

  void add(CodeBlock statement, boolean declaresLocal, boolean effectFree) {
    statements.add(statement);
    kinds.add(effectFree ? Kind.EFFECT_FREE : Kind.CODE);
    declaresLocals |= declaresLocal;
    hasCode = true;
  }

  void dropLastStatement() {
    statements.remove(statements.size() - 1);
    kinds.remove(kinds.size() - 1);
  }

  void addComment(CodeBlock comment) {
    statements.add(comment);
    kinds.add(Kind.COMMENT);
  }

  /**
   * Whether all of this state's code may run earlier, but for a final jump when it ends with
   * one ({@link #endsWithJumpTo}).
   */
  boolean isEffectFree() {
    return !kinds.subList(0, codeEnd()).contains(Kind.CODE);
  }

  /**
   * This state's code without its final jump, if it ends with one, as one statement: a block
   * when it declares Java locals (so that it can join another state's code), and without
   * comments that no code follows.
   */
  CodeBlock codeBeforeJump() {
    CodeBlock.Builder code = CodeBlock.builder();
    if (declaresLocals) {
      code.add("{\n$>");
    }
    int end = codeEnd();
    for (int i = 0; i < end; i++) {
      if (kinds.get(i) != Kind.COMMENT || i + 1 < end && kinds.get(i + 1) != Kind.COMMENT) {
        code.add(statements.get(i));
      }
    }
    return declaresLocals ? code.add("$<}\n").build() : code.build();
  }

  private int codeEnd() {
    return endsWithJumpTo == null ? statements.size() : statements.size() - 1;
  }

  /**
   * Moves {@code code} before this state's suspension and makes it resume at {@code resume}:
   * {@code current = x; <code> state = resume; return true;}.
   */
  void runBeforeSuspending(List<CodeBlock> code, Label resume) {
    int at = suspension.stateAssignment();
    statements.set(at, CodeBlock.of("state = $L;\n", resume));
    statements.addAll(at, code);
    kinds.addAll(at, java.util.Collections.nCopies(code.size(), Kind.CODE));
    suspension = null;
  }

  private enum Kind {
    /** Code that must run where the template put it. */
    CODE,
    /** Code nobody can see run ({@code EffectFreeCode}): it may run earlier. */
    EFFECT_FREE,
    /** A source-line comment. */
    COMMENT
  }

  /**
   * A suspension that hands over an element.
   *
   * @param resume where the body goes on
   * @param stateAssignment the index of the statement {@code state = resume;}
   */
  record Suspension(Label resume, int stateAssignment) {}

  /** Whether the state has code beyond source-line comments. */
  boolean hasCode() {
    return hasCode;
  }

  boolean isEmpty() {
    return statements.isEmpty();
  }

  long commentedLine() {
    return commentedLine;
  }

  void commentedLine(long line) {
    commentedLine = line;
  }
}
