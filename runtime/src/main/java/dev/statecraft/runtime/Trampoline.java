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

  /**
   * Machines to run and other tasks ({@link Runnable}s). A machine is queued as itself rather
   * than as {@code machine::run}, so that a resumption allocates nothing here.
   */
  private final ArrayDeque<Object> queue = new ArrayDeque<>();
  private boolean draining;
  private int nestedStarts;

  private Trampoline() {}

  /** A factory's start: synchronous, unless starts are nested too deep on this thread. */
  static void start(AsyncMachine<?> machine) {
    Trampoline trampoline = CURRENT.get();
    if (trampoline.nestedStarts >= MAX_NESTED_STARTS) {
      trampoline.queue.add(machine);
      return;
    }
    trampoline.nestedStarts++;
    try {
      if (trampoline.draining) {
        machine.run();
      } else {
        trampoline.drain(machine);
      }
    } finally {
      trampoline.nestedStarts--;
    }
  }

  /** A resumption after an awaited stage completed on this thread. */
  static void resume(AsyncMachine<?> machine) {
    schedule(machine);
  }

  /**
   * Runs {@code task} (a resumption, or the completion of a result from a returned stage) now,
   * or after the task this thread is running, so that completions never nest.
   */
  static void later(Runnable task) {
    schedule(task);
  }

  /** {@link #later} of a machine to run or of a {@link Runnable}. */
  private static void schedule(Object task) {
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

  private void drain(Object first) {
    draining = true;
    try {
      Object task = first;
      while (task != null) {
        if (task instanceof AsyncMachine<?> machine) {
          machine.run();
        } else {
          ((Runnable) task).run();
        }
        task = queue.poll();
      }
    } finally {
      draining = false;
    }
  }
}
