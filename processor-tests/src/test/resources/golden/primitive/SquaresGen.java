package golden.primitive;

import dev.statecraft.runtime.IntGeneratorMachine;
import java.util.stream.IntStream;
import javax.annotation.processing.Generated;

/**
 * Factories for the generator and async templates of {@link Squares}.
 */
@Generated("dev.statecraft.processor.StatecraftProcessor")
final class SquaresGen {
    private SquaresGen() {
    }

    /**
     * Runs {@link Squares#squares} as a state machine.
     */
    static IntStream squares(int n) {
        return IntGeneratorMachine.stream(() -> new SquaresMachine(n));
    }

    /**
     * The state machine of {@link Squares#squares}.
     */
    private static final class SquaresMachine extends IntGeneratorMachine {
        private int n;

        private int i;

        SquaresMachine(int n) {
            this.n = n;
            // The body's first statements, run now: they only set this machine's locals
            // Squares.java:11
            i = 1;
        }

        @Override
        @SuppressWarnings("fallthrough")
        protected boolean resume() {
            for (;;) {
                switch (state) {
                    case 0:
                        // Squares.java:11
                        if (!(i <= n)) {
                            state = 1;
                            continue;
                        }
                        // Squares.java:12
                        current = i * i;
                        // Squares.java:11
                        i++;
                        state = 0;
                        return true;
                    case 1:
                        // Squares.java:14
                        return false;
                    default:
                        throw new AssertionError(state);
                }
            }
        }
    }
}
