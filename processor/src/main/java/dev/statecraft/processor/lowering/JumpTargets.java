package dev.statecraft.processor.lowering;

import com.sun.source.tree.Tree;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import javax.lang.model.element.Name;

/**
 * The lowered constructs a {@code break} or {@code continue} may target, innermost first
 * (regenerator's leap manager). Only lowered constructs are here: jumps to constructs written as
 * they are stay plain Java jumps.
 */
final class JumpTargets {
  /** A lowered loop, switch or labelled statement. */
  record Target(Tree tree, Name label, Label breakLabel, Label continueLabel) {
    boolean isLoop() {
      return continueLabel != null;
    }
  }

  private final Deque<Target> targets = new ArrayDeque<>();

  <T> T with(Target target, Supplier<T> body) {
    targets.push(target);
    try {
      return body.get();
    } finally {
      Target popped = targets.pop();
      if (popped != target) {
        throw new IllegalStateException("unbalanced jump targets");
      }
    }
  }

  void with(Target target, Runnable body) {
    with(target, () -> {
      body.run();
      return null;
    });
  }

  /** Where {@code break label;} (or a plain break, for a null label) goes. */
  Label breakTarget(Name label) {
    for (Target target : targets) {
      if (label == null ? target.label() == null || target.isLoop() || isSwitch(target)
          : label.equals(target.label())) {
        if (label == null && !target.isLoop() && !isSwitch(target)) {
          continue;
        }
        return target.breakLabel();
      }
    }
    throw new IllegalStateException("no lowered target for break " + label);
  }

  /** Where {@code continue label;} goes. */
  Label continueTarget(Name label) {
    for (Target target : targets) {
      if (target.isLoop() && (label == null || label.equals(target.label()))) {
        return target.continueLabel();
      }
    }
    throw new IllegalStateException("no lowered target for continue " + label);
  }

  private static boolean isSwitch(Target target) {
    return target.tree().getKind() == Tree.Kind.SWITCH;
  }
}
