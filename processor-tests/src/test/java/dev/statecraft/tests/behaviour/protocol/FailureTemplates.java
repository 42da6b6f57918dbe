package dev.statecraft.tests.behaviour.protocol;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Templates that throw. The tests pass the exception object in, so that they can check it comes
 * out of hasNext()/next() as the very same object (DESIGN.md: "never wrapped").
 */
class FailureTemplates {
  @Generator
  static Iterable<String> failAtStart(List<String> log, RuntimeException failure) {
    log.add("start");
    throw failure;
  }

  /** A checked exception, declared by the template; the factory declares nothing. */
  @Generator
  static Iterable<Integer> failAfterTwo(IOException failure) throws IOException {
    yieldReturn(1);
    yieldReturn(2);
    throw failure;
  }

  /** Exception is checked too: the broadest {@code throws} clause. */
  @Generator
  static Iterator<String> failChecked(Exception failure) throws Exception {
    yieldReturn("before");
    if (failure != null) {
      throw failure;
    }
    yieldReturn("not reached");
    return done();
  }

  @Generator
  static Iterable<String> failWithError(Error failure) {
    yieldReturn("before");
    throw failure;
  }

  /** The failure comes from a call inside the body, in the middle of a loop. */
  @Generator
  static Iterable<Integer> parseAll(List<String> inputs, List<String> log) {
    for (String s : inputs) {
      log.add("parse " + s);
      yieldReturn(Integer.parseInt(s));
    }
    log.add("end");
    return done();
  }

  @Generator
  static Stream<Integer> failingStream(RuntimeException failure) {
    yieldReturn(1);
    throw failure;
  }

  /** A helper that throws a checked exception, called from the body. */
  static String read(String name) throws IOException {
    if (name.startsWith("!")) {
      throw new IOException("cannot read " + name);
    }
    return "<" + name + ">";
  }

  @Generator
  static Iterable<String> readAll(List<String> names) throws IOException {
    for (String name : names) {
      yieldReturn(read(name));
    }
    return done();
  }
}
