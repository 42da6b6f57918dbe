package dev.statecraft.tests.behaviour.members;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.io.IOException;

/**
 * Access of the generated class and its factories (DESIGN.md): the class is public when the
 * enclosing type is; a factory keeps the template's modifier except that private becomes
 * package-private; factories declare no throws clause.
 */
public class AccessTemplates {
  @Generator
  public static Iterable<String> publicOne() {
    yieldReturn("public");
    return done();
  }

  @Generator
  protected static Iterable<String> protectedOne() {
    yieldReturn("protected");
    return done();
  }

  @Generator
  static Iterable<String> packageOne() {
    yieldReturn("package");
    return done();
  }

  @Generator
  private static Iterable<String> privateOne() {
    yieldReturn("private");
    return done();
  }

  @Generator
  static Iterable<String> throwing(boolean fail) throws IOException {
    if (fail) {
      throw new IOException("fail");
    }
    yieldReturn("ok");
    return done();
  }
}
