package dev.statecraft.processor.analysis;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.VariableElement;

/**
 * Decides which locals live in fields of the machine. The rule (Roslyn's, by position): a
 * variable is hoisted when a suspension point lies inside its scope after its declaration, since
 * its value may be needed after the machine returned to suspend. Parameters are always fields:
 * the machine is built from them. Everything else stays a Java local of the resume method.
 * Identity is the variable's {@code Element}, never its name; the result keeps source order.
 */
final class CaptureAnalysis {
  private CaptureAnalysis() {}

  static Set<VariableElement> hoisted(Trees trees, Template template,
      Map<VariableElement, TreePath> declarations, List<TreePath> suspensions) {
    SourcePositions positions = trees.getSourcePositions();
    CompilationUnitTree unit = template.unit();
    long[] suspensionStarts = suspensions.stream()
        .mapToLong(path -> positions.getStartPosition(unit, path.getLeaf()))
        .sorted()
        .toArray();
    Set<VariableElement> hoisted = new LinkedHashSet<>();
    hoisted.addAll(template.method().getParameters());
    for (Map.Entry<VariableElement, TreePath> entry : declarations.entrySet()) {
      VariableElement local = entry.getKey();
      TreePath declaration = entry.getValue();
      if (local.getConstantValue() != null) {
        continue; // a constant variable becomes a constant of the machine, never a field
      }
      Tree scope = scopeOf(declaration);
      long from = positions.getStartPosition(unit, declaration.getLeaf());
      if (declaration.getParentPath().getLeaf()
          instanceof com.sun.source.tree.BindingPatternTree) {
        // A binding inside a statement that suspends: the statement is split into states.
        from = positions.getStartPosition(unit, enclosingStatement(declaration));
      }
      Tree parent = declaration.getParentPath().getLeaf();
      if (scope instanceof SwitchTree || parent instanceof CatchTree) {
        // A local of a `case ...:` group is in scope in the later groups, which the machine
        // places in other states: any suspension in the switch makes it a field.
        from = positions.getStartPosition(unit, scope);
      } else if (parent instanceof TryTree) {
        // A resource of a lowered try is closed by the finally state, not the state that
        // opened it: any suspension in the try (even in an earlier resource's initializer)
        // makes every resource a field.
        from = positions.getStartPosition(unit, scope);
      }
      long to = positions.getEndPosition(unit, scope);
      for (long start : suspensionStarts) {
        if (start > from && start < to) {
          hoisted.add(local);
          break;
        }
      }
    }
    return hoisted;
  }

  private static Tree enclosingStatement(TreePath path) {
    for (TreePath p = path.getParentPath(); p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof com.sun.source.tree.StatementTree) {
        return p.getLeaf();
      }
    }
    return path.getLeaf();
  }

  /**
   * The tree whose end bounds the variable's scope: the enclosing block or case for a local
   * declaration, the loop for a loop variable, the catch for a catch parameter, the try for a
   * resource. Pattern bindings get the enclosing block or case too (wider than the JLS scope,
   * which only hoists more than needed).
   */
  private static Tree scopeOf(TreePath declaration) {
    TreePath parent = declaration.getParentPath();
    Tree leaf = parent.getLeaf();
    if (leaf instanceof CatchTree) {
      // The handler of a lowered try assigns the parameter in another state than the catch
      // block reads it: any suspension in the try statement makes it a field.
      return parent.getParentPath().getLeaf();
    }
    if (leaf instanceof ForLoopTree || leaf instanceof EnhancedForLoopTree
        || leaf instanceof TryTree) {
      return leaf;
    }
    for (TreePath p = parent; p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof CaseTree c) {
        return c.getCaseKind() == CaseTree.CaseKind.STATEMENT
            ? p.getParentPath().getLeaf() : c;
      }
      if (p.getLeaf() instanceof BlockTree) {
        return p.getLeaf();
      }
    }
    return leaf;
  }
}
