package dev.statecraft.tests.behaviour.plain;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.io.IOException;
import java.util.List;

/**
 * Statements that contain no suspension point but sit between suspension points: try/catch/finally,
 * try-with-resources, synchronized, throw. They run as written; jumps out of them still reach
 * the right place in the lowered body.
 */
class PlainStatementTemplates {
  /** A resource that logs its close. */
  static final class Res implements AutoCloseable {
    final String name;
    final List<String> log;

    Res(String name, List<String> log) {
      this.name = name;
      this.log = log;
      log.add("open " + name);
    }

    @Override
    public void close() {
      log.add("close " + name);
    }
  }

  /** Assignments inside try and catch to locals that are read after a later yield. */
  @Generator
  static Iterable<String> assignmentsInTryCatch(List<String> inputs) {
    int attempts = 0;
    int failures = 0;
    for (String s : inputs) {
      int value;
      String note;
      try {
        value = Integer.parseInt(s);
        note = "ok";
      } catch (NumberFormatException e) {
        value = -1;
        note = e.getClass().getSimpleName();
        failures++;
      } finally {
        attempts++;
      }
      yieldReturn(value + " " + note);
    }
    yieldReturn(attempts + " attempts, " + failures + " failures");
    return done();
  }

  /** break and continue inside a try/finally without yields, in a loop that yields. */
  @Generator
  static Iterable<Integer> jumpsThroughFinally(List<String> log) {
    for (int i = 0; i < 5; i++) {
      try {
        if (i == 1) {
          continue;
        }
        if (i == 3) {
          break;
        }
        log.add("try " + i);
      } finally {
        log.add("finally " + i);
      }
      yieldReturn(i);
    }
    log.add("after loop");
    return done();
  }

  /** return done() inside a try whose finally has no yield: the finally runs, then the generator ends. */
  @Generator
  static Iterable<String> doneThroughFinally(List<String> log, boolean stop) {
    yieldReturn("first");
    try {
      if (stop) {
        return done();
      }
      log.add("not stopped");
    } finally {
      log.add("finally");
    }
    yieldReturn("second");
    return done();
  }

  /** try-with-resources around no yield: closed before the next yield, in reverse order. */
  @Generator
  static Iterable<String> resources(List<String> log) {
    yieldReturn("before");
    try (Res a = new Res("a", log); Res b = new Res("b", log)) {
      log.add("use " + a.name + b.name);
    }
    yieldReturn("between");
    Res c = new Res("c", log);
    try (c) {
      log.add("use " + c.name);
    }
    yieldReturn("after");
    return done();
  }

  /** Exceptions thrown and caught between yields, and a nested try in a catch and a finally. */
  @Generator
  static Iterable<String> nestedTries(int n) {
    String last = "none";
    for (int i = 0; i < n; i++) {
      try {
        if (i % 2 == 1) {
          throw new IllegalStateException("odd " + i);
        }
        last = "even " + i;
      } catch (IllegalStateException e) {
        try {
          last = e.getMessage();
          Integer.parseInt(last);
        } catch (NumberFormatException nfe) {
          last = last + " (caught twice)";
        }
      } finally {
        try {
          last = last.trim();
        } finally {
          last = "[" + last + "]";
        }
      }
      yieldReturn(last);
    }
    return done();
  }

  /** A throw statement after yields; the template declares the checked exception. */
  @Generator
  static Iterable<Integer> throwStatement(int failAt) throws IOException {
    for (int i = 0; ; i++) {
      if (i == failAt) {
        throw new IOException("failed at " + i);
      }
      yieldReturn(i);
    }
  }

  /** synchronized blocks between yields: the monitor is never held while suspended. */
  @Generator
  static Iterable<Integer> synchronizedBlocks(Object lock, List<String> log) {
    int count = 0;
    synchronized (lock) {
      count++;
      log.add("holds " + Thread.holdsLock(lock));
    }
    yieldReturn(count);
    Object local = lock;
    for (int i = 0; i < 2; i++) {
      synchronized (local) {
        count += 10;
      }
      yieldReturn(count);
    }
    return done();
  }

  /** Empty statements and braces without content between yields. */
  @Generator
  static Iterable<Integer> emptyStatements() {
    ;
    yieldReturn(1);
    {
    }
    ;
    yieldReturn(2);
    for (int i = 0; i < 3; i++) ;
    yieldReturn(3);
    return done();
  }
}
