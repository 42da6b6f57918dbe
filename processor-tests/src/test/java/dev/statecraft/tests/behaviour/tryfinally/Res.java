package dev.statecraft.tests.behaviour.tryfinally;

import java.util.List;

/** A resource that logs its opening and closing, and can be told to fail on close. */
final class Res implements AutoCloseable {
  final String name;
  private final List<String> log;
  private final RuntimeException closeFailure;

  Res(String name, List<String> log, RuntimeException closeFailure) {
    this.name = name;
    this.log = log;
    this.closeFailure = closeFailure;
    log.add("open " + name);
  }

  static Res open(String name, List<String> log) {
    return new Res(name, log, null);
  }

  static Res failingOnClose(String name, List<String> log, RuntimeException failure) {
    return new Res(name, log, failure);
  }

  static Res failingToOpen(String name, List<String> log) {
    log.add("cannot open " + name);
    throw new IllegalStateException("cannot open " + name);
  }

  @Override
  public void close() {
    log.add("close " + name);
    if (closeFailure != null) {
      throw closeFailure;
    }
  }
}
