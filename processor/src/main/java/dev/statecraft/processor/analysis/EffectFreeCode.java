package dev.statecraft.processor.analysis;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Finds the statements that nobody can see run: they assign a local of a primitive type (never a
 * parameter) from literals, constants, locals and parameters, with operators that cannot throw. No method call, no field or array access, no
 * allocation, no boxing, no integer division. The lowering may run such a statement earlier
 * than the template says, before a suspension rather than after it, or when the generator is
 * created rather than on its first {@code hasNext} (decision D18), without any observable
 * difference: only the machine reads its hoisted locals, and the statement cannot fail.
 */
public final class EffectFreeCode {
  private final Trees trees;
  /** The body's locals and the template's parameters. */
  private final java.util.Set<VariableElement> locals;

  public EffectFreeCode(Trees trees, BodyFacts facts) {
    this.trees = trees;
    this.locals = new java.util.HashSet<>(facts.locals());
  }

  /** Whether {@code statement} (an expression statement or a declaration) is effect-free. */
  public boolean isEffectFree(TreePath statement) {
    Tree leaf = statement.getLeaf();
    if (leaf instanceof ExpressionStatementTree expression) {
      return isLocalUpdate(new TreePath(statement, expression.getExpression()));
    }
    if (leaf instanceof VariableTree variable) {
      return variable.getInitializer() != null && isMachineLocal(trees.getElement(statement))
          && isValue(new TreePath(statement, variable.getInitializer()));
    }
    return false;
  }

  /** {@code x = v}, {@code x op= v}, {@code x++} and the like, of a primitive hoisted local. */
  private boolean isLocalUpdate(TreePath path) {
    Tree leaf = path.getLeaf();
    if (leaf instanceof ParenthesizedTree parenthesized) {
      return isLocalUpdate(new TreePath(path, parenthesized.getExpression()));
    }
    return switch (leaf.getKind()) {
      case ASSIGNMENT -> isMachineLocal(variable(path, ((AssignmentTree) leaf).getVariable()))
          && isValue(new TreePath(path, ((AssignmentTree) leaf).getExpression()));
      case PLUS_ASSIGNMENT, MINUS_ASSIGNMENT, MULTIPLY_ASSIGNMENT, AND_ASSIGNMENT, OR_ASSIGNMENT,
          XOR_ASSIGNMENT, LEFT_SHIFT_ASSIGNMENT, RIGHT_SHIFT_ASSIGNMENT,
          UNSIGNED_RIGHT_SHIFT_ASSIGNMENT -> {
        CompoundAssignmentTree compound = (CompoundAssignmentTree) leaf;
        yield isMachineLocal(variable(path, compound.getVariable()))
            && isValue(new TreePath(path, compound.getExpression()));
      }
      case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT ->
          isMachineLocal(variable(path, ((UnaryTree) leaf).getExpression()));
      default -> false;
    };
  }

  /** A value computed without effects and without any way to throw. */
  private boolean isValue(TreePath path) {
    Tree leaf = path.getLeaf();
    if (!isPrimitive(trees.getTypeMirror(path))) {
      return false;
    }
    return switch (leaf.getKind()) {
      case INT_LITERAL, LONG_LITERAL, FLOAT_LITERAL, DOUBLE_LITERAL, BOOLEAN_LITERAL,
          CHAR_LITERAL -> true;
      case IDENTIFIER, MEMBER_SELECT -> isReadable(trees.getElement(path));
      case PARENTHESIZED -> isValue(new TreePath(path,
          ((ParenthesizedTree) leaf).getExpression()));
      case UNARY_PLUS, UNARY_MINUS, BITWISE_COMPLEMENT, LOGICAL_COMPLEMENT ->
          isValue(new TreePath(path, ((UnaryTree) leaf).getExpression()));
      case TYPE_CAST -> isValue(new TreePath(path, ((TypeCastTree) leaf).getExpression()));
      case CONDITIONAL_EXPRESSION -> {
        ConditionalExpressionTree conditional = (ConditionalExpressionTree) leaf;
        yield isValue(new TreePath(path, conditional.getCondition()))
            && isValue(new TreePath(path, conditional.getTrueExpression()))
            && isValue(new TreePath(path, conditional.getFalseExpression()));
      }
      // Integer division and remainder throw on zero (floating ones are left alone too).
      case DIVIDE, REMAINDER -> false;
      default -> leaf instanceof BinaryTree binary
          && isValue(new TreePath(path, binary.getLeftOperand()))
          && isValue(new TreePath(path, binary.getRightOperand()));
    };
  }

  private Element variable(TreePath path, ExpressionTree variable) {
    while (variable instanceof ParenthesizedTree parenthesized) {
      variable = parenthesized.getExpression();
    }
    return variable.getKind() == Tree.Kind.IDENTIFIER
        ? trees.getElement(new TreePath(path, variable)) : null;
  }

  /**
   * A local of the body: a field of the machine (hoisted), or a Java local of the one state
   * that declares and uses it (a local without a suspension in its scope). Nobody else can
   * read it; a lambda or class that captures it does so where it is created, which is not
   * effect-free code.
   */
  private boolean isMachineLocal(Element element) {
    return element instanceof VariableElement local
        && local.getKind() == ElementKind.LOCAL_VARIABLE
        && locals.contains(local)
        && local.getConstantValue() == null
        && isPrimitive(local.asType());
  }

  /** A primitive local or parameter of the body, or a constant. */
  private boolean isReadable(Element element) {
    return element instanceof VariableElement variable && isPrimitive(variable.asType())
        && (variable.getConstantValue() != null || locals.contains(variable));
  }

  private static boolean isPrimitive(TypeMirror type) {
    return type != null && type.getKind().isPrimitive() && type.getKind() != TypeKind.VOID;
  }
}
