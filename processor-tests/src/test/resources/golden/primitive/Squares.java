package golden.primitive;

import dev.statecraft.Generator;
import static dev.statecraft.runtime.Coroutines.*;

import java.util.stream.IntStream;

class Squares {
    @Generator
    static IntStream squares(int n) {
        for (int i = 1; i <= n; i++) {
            yieldReturn(i * i);
        }
        return done();
    }
}
