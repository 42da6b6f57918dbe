package hand;

import static dev.statecraft.runtime.Coroutines.*;

import dev.statecraft.Generator;
import java.util.List;

/** A hoisted local as a Java 9 resource, followed by a declared resource (body suspending or not). */
class ResourcesJava9 {
  @Generator
  static Iterable<Object> gen(int n, List<String> log) {
    Resources.Res a = new Resources.Res("a", log);
    yieldReturn(1);
    try (a; Resources.Res b = new Resources.Res("b", log)) {
      log.add("body");
      yieldReturn(2);
    }
    return done();
  }

  @Generator
  static Iterable<Object> plainBody(int n, List<String> log) {
    Resources.Res a = new Resources.Res("a", log);
    yieldReturn(1);
    try (a; Resources.Res b = new Resources.Res("b", log)) {
      log.add("body, no suspension");
    }
    return done();
  }
}
