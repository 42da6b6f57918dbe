package golden.async.total;

import dev.statecraft.runtime.AsyncMachine;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * Factories for the generator and async templates of {@link Numbers}.
 */
@Generated("dev.statecraft.processor.StatecraftProcessor")
final class NumbersGen {
    private NumbersGen() {
    }

    /**
     * Runs {@link Numbers#total} as a state machine.
     */
    static CompletableFuture<Integer> total(List<CompletableFuture<Integer>> parts) {
        return new TotalMachine(parts).start();
    }

    /**
     * The state machine of {@link Numbers#total}.
     */
    private static final class TotalMachine extends AsyncMachine<Integer> {
        private List<CompletableFuture<Integer>> parts;

        private int sum;

        private CompletableFuture<Integer> p;

        private IllegalStateException e;

        private Iterator<? extends CompletableFuture<Integer>> pIterator;

        TotalMachine(List<CompletableFuture<Integer>> parts) {
            this.parts = parts;
        }

        @Override
        @SuppressWarnings("fallthrough")
        protected void resume() throws Throwable {
            Object awaited = RESUMED;
            for (;;) {
                try {
                    switch (state) {
                        case 0:
                            // Numbers.java:13
                            sum = 0;
                            // Numbers.java:14
                            pIterator = parts.iterator();
                        case 1:
                            // Numbers.java:14
                            if (!pIterator.hasNext()) {
                                state = 5;
                                continue;
                            }
                            p = pIterator.next();
                            // Numbers.java:15
                            state = 2;
                        case 2:
                            // Numbers.java:16
                            state = 3;
                            awaited = awaitNow(p);
                            if (awaited == SUSPENDED) {
                                return;
                            }
                        case 3:
                            sum = (int) (sum + (((Integer) awaitResult(awaited))));
                            state = 1;
                            continue;
                        case 4:
                            // Numbers.java:17
                            // Numbers.java:18
                            sum -= 1;
                            state = 1;
                            continue;
                        case 5:
                            // Numbers.java:21
                            complete(sum);
                            return;
                        default:
                            throw new AssertionError(state);
                    }
                } catch (Throwable thrown) {
                    switch (state) {
                        case 2:
                        case 3:
                            if (thrown instanceof java.lang.IllegalStateException) {
                                e = (IllegalStateException) thrown;
                                state = 4;
                                continue;
                            }
                            throw thrown;
                        case 4:
                            throw thrown;
                        default:
                            throw thrown;
                    }
                }
            }
        }
    }
}
