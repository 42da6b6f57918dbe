package dev.statecraft.tests.behaviour.async;

import java.util.List;

/** A resource that logs its closing (with the closing thread) and may fail to close. */
final class Res implements AutoCloseable {
  final String name;
  private final List<String> log;
  private final RuntimeException closeFailure;
  volatile Thread closedOn;
  int closes;

  Res(String name, List<String> log) {
    this(name, log, null);
  }

  Res(String name, List<String> log, RuntimeException closeFailure) {
    this.name = name;
    this.log = log;
    this.closeFailure = closeFailure;
    log.add("open " + name);
  }

  @Override
  public void close() {
    closes++;
    closedOn = Thread.currentThread();
    log.add("close " + name);
    if (closeFailure != null) {
      throw closeFailure;
    }
  }
}
