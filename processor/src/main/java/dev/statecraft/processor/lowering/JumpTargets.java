package dev.statecraft.processor.lowering;

import com.sun.source.tree.Tree;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import javax.lang.model.element.Name;

/**
 * What a jump out of the current position crosses, innermost first (regenerator's leap
 * manager): lowered loops, switches and labels it may target, the lowered {@code finally} blocks
 * it must run on its way, and the {@code finally} blocks it leaves. Jumps to constructs written as
 * they are stay plain Java jumps and never come here.
 */
final class JumpTargets {
  /** An entry of the stack. */
  sealed interface Entry permits Target, FinallyFrame, FinallyBody, SwitchValue {}

  /** A lowered loop, switch or labelled statement. */
  record Target(Tree tree, Name label, Label breakLabel, Label continueLabel) implements Entry {
    boolean isLoop() {
      return continueLabel != null;
    }

    boolean isSwitch() {
      return tree.getKind() == Tree.Kind.SWITCH;
    }
  }

  /** A lowered switch expression: its {@code yield v;} stores into {@code target} and leaves. */
  record SwitchValue(String target, Label exit) implements Entry {}

  /** The try or catch block of a lowered try with a finally: leaving it runs the finally. */
  record FinallyFrame(TryRegion region) implements Entry {}

  /** The finally block of a lowered try: a jump leaving it during a close ends the close. */
  record FinallyBody(TryRegion region) implements Entry {}

  /** A resolved jump: its target, the finally blocks to run first, whether it leaves one. */
  record Jump(Label target, List<TryRegion> finallys, boolean leavesFinally) {}

  private final Deque<Entry> entries = new ArrayDeque<>();

  void with(Entry entry, Runnable body) {
    entries.push(entry);
    try {
      body.run();
    } finally {
      Entry popped = entries.pop();
      if (popped != entry) {
        throw new IllegalStateException("unbalanced jump targets");
      }
    }
  }

  <T> T with(Entry entry, Supplier<T> body) {
    Object[] result = new Object[1];
    with(entry, () -> {
      result[0] = body.get();
    });
    @SuppressWarnings("unchecked")
    T value = (T) result[0];
    return value;
  }

  /** {@code break label;} ({@code label} null for a plain break). */
  Jump breakJump(Name label) {
    return resolve(entry -> entry instanceof Target t && (label == null
        ? t.isLoop() || t.isSwitch() : label.equals(t.label())), false, null);
  }

  /** {@code continue label;}. */
  Jump continueJump(Name label) {
    return resolve(entry -> entry instanceof Target t && t.isLoop()
        && (label == null || label.equals(t.label())), true, null);
  }

  /** Whether a jump out of the body from here crosses a lowered finally block. */
  boolean crossesFinally() {
    return entries.stream().anyMatch(e -> e instanceof FinallyFrame || e instanceof FinallyBody);
  }

  /** The innermost lowered switch expression, or null. */
  SwitchValue switchValue() {
    for (Entry entry : entries) {
      if (entry instanceof SwitchValue value) {
        return value;
      }
      if (entry instanceof Target) {
        continue;
      }
    }
    return null;
  }

  /** Java's {@code yield}: to the end of the innermost lowered switch expression. */
  Jump yieldJump() {
    List<TryRegion> finallys = new ArrayList<>();
    boolean leavesFinally = false;
    for (Entry entry : entries) {
      if (entry instanceof SwitchValue value) {
        return new Jump(value.exit(), finallys, leavesFinally);
      }
      if (entry instanceof FinallyFrame frame) {
        finallys.add(frame.region());
      } else if (entry instanceof FinallyBody) {
        leavesFinally = true;
      }
    }
    throw new IllegalStateException("yield outside a lowered switch expression");
  }

  /** A jump to the end of the body ({@code return}), through every lowered finally. */
  Jump exitJump(Label exit) {
    return resolve(entry -> false, false, exit);
  }

  private Jump resolve(java.util.function.Predicate<Entry> isTarget, boolean continuing,
      Label exit) {
    List<TryRegion> finallys = new ArrayList<>();
    boolean leavesFinally = false;
    for (Entry entry : entries) {
      if (isTarget.test(entry)) {
        Target target = (Target) entry;
        return new Jump(continuing ? target.continueLabel() : target.breakLabel(), finallys,
            leavesFinally);
      }
      if (entry instanceof FinallyFrame frame) {
        finallys.add(frame.region());
      } else if (entry instanceof FinallyBody) {
        leavesFinally = true;
      }
    }
    if (exit == null) {
      throw new IllegalStateException("no lowered target for the jump");
    }
    return new Jump(exit, finallys, leavesFinally);
  }

  /** The finally blocks a close runs from here, innermost first, and whether we are in one. */
  List<TryRegion> enclosingFinallys() {
    List<TryRegion> finallys = new ArrayList<>();
    for (Entry entry : entries) {
      if (entry instanceof FinallyFrame frame) {
        finallys.add(frame.region());
      }
    }
    return finallys;
  }
}
