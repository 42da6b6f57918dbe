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
            // The body's first statements, run now: they only set this machine's locals
            // Numbers.java:9
            a = 0;
            b = 1;
            // Numbers.java:10
            i = 0;
        }

        @Override
        @SuppressWarnings("fallthrough")
        protected boolean resume() {
            for (;;) {
                switch (state) {
                    case 0:
                        // Numbers.java:10
                        if (!(i < n)) {
                            state = 1;
                            continue;
                        }
                        // Numbers.java:11
                        current = a;
                        {
                            // Numbers.java:12
                            int t = a + b;
                            a = b;
                            b = t;
                        }
                        // Numbers.java:10
                        i++;
                        state = 0;
                        return true;
                    case 1:
                        // Numbers.java:14
                        return false;
                    default:
                        throw new AssertionError(state);
                }
            }
        }
    }
}
