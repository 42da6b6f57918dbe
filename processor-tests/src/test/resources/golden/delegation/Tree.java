package golden.delegation;

import dev.statecraft.Generator;
import static dev.statecraft.runtime.Coroutines.*;

import java.util.List;

class Tree {
    final Tree left;
    final int value;
    final Tree right;

    Tree(Tree left, int value, Tree right) {
        this.left = left;
        this.value = value;
        this.right = right;
    }

    @Generator
    static Iterable<Integer> walk(Tree node) {
        if (node == null) {
            return done();
        }
        yieldAll(TreeGen.walk(node.left));
        yieldReturn(node.value);
        yieldAll(TreeGen.walk(node.right));
        return done();
    }

    @Generator
    static Iterable<Integer> framed(List<Integer> header, Tree tree) {
        yieldAll(header);
        yieldAll(header.stream().map(h -> -h));
        yieldAll(TreeGen.walk(tree));
        return done();
    }
}
