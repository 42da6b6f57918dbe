package golden.fib;

import dev.statecraft.runtime.IntGeneratorMachine;
import javax.annotation.processing.Generated;

/**
 * Factories for the generator and async templates of {@link Numbers}.
 */
@Generated("dev.statecraft.processor.StatecraftProcessor")
final class NumbersGen {
    private NumbersGen() {
    }

    /**
     * Runs {@link Numbers#fib} as a state machine.
     */
    static Iterable<Integer> fib(int n) {
        return () -> new FibMachine(n);
    }

    /**
     * The state machine of {@link Numbers#fib}.
     *
     * <p>Keeps each element as an {@code int} until {@code next()} boxes it, so that the JIT
     * can remove the box.
     */
    private static final class FibMachine extends IntGeneratorMachine {
        private int n;

        private int a;

        private int b;

        private int i;

        FibMachine(int n) {
            this.n = n;
        }

        @Override
        @SuppressWarnings("fallthrough")
        protected boolean resume() {
            for (;;) {
                switch (state) {
                    case 0:
                        // Numbers.java:9
                        a = 0;
                        b = 1;
                        // Numbers.java:10
                        i = 0;
                        state = 3;
                        continue;
                    case 1: {
                        // Numbers.java:12
                        int t = a + b;
                        a = b;
                        b = t;
                    }
                    case 2:
                        // Numbers.java:10
                        i++;
                    case 3:
                        // Numbers.java:10
                        if (!(i < n)) {
                            state = 4;
                            continue;
                        }
                        // Numbers.java:11
                        current = a;
                        state = 1;
                        return true;
                    case 4:
                        // Numbers.java:14
                        return false;
                    default:
                        throw new AssertionError(state);
                }
            }
        }
    }
}
