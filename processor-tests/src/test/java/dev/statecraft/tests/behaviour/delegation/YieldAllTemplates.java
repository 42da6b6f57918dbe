package dev.statecraft.tests.behaviour.delegation;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldAll;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** yieldAll of each kind of source, between ordinary yields. */
class YieldAllTemplates {
  @Generator
  static Iterable<String> concat(Iterable<String> a, Iterator<String> b, Stream<String> c) {
    yieldReturn("start");
    yieldAll(a);
    yieldReturn("mid 1");
    yieldAll(b);
    yieldReturn("mid 2");
    yieldAll(c);
    yieldReturn("end");
    return done();
  }

  /** Empty sources yield nothing and the body goes on. */
  @Generator
  static Iterable<String> empties() {
    yieldAll(List.of());
    yieldReturn("a");
    yieldAll(Collections.emptyIterator());
    yieldAll(Stream.empty());
    yieldReturn("b");
    yieldAll(List.<String>of());
    return done();
  }

  /** The body logs around the delegation so a test sees when it resumes. */
  @Generator
  static Iterable<String> around(Iterable<String> source, List<String> log) {
    log.add("before");
    yieldAll(source);
    log.add("after");
    yieldReturn("own");
    return done();
  }

  @Generator
  static Iterable<String> aroundStream(Stream<String> source, List<String> log) {
    log.add("before");
    yieldAll(source);
    log.add("after");
    yieldReturn("own");
    return done();
  }

  /** The source expression is evaluated once, when the yieldAll is reached. */
  @Generator
  static Iterable<Integer> sourceEvaluatedWhenReached(List<String> log) {
    yieldReturn(0);
    yieldAll(source(log));
    return done();
  }

  static List<Integer> source(List<String> log) {
    log.add("source()");
    return List.of(1, 2);
  }

  /** yieldAll in a loop, with yieldReturn between chunks. */
  @Generator
  static Iterable<Integer> chunks(List<List<Integer>> parts) {
    for (List<Integer> part : parts) {
      yieldReturn(-1);
      yieldAll(part);
    }
    return done();
  }

  /** Sources whose element type is a subtype of the generator's. */
  @Generator
  static Iterable<Number> covariant(List<Integer> ints, Stream<Double> doubles, Iterator<Long> longs) {
    yieldAll(ints);
    yieldAll(doubles);
    yieldAll(longs);
    return done();
  }

  /** Collections of several kinds, including a map's key set and a stream built in the body. */
  @Generator
  static Iterable<String> collections(Map<String, Integer> map, String[] array, int limit) {
    yieldAll(map.keySet());
    yieldAll(List.of(array).iterator());
    yieldAll(Stream.of(array).map(s -> s + limit));
    yieldAll(Stream.iterate(0, i -> i + 1).limit(limit).map(String::valueOf));
    return done();
  }

  /** A delegate with null elements hands them on. */
  @Generator
  static Iterable<String> withNulls(List<String> source) {
    yieldAll(source);
    yieldReturn(null);
    return done();
  }

  /** Delegation to other generated generators of each result kind. */
  @Generator
  static Iterable<Integer> range(int from, int to) {
    for (int i = from; i < to; i++) {
      yieldReturn(i);
    }
    return done();
  }

  @Generator
  static Iterator<Integer> rangeIterator(int from, int to) {
    for (int i = from; i < to; i++) {
      yieldReturn(i);
    }
    return done();
  }

  @Generator
  static Stream<Integer> rangeStream(int from, int to) {
    for (int i = from; i < to; i++) {
      yieldReturn(i);
    }
    return done();
  }

  @Generator
  static Iterable<Integer> generated() {
    yieldAll(YieldAllTemplatesGen.range(0, 2));
    yieldReturn(100);
    yieldAll(YieldAllTemplatesGen.rangeIterator(2, 4));
    yieldReturn(200);
    yieldAll(YieldAllTemplatesGen.rangeStream(4, 6));
    yieldAll(YieldAllTemplatesGen.range(9, 9));
    return done();
  }

  /** An infinite delegate that only the consumer stops. */
  @Generator
  static Iterable<Integer> infinite() {
    yieldReturn(-1);
    yieldAll(Stream.iterate(0, i -> i + 1));
    yieldReturn(-2);
    return done();
  }

  /** The same Iterable delegated to twice: each yieldAll takes a fresh iterator. */
  @Generator
  static Iterable<Integer> twice(Iterable<Integer> source) {
    yieldAll(source);
    yieldAll(source);
    return done();
  }
}
