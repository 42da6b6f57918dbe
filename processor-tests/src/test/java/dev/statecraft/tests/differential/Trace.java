package dev.statecraft.tests.differential;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * The ordered events of one run of a template: elements handed to the consumer, entries the body
 * adds to its {@code log} parameter, exceptions, the end of the sequence and what the consumer did
 * (close, second iterator, ...). Both sides of the differential test record into a trace and the
 * two traces must be equal.
 *
 * <p>Events are plain strings so that a mismatch prints readably. Recording is synchronized: on
 * the reference side the body runs on its own thread (handing over to the consumer, so the order
 * is still deterministic).
 */
final class Trace {
  /** A run that records more events than this is cut off (a generated machine that loops). */
  static final int MAX_EVENTS = 20_000;

  private final List<String> events = new ArrayList<>();
  private boolean overflowed;

  synchronized void add(String event) {
    if (events.size() >= MAX_EVENTS) {
      if (!overflowed) {
        overflowed = true;
        events.add("!overflow: more than " + MAX_EVENTS + " events");
      }
      throw new TraceOverflow();
    }
    events.add(event);
  }

  synchronized boolean overflowed() {
    return overflowed;
  }

  synchronized List<String> events() {
    return List.copyOf(events);
  }

  /** The {@code List<String> log} argument of a template: each {@code add} is an event. */
  List<String> log() {
    return new LogList(this);
  }

  /** An element as the consumer saw it: its runtime class and value. */
  static String element(Object value) {
    return value == null ? "null" : value.getClass().getSimpleName() + " " + value;
  }

  /** An exception as the consumer saw it: its class and message (causes too, when wrapped). */
  static String exception(Throwable t) {
    // A helpful NullPointerException names the variable as the JVM sees it ("<local2>" in the
    // template, "this.v" in the machine): only its class is part of the behaviour.
    String message = t instanceof NullPointerException && t.getMessage() != null
        && t.getMessage().startsWith("Cannot ") ? "(helpful NPE message)" : t.getMessage();
    StringBuilder sb = new StringBuilder(t.getClass().getName()).append(": ").append(message);
    if (t.getCause() != null && t.getCause() != t) {
      sb.append(" [cause ").append(exception(t.getCause())).append(']');
    }
    return sb.toString();
  }

  @Override
  public synchronized String toString() {
    return format(events);
  }

  static String format(List<String> events) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < events.size(); i++) {
      sb.append(String.format("%5d  %s%n", i, events.get(i)));
    }
    return sb.toString();
  }

  /** Thrown from {@link #add} past {@link #MAX_EVENTS}, to stop a runaway run. */
  static final class TraceOverflow extends Error {
    TraceOverflow() {
      super("trace overflow", null, false, false);
    }
  }

  /** A list that records every element added to it as a {@code log} event. */
  private static final class LogList extends AbstractList<String> {
    private final Trace trace;
    private final List<String> entries = new ArrayList<>();

    LogList(Trace trace) {
      this.trace = trace;
    }

    @Override
    public boolean add(String entry) {
      trace.add("log " + entry);
      synchronized (entries) {
        return entries.add(entry);
      }
    }

    @Override
    public String get(int index) {
      synchronized (entries) {
        return entries.get(index);
      }
    }

    @Override
    public int size() {
      synchronized (entries) {
        return entries.size();
      }
    }
  }
}
