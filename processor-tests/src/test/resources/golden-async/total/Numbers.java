package golden.async.total;

import static dev.statecraft.runtime.Coroutines.*;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.statecraft.Async;
import java.util.List;
import java.util.concurrent.CompletableFuture;

class Numbers {
    @Async
    static CompletableFuture<Integer> total(List<CompletableFuture<Integer>> parts) {
        int sum = 0;
        for (CompletableFuture<Integer> p : parts) {
            try {
                sum += await(p);
            } catch (IllegalStateException e) {
                sum -= 1;
            }
        }
        return completedFuture(sum);   // any CompletionStage<? extends T> may be returned
    }
}
