package golden.jumps;

import dev.statecraft.runtime.GeneratorMachine;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;

/**
 * Factories for the generator and async templates of {@link Tokens}.
 */
@Generated("dev.statecraft.processor.StatecraftProcessor")
final class TokensGen {
    private TokensGen() {
    }

    /**
     * Runs {@link Tokens#words} as a state machine.
     */
    static Stream<String> words(List<String> lines) {
        return GeneratorMachine.stream(() -> new WordsMachine(lines));
    }

    /**
     * The state machine of {@link Tokens#words}.
     */
    private static final class WordsMachine extends GeneratorMachine<String> {
        private List<String> lines;

        private String line;

        private int start;

        private int i;

        private Iterator<? extends String> lineIterator;

        WordsMachine(List<String> lines) {
            this.lines = lines;
        }

        @Override
        @SuppressWarnings("fallthrough")
        protected boolean resume() {
            for (;;) {
                switch (state) {
                    case 0:
                        // Tokens.java:12
                        lineIterator = lines.iterator();
                    case 1:
                        // Tokens.java:13
                        if (!lineIterator.hasNext()) {
                            state = 7;
                            continue;
                        }
                        line = lineIterator.next();
                        // Tokens.java:14
                        start = 0;
                        // Tokens.java:15
                        i = 0;
                        state = 3;
                        continue;
                    case 2:
                        // Tokens.java:15
                        i++;
                    case 3:
                        // Tokens.java:15
                        if (!(i < line.length())) {
                            state = 6;
                            continue;
                        }
                        // Tokens.java:16
                        switch (line.charAt(i)) {
                            case '#':
                                state = 1;
                                continue;
                            case ' ':
                                state = 4;
                                continue;
                            default:
                                state = 2;
                                continue;
                        }
                    case 4:
                        // Tokens.java:20
                        if (!(i > start)) {
                            state = 5;
                            continue;
                        }
                        // Tokens.java:21
                        current = line.substring(start, i);
                        // Tokens.java:23
                        start = i + 1;
                        // Tokens.java:15
                        i++;
                        state = 3;
                        return true;
                    case 5:
                        // Tokens.java:23
                        start = i + 1;
                        // Tokens.java:24
                        state = 2;
                        continue;
                    case 6:
                        // Tokens.java:29
                        if (!(start < line.length())) {
                            state = 1;
                            continue;
                        }
                        // Tokens.java:30
                        current = line.substring(start);
                        state = 1;
                        return true;
                    case 7:
                        // Tokens.java:33
                        return false;
                    default:
                        throw new AssertionError(state);
                }
            }
        }
    }
}
