package dev.statecraft.tests.behaviour.tryfinally;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldAll;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** Closing while a yieldAll is pending closes the delegate first (DESIGN.md). */
class DelegationCloseTemplates {
  @Generator
  static Iterable<String> inner(List<String> log) {
    try {
      yieldReturn("i1");
      yieldReturn("i2");
    } finally {
      log.add("inner finally");
    }
    return done();
  }

  @Generator
  static Iterable<String> outer(List<String> log) {
    try {
      yieldReturn("o1");
      yieldAll(DelegationCloseTemplatesGen.inner(log));
      yieldReturn("o2");
    } finally {
      log.add("outer finally");
    }
    return done();
  }

  @Generator
  static Iterable<String> overStream(Stream<String> source, List<String> log) {
    try {
      yieldAll(source);
    } finally {
      log.add("finally");
    }
    return done();
  }

  @Generator
  static Iterable<String> overIterator(Iterator<String> source, List<String> log) {
    try {
      yieldAll(source);
    } finally {
      log.add("finally");
    }
    return done();
  }

  /** A recursive chain, each level with its own finally. */
  @Generator
  static Iterable<Integer> chain(int level, int depth, List<String> log) {
    try {
      yieldReturn(level);
      if (level < depth) {
        yieldAll(DelegationCloseTemplatesGen.chain(level + 1, depth, log));
      }
    } finally {
      log.add("level " + level);
    }
    return done();
  }
}
