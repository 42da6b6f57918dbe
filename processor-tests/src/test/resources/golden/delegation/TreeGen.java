package golden.delegation;

import dev.statecraft.runtime.GeneratorMachine;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Factories for the generator and async templates of {@link Tree}.
 */
@Generated("dev.statecraft.processor.StatecraftProcessor")
final class TreeGen {
    private TreeGen() {
    }

    /**
     * Runs {@link Tree#walk} as a state machine.
     */
    static Iterable<Integer> walk(Tree node) {
        return () -> new WalkMachine(node);
    }

    /**
     * Runs {@link Tree#framed} as a state machine.
     */
    static Iterable<Integer> framed(List<Integer> header, Tree tree) {
        return () -> new FramedMachine(header, tree);
    }

    /**
     * The state machine of {@link Tree#walk}.
     */
    private static final class WalkMachine extends GeneratorMachine<Integer> {
        private Tree node;

        WalkMachine(Tree node) {
            this.node = node;
        }

        @Override
        @SuppressWarnings("fallthrough")
        protected boolean resume() throws Throwable {
            for (;;) {
                switch (state) {
                    case 0:
                        // Tree.java:21
                        if (node == null) {
                            return false;
                        }
                        // Tree.java:24
                        state = 1;
                        return yieldAll(TreeGen.walk(node.left));
                    case 1:
                        rethrowDelegateFailure();
                        // Tree.java:25
                        current = node.value;
                        state = 2;
                        return true;
                    case 2:
                        // Tree.java:26
                        state = 3;
                        return yieldAll(TreeGen.walk(node.right));
                    case 3:
                        rethrowDelegateFailure();
                        // Tree.java:27
                        return false;
                    default:
                        throw new AssertionError(state);
                }
            }
        }
    }

    /**
     * The state machine of {@link Tree#framed}.
     */
    private static final class FramedMachine extends GeneratorMachine<Integer> {
        private List<Integer> header;

        private Tree tree;

        FramedMachine(List<Integer> header, Tree tree) {
            this.header = header;
            this.tree = tree;
        }

        @Override
        @SuppressWarnings("fallthrough")
        protected boolean resume() throws Throwable {
            for (;;) {
                switch (state) {
                    case 0:
                        // Tree.java:32
                        state = 1;
                        return yieldAll(header);
                    case 1:
                        rethrowDelegateFailure();
                        // Tree.java:33
                        state = 2;
                        return yieldAll(header.stream().map(h -> -h));
                    case 2:
                        rethrowDelegateFailure();
                        // Tree.java:34
                        state = 3;
                        return yieldAll(TreeGen.walk(tree));
                    case 3:
                        rethrowDelegateFailure();
                        // Tree.java:35
                        return false;
                    default:
                        throw new AssertionError(state);
                }
            }
        }
    }
}
