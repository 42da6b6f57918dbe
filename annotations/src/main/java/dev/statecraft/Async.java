package dev.statecraft;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method template whose body is asynchronous: it suspends on
 * {@code Coroutines.await(stage)} until the stage completes, and returns a
 * {@code CompletionStage} (or {@code completedFuture(value)}) that completes the result.
 *
 * <p>The Statecraft processor writes a sibling class ({@code ClientGen} beside {@code Client})
 * with a factory of the same name and signature that starts the body synchronously and returns
 * its future. Call the factory, never the template.
 *
 * <p>Supported return types: {@code CompletableFuture<T>}, {@code CompletionStage<T>}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Async {}
