package dev.statecraft.processor.analysis;

import com.sun.source.tree.Tree;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.VariableElement;

/**
 * What the analysis learned about a template body, read by the lowering.
 *
 * @param suspending every tree that contains a suspension point (identity set), so the lowering
 *     splits exactly those and prints everything else as written
 * @param locals every variable the body declares (outside lambdas and classes), in source order
 * @param hoisted the locals that must live in fields because a suspension lies in their scope,
 *     in source order
 * @param markers the marker kind of each marker call in the body
 */
public record BodyFacts(
    Set<Tree> suspending,
    List<VariableElement> locals,
    Set<VariableElement> hoisted,
    Map<Tree, Marker> markers) {

  public boolean suspends(Tree tree) {
    return tree != null && suspending.contains(tree);
  }

  public Marker marker(Tree tree) {
    return markers.get(tree);
  }
}
