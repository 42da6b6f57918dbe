package dev.statecraft;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method template whose body is a generator: it hands elements to its consumer with
 * {@code Coroutines.yieldReturn(value)} / {@code Coroutines.yieldAll(source)} and ends with
 * {@code return Coroutines.done();}.
 *
 * <p>The Statecraft processor writes a sibling class ({@code NumbersGen} beside {@code Numbers})
 * with a factory of the same name and signature that returns a lazy, resumable state machine.
 * Call the factory, never the template.
 *
 * <p>Supported return types: {@code Iterable<T>}, {@code Iterator<T>}, {@code Stream<T>},
 * {@code PrimitiveIterator.OfInt}/{@code OfLong}/{@code OfDouble},
 * {@code IntStream}/{@code LongStream}/{@code DoubleStream}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Generator {}
