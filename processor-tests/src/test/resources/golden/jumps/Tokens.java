package golden.jumps;

import dev.statecraft.Generator;
import static dev.statecraft.runtime.Coroutines.*;

import java.util.List;
import java.util.stream.Stream;

class Tokens {
    @Generator
    static Stream<String> words(List<String> lines) {
        lines:
        for (String line : lines) {
            int start = 0;
            for (int i = 0; i < line.length(); i++) {
                switch (line.charAt(i)) {
                    case '#':
                        continue lines;
                    case ' ':
                        if (i > start) {
                            yieldReturn(line.substring(start, i));
                        }
                        start = i + 1;
                        break;
                    default:
                        break;
                }
            }
            if (start < line.length()) {
                yieldReturn(line.substring(start));
            }
        }
        return done();
    }
}
