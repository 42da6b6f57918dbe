package dev.statecraft.samples;

import static dev.statecraft.runtime.Coroutines.*;

import dev.statecraft.Generator;
import java.util.stream.Stream;

/**
 * Sample 1: number sequences written as plain loops.
 *
 * <p>These methods are templates: the processor reads them and writes {@code NumbersGen}, whose
 * factories of the same name return the lazy state machines. Code calls {@code NumbersGen.fib},
 * never {@code Numbers.fib}.
 */
class Numbers {

  /** The first {@code n} Fibonacci numbers. */
  @Generator
  static Iterable<Integer> fib(int n) {
    int a = 0, b = 1;
    for (int i = 0; i < n; i++) {
      yieldReturn(a); // hands a to the for-each loop and pauses here until it asks again
      int t = a + b;
      a = b;
      b = t;
    }
    return done();
  }

  /**
   * The primes, in order. The sequence is as long as an {@code int} allows, so in practice the
   * consumer decides how many it wants: nothing is computed until the stream asks for it.
   */
  @Generator
  static Stream<Integer> primes() {
    for (int n = 2; n < Integer.MAX_VALUE; n++) {
      if (isPrime(n)) {
        yieldReturn(n);
      }
    }
    return done();
  }

  // Package-private, not private: the generated NumbersGen calls it from the same package.
  static boolean isPrime(int n) {
    for (int d = 2; (long) d * d <= n; d++) {
      if (n % d == 0) {
        return false;
      }
    }
    return n >= 2;
  }
}
