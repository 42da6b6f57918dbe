package dev.statecraft.processor.lowering;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;

/**
 * A lowered {@code try} (one whose blocks suspend), as regenerator's try entries and Roslyn's
 * finally frames: the states of its {@link Part#TRY} block dispatch exceptions to its catches,
 * then to its finally; exceptions leaving its {@link Part#FINALLY} block go to the enclosing
 * handler. A finally is entered with {@link #pending} holding the state to continue at when it
 * ends (after the try, a jump target, the next outer finally, or {@link #rethrow}).
 */
public final class TryRegion {
  /** Which block of the try a state lies in. */
  public enum Part { TRY, CATCH, FINALLY }

  /** One catch clause: the types it catches, the parameter's field and its first state. */
  public record Catch(List<TypeName> types, TypeName parameterType, String parameter,
      Label entry) {}

  private final Handler parent;
  private final List<Catch> catches = new ArrayList<>();
  private final Label finallyEntry;
  private final String pending;
  private final String thrown;
  private final Label rethrow;
  private final CodeBlock onFinallyEntry;
  private final CodeBlock onException;

  TryRegion(Handler parent, Label finallyEntry, String pending, String thrown, Label rethrow,
      CodeBlock onFinallyEntry, CodeBlock onException) {
    this.parent = parent;
    this.finallyEntry = finallyEntry;
    this.pending = pending;
    this.thrown = thrown;
    this.rethrow = rethrow;
    this.onFinallyEntry = onFinallyEntry;
    this.onException = onException;
  }

  /** The handler of the code around the try statement, or null at the top of the body. */
  public Handler parent() {
    return parent;
  }

  public List<Catch> catches() {
    return catches;
  }

  public boolean hasFinally() {
    return finallyEntry != null;
  }

  public Label finallyEntry() {
    return finallyEntry;
  }

  /** The field holding the state to continue at when the finally block ends. */
  public String pending() {
    return pending;
  }

  /** The field holding the exception the finally rethrows at {@link #rethrow}. */
  public String thrown() {
    return thrown;
  }

  public Label rethrow() {
    return rethrow;
  }

  /** Code run on every entry into the finally that is not an exception (may be empty). */
  public CodeBlock onFinallyEntry() {
    return onFinallyEntry;
  }

  /** Code run with {@code thrown} in scope when an exception enters the finally (may be empty). */
  public CodeBlock onException() {
    return onException;
  }

  /** A region and the block of it that code runs in. */
  public record Handler(TryRegion region, Part part) {}
}
