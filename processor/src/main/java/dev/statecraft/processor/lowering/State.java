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
    statements.add(statement);
    declaresLocals |= declaresLocal;
    hasCode = true;
  }

  void dropLastStatement() {
    statements.remove(statements.size() - 1);
  }

  void addComment(CodeBlock comment) {
    statements.add(comment);
  }

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
