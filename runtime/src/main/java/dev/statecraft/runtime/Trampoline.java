package dev.statecraft.runtime;

import java.util.ArrayDeque;

/**
 * A per-thread loop that runs async machines one after another instead of inside each other
 * (as Kotlin's {@code resumeWith} loop): a machine resumed while another runs on this thread is
 * queued, and the outer loop runs it once the current one suspends or completes. So a chain of
 * machines completing each other uses constant stack, whatever its length.
 */
final class Trampoline {
  /** Starts nested deeper than this run later, from the loop, instead of inside the caller. */
  static final int MAX_NESTED_STARTS = 32;

  private static final ThreadLocal<Trampoline> CURRENT = ThreadLocal.withInitial(Trampoline::new);

  private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
  private boolean draining;
  private int nestedStarts;

  private Trampoline() {}

  /** A factory's start: synchronous, unless starts are nested too deep on this thread. */
  static void start(AsyncMachine<?> machine) {
    Trampoline trampoline = CURRENT.get();
    if (trampoline.nestedStarts >= MAX_NESTED_STARTS) {
      trampoline.queue.add(machine::run);
      return;
    }
    trampoline.nestedStarts++;
    try {
      if (trampoline.draining) {
        machine.run();
      } else {
        trampoline.drain(machine::run);
      }
    } finally {
      trampoline.nestedStarts--;
    }
  }

  /** A resumption after an awaited stage completed on this thread. */
  static void resume(AsyncMachine<?> machine) {
    later(machine::run);
  }

  /**
   * Runs {@code task} (a resumption, or the completion of a result from a returned stage) now,
   * or after the task this thread is running, so that completions never nest.
   */
  static void later(Runnable task) {
    Trampoline trampoline = CURRENT.get();
    if (trampoline.draining) {
      trampoline.queue.add(task);
    } else {
      int outerStarts = trampoline.nestedStarts;
      trampoline.nestedStarts = 0;
      try {
        trampoline.drain(task);
      } finally {
        trampoline.nestedStarts = outerStarts;
      }
    }
  }

  private void drain(Runnable first) {
    draining = true;
    try {
      Runnable task = first;
      while (task != null) {
        task.run();
        task = queue.poll();
      }
    } finally {
      draining = false;
    }
  }
}
