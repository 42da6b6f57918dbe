package golden.members;

import dev.statecraft.Generator;
import static dev.statecraft.runtime.Coroutines.*;

import java.util.Iterator;
import java.util.List;

class Playlist {
    final List<String> songs;
    String prefix = "#";
    int plays;

    Playlist(List<String> songs) {
        this.songs = songs;
    }

    String label(int number, String song) {
        return prefix + number + " " + song;
    }

    @Generator
    Iterator<String> numbered(int first) {
        int number = first;
        for (String song : songs) {
            this.plays++;
            yieldReturn(label(number, song));
            number++;
        }
        if (plays > songs.size()) {
            yieldReturn(prefix + "replayed by " + this);
        }
        return done();
    }
}
