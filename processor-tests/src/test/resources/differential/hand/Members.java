package hand;

import static dev.statecraft.runtime.Coroutines.*;

import dev.statecraft.Generator;
import java.util.ArrayList;
import java.util.List;

/** An instance template of a generic class using fields, methods and static members. */
class Members<T> {
  int base = 10;
  List<T> items = new ArrayList<>();
  static int counter;

  int bump() {
    return ++base;
  }

  @Generator
  Iterable<Object> members(int n, List<String> log) {
    for (int i = 0; i < n; i++) {
      yieldReturn(bump());
      counter++;
      yieldReturn(this.base + counter);
      base += 100;
      log.add("base " + base + " items " + items.size());
    }
    return done();
  }
}
