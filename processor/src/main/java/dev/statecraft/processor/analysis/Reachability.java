package dev.statecraft.processor.analysis;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;

/**
 * JLS 14.22 "can complete normally", for statements the lowering writes as they are: code placed
 * after a statement that cannot complete normally would be rejected by javac as unreachable.
 */
public final class Reachability {
  private final Trees trees;
  private final TreePath root;

  public Reachability(Trees trees, TreePath root) {
    this.trees = trees;
    this.root = root;
  }

  public boolean canCompleteNormally(Tree tree) {
    switch (tree.getKind()) {
      case RETURN, THROW, BREAK, CONTINUE, YIELD:
        return false;
      case BLOCK:
        return canCompleteNormally(((BlockTree) tree).getStatements());
      case LABELED_STATEMENT: {
        LabeledStatementTree labeled = (LabeledStatementTree) tree;
        return canCompleteNormally(labeled.getStatement())
            || breaksTo(labeled.getStatement(), labeled, labeled);
      }
      case IF: {
        IfTree branch = (IfTree) tree;
        return branch.getElseStatement() == null
            || canCompleteNormally(branch.getThenStatement())
            || canCompleteNormally(branch.getElseStatement());
      }
      case WHILE_LOOP: {
        WhileLoopTree loop = (WhileLoopTree) tree;
        return !isConstantTrue(loop.getCondition()) || breaksTo(loop.getStatement(), loop, null);
      }
      case DO_WHILE_LOOP: {
        DoWhileLoopTree loop = (DoWhileLoopTree) tree;
        return ((canCompleteNormally(loop.getStatement()) || continuesTo(loop))
                && !isConstantTrue(loop.getCondition()))
            || breaksTo(loop.getStatement(), loop, null);
      }
      case FOR_LOOP: {
        ForLoopTree loop = (ForLoopTree) tree;
        return (loop.getCondition() != null && !isConstantTrue(loop.getCondition()))
            || breaksTo(loop.getStatement(), loop, null);
      }
      case ENHANCED_FOR_LOOP:
        return true;
      case SYNCHRONIZED:
        return canCompleteNormally(((SynchronizedTree) tree).getBlock());
      case SWITCH:
        return switchCompletes((SwitchTree) tree);
      case TRY: {
        TryTree attempt = (TryTree) tree;
        boolean body = canCompleteNormally(attempt.getBlock());
        for (CatchTree handler : attempt.getCatches()) {
          body |= canCompleteNormally(handler.getBlock());
        }
        return body && (attempt.getFinallyBlock() == null
            || canCompleteNormally(attempt.getFinallyBlock()));
      }
      default:
        return true;
    }
  }

  public boolean canCompleteNormally(List<? extends StatementTree> statements) {
    for (StatementTree statement : statements) {
      if (!canCompleteNormally(statement)) {
        return false;
      }
    }
    return true;
  }

  private boolean switchCompletes(SwitchTree tree) {
    List<? extends CaseTree> cases = tree.getCases();
    if (cases.isEmpty() || breaksTo(tree, tree, null)) {
      return true;
    }
    boolean hasDefault = false;
    for (CaseTree c : cases) {
      hasDefault |= c.getExpressions().isEmpty();
    }
    if (!hasDefault && !isExhaustiveEnumSwitch(tree)) {
      return true;
    }
    CaseTree last = cases.get(cases.size() - 1);
    if (last.getCaseKind() == CaseTree.CaseKind.RULE) {
      for (CaseTree c : cases) {
        Tree body = c.getBody();
        if (body instanceof ExpressionTree || body == null || canCompleteNormally(body)) {
          return true;
        }
      }
      return false;
    }
    return last.getStatements() == null || canCompleteNormally(last.getStatements());
  }

  private boolean isExhaustiveEnumSwitch(SwitchTree tree) {
    return false; // JLS 17: a switch statement without default can always complete normally.
  }

  /** Whether a {@code break} inside {@code body} targets {@code target}. */
  private boolean breaksTo(Tree body, Tree target, LabeledStatementTree label) {
    return new JumpSearch() {
      @Override
      public Boolean visitBreak(BreakTree node, Integer depth) {
        if (node.getLabel() != null) {
          return label != null && node.getLabel().contentEquals(label.getLabel());
        }
        return label == null && depth == 0;
      }

      @Override
      boolean nests(SwitchTree node) {
        return node != target; // a plain break leaves the innermost switch
      }
    }.search(body);
  }

  /**
   * Whether a {@code continue} in the loop's body reaches its condition: an unlabelled one not
   * inside a nested loop, or a labelled one whose label the body does not declare itself.
   */
  private boolean continuesTo(DoWhileLoopTree loop) {
    java.util.Set<String> declared = new java.util.HashSet<>();
    return new JumpSearch() {
      @Override
      public Boolean visitContinue(com.sun.source.tree.ContinueTree node, Integer depth) {
        return node.getLabel() == null ? depth == 0
            : !declared.contains(node.getLabel().toString());
      }

      @Override
      public Boolean visitLabeledStatement(LabeledStatementTree node, Integer depth) {
        declared.add(node.getLabel().toString());
        return super.visitLabeledStatement(node, depth);
      }

      @Override
      boolean nests(SwitchTree node) {
        return false; // continue passes through a switch
      }
    }.search(loop.getStatement());
  }

  /**
   * Looks for a jump of the searched body, counting (as the scan argument) the loops and
   * switches it is nested in; classes and lambdas are other methods.
   */
  private abstract static class JumpSearch extends TreeScanner<Boolean, Integer> {
    boolean search(Tree body) {
      return Boolean.TRUE.equals(scan(body, 0));
    }

    /** Whether a plain jump inside {@code node} stops at it. */
    abstract boolean nests(SwitchTree node);

    @Override
    public Boolean reduce(Boolean a, Boolean b) {
      return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
    }

    @Override
    public Boolean visitWhileLoop(WhileLoopTree node, Integer depth) {
      return super.visitWhileLoop(node, depth + 1);
    }

    @Override
    public Boolean visitDoWhileLoop(DoWhileLoopTree node, Integer depth) {
      return super.visitDoWhileLoop(node, depth + 1);
    }

    @Override
    public Boolean visitForLoop(ForLoopTree node, Integer depth) {
      return super.visitForLoop(node, depth + 1);
    }

    @Override
    public Boolean visitEnhancedForLoop(EnhancedForLoopTree node, Integer depth) {
      return super.visitEnhancedForLoop(node, depth + 1);
    }

    @Override
    public Boolean visitSwitch(SwitchTree node, Integer depth) {
      return super.visitSwitch(node, nests(node) ? depth + 1 : depth);
    }

    @Override
    public Boolean visitSwitchExpression(SwitchExpressionTree node, Integer depth) {
      return super.visitSwitchExpression(node, depth + 1);
    }

    @Override
    public Boolean visitClass(ClassTree node, Integer depth) {
      return false;
    }

    @Override
    public Boolean visitLambdaExpression(LambdaExpressionTree node, Integer depth) {
      return false;
    }
  }

  /** A condition that is the constant {@code true} (a literal or a constant variable). */
  private boolean isConstantTrue(ExpressionTree condition) {
    ExpressionTree e = condition;
    while (e instanceof ParenthesizedTree p) {
      e = p.getExpression();
    }
    if (e instanceof LiteralTree literal) {
      return Boolean.TRUE.equals(literal.getValue());
    }
    if (e instanceof IdentifierTree || e instanceof MemberSelectTree) {
      Element element = trees.getElement(TreePath.getPath(root, e));
      return element instanceof VariableElement v && Boolean.TRUE.equals(v.getConstantValue());
    }
    return false;
  }
}
