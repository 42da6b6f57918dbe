package golden.fib;

import dev.statecraft.Generator;
import static dev.statecraft.runtime.Coroutines.*;

class Numbers {
    @Generator
    static Iterable<Integer> fib(int n) {
        int a = 0, b = 1;
        for (int i = 0; i < n; i++) {
            yieldReturn(a);
            int t = a + b; a = b; b = t;
        }
        return done();
    }
}
