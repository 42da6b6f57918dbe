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
 * @param unresolved simple names in the body that javac could not resolve (yet)
 * @param declarations where each local is declared
 * @param movedTypes local types declared at the top of the resume method instead
 * @param innerNames names declared inside the body's lambdas and classes, which the machine's
 *     own locals must not take (a lambda parameter may not shadow a local)
 * @param cached hoisted locals of such a local type: Java locals of the resume method, saved to
 *     {@code Object} fields while suspended
 */
public record BodyFacts(
    Set<Tree> suspending,
    List<VariableElement> locals,
    Set<VariableElement> hoisted,
    Map<Tree, Marker> markers,
    Set<String> unresolved,
    Map<VariableElement, com.sun.source.util.TreePath> declarations,
    Map<javax.lang.model.element.TypeElement, com.sun.source.util.TreePath> movedTypes,
    Set<VariableElement> cached,
    Set<String> innerNames) {

  /** Where the body declares {@code local}, or null for a parameter. */
  public com.sun.source.util.TreePath declaration(VariableElement local) {
    return declarations.get(local);
  }

  public boolean suspends(Tree tree) {
    return tree != null && suspending.contains(tree);
  }

  public Marker marker(Tree tree) {
    return markers.get(tree);
  }
}
