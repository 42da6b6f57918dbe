package dev.statecraft.tests.behaviour.control;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.Iterator;
import java.util.List;

/** break, continue (plain and labelled), infinite loops and {@code return done()} from deep inside. */
class JumpTemplates {
  @Generator
  static Iterable<String> continueInFor() {
    for (int i = 0; i < 5; i++) {
      if (i % 2 == 0) {
        yieldReturn("skip " + i);
        continue;
      }
      yieldReturn("odd " + i);
    }
    return done();
  }

  /** continue in a for still runs the update (else this loop never ends). */
  @Generator
  static Iterable<Integer> continueRunsTheUpdate() {
    for (int i = 0; i < 5; i++) {
      if (i == 2) continue;
      yieldReturn(i);
    }
    return done();
  }

  /** continue in a while goes to the condition. */
  @Generator
  static Iterable<Integer> continueInWhile() {
    int i = 0;
    while (i < 6) {
      i++;
      if (i % 3 == 0) {
        continue;
      }
      yieldReturn(i);
    }
    return done();
  }

  /** continue in a do/while goes to the condition, not to the top of the body. */
  @Generator
  static Iterable<Integer> continueInDoWhile() {
    int i = 0;
    do {
      i++;
      if (i == 4) {
        continue;
      }
      yieldReturn(i);
    } while (i < 4);
    yieldReturn(-i);
    return done();
  }

  @Generator
  static Iterable<String> breakOutOfLoops(int stopAt) {
    int i = 0;
    while (true) {
      if (i == stopAt) {
        break;
      }
      yieldReturn("while " + i++);
    }
    for (int j = 0; j < 10; j++) {
      yieldReturn("for " + j);
      if (j == stopAt) break;
    }
    do {
      yieldReturn("do");
      if (stopAt >= 0) break;
      yieldReturn("not reached");
    } while (true);
    yieldReturn("after");
    return done();
  }

  /** break and continue from inside nested blocks of the loop body. */
  @Generator
  static Iterable<Integer> jumpsFromNestedBlocks() {
    for (int i = 0; ; i++) {
      {
        if (i == 1) {
          {
            continue;
          }
        }
        {
          yieldReturn(i);
          if (i >= 3) {
            break;
          }
        }
      }
    }
    yieldReturn(100);
    return done();
  }

  @Generator
  static Iterable<String> labelledBreak() {
    outer:
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        if (i * j == 2) {
          break outer;
        }
        yieldReturn(i + "," + j);
      }
      yieldReturn("end row " + i);
    }
    yieldReturn("after");
    return done();
  }

  @Generator
  static Iterable<String> labelledContinue() {
    outer:
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        if (j > i) {
          continue outer;
        }
        yieldReturn(i + "," + j);
      }
      yieldReturn("row done " + i);
    }
    return done();
  }

  /** Labelled continue to an outer while and an outer do/while. */
  @Generator
  static Iterable<String> labelledContinueToWhileAndDo() {
    int i = 0;
    rows:
    while (i < 3) {
      i++;
      int j = 0;
      cols:
      do {
        j++;
        if (j == 2) continue cols;
        if (j > i) continue rows;
        yieldReturn(i + "." + j);
      } while (j < 3);
      yieldReturn("full " + i);
    }
    return done();
  }

  /** A labelled block (not a loop) left by break. */
  @Generator
  static Iterable<String> labelledBlock(List<Integer> items, int wanted) {
    search:
    {
      for (int x : items) {
        yieldReturn("look " + x);
        if (x == wanted) {
          yieldReturn("found");
          break search;
        }
      }
      yieldReturn("not found");
    }
    yieldReturn("after");
    return done();
  }

  /** The same label name used by two sibling statements. */
  @Generator
  static Iterable<String> reusedLabel() {
    loop:
    for (int i = 0; i < 3; i++) {
      yieldReturn("a" + i);
      if (i == 1) break loop;
    }
    loop:
    for (int i = 0; i < 3; i++) {
      if (i == 0) continue loop;
      yieldReturn("b" + i);
    }
    return done();
  }

  /** Infinite for(;;) ended by return done(). */
  @Generator
  static Iterable<Integer> forEver(int limit) {
    int i = 0;
    for (;;) {
      yieldReturn(i++);
      if (i == limit) {
        return done();
      }
    }
  }

  /** An infinite while(true) that only the consumer stops. */
  @Generator
  static Iterator<Integer> naturals(List<String> log) {
    int i = 0;
    while (true) {
      log.add("make " + i);
      yieldReturn(i++);
    }
  }

  /** return done() from inside a switch inside a while inside a for. */
  @Generator
  static Iterable<String> doneFromDeep(int stopI, int stopJ, List<String> log) {
    for (int i = 0; i < 3; i++) {
      int j = 0;
      while (j < 3) {
        switch (j) {
          case 0:
            yieldReturn(i + ":" + j);
            break;
          default:
            if (i == stopI && j == stopJ) {
              log.add("stopping");
              return done();
            }
            yieldReturn(i + "-" + j);
        }
        j++;
      }
    }
    log.add("completed");
    return done();
  }

  /** An early return done() before any yield. */
  @Generator
  static Iterable<String> guard(String input) {
    if (input == null || input.isEmpty()) return done();
    yieldReturn(input);
    if (input.length() == 1) {
      return done();
    }
    yieldReturn(input.substring(1));
    return done();
  }
}
