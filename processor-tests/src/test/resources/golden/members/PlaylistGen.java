package golden.members;

import dev.statecraft.runtime.GeneratorMachine;
import java.util.Iterator;
import javax.annotation.processing.Generated;

/**
 * Factories for the generator and async templates of {@link Playlist}.
 */
@Generated("dev.statecraft.processor.StatecraftProcessor")
final class PlaylistGen {
    private PlaylistGen() {
    }

    /**
     * Runs {@link Playlist#numbered} as a state machine.
     */
    static Iterator<String> numbered(Playlist self, int first) {
        return new NumberedMachine(self, first);
    }

    /**
     * The state machine of {@link Playlist#numbered}.
     */
    private static final class NumberedMachine extends GeneratorMachine<String> {
        private final Playlist self;

        private int first;

        private int number;

        private String song;

        private Iterator<? extends String> songIterator;

        NumberedMachine(Playlist self, int first) {
            this.self = self;
            this.first = first;
        }

        @Override
        @SuppressWarnings("fallthrough")
        protected boolean resume() {
            for (;;) {
                switch (state) {
                    case 0:
                        // Playlist.java:24
                        number = first;
                        // Playlist.java:25
                        songIterator = self.songs.iterator();
                    case 1:
                        // Playlist.java:25
                        if (!songIterator.hasNext()) {
                            state = 2;
                            continue;
                        }
                        song = songIterator.next();
                        // Playlist.java:26
                        self.plays++;
                        // Playlist.java:27
                        current = self.label(number, song);
                        // Playlist.java:28
                        number++;
                        state = 1;
                        return true;
                    case 2:
                        // Playlist.java:30
                        if (!(self.plays > self.songs.size())) {
                            state = 3;
                            continue;
                        }
                        // Playlist.java:31
                        current = self.prefix + "replayed by " + self;
                        state = 3;
                        return true;
                    case 3:
                        // Playlist.java:33
                        return false;
                    default:
                        throw new AssertionError(state);
                }
            }
        }
    }
}
