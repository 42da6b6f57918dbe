package dev.statecraft.processor.lowering;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreePath;
import dev.statecraft.processor.analysis.Marker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Lifts suspension points out of expressions (Roslyn's {@code AwaitExpressionSpiller},
 * regenerator's {@code explodeExpression}), keeping Java's evaluation order (JLS 15.7): the
 * operands left of a suspending one are evaluated into fields first, the suspending one is
 * lowered, the rest is written as it was with those fields in place.
 * <pre>
 *   f(a(), await(b), c())   =>   t1 = a(); [await b]; f(t1, (T) awaitResult(awaited), c())
 *   x += await(v)           =>   [await v]; x = (X) (x + (V) awaitResult(awaited))   (a local)
 *   a[i] += await(v)        =>   t1 = a; t2 = i; t3 = t1[t2]; [await v]; t1[t2] = (A) (t3 + ...)
 *   l && await(r)           =>   t1 = l; if (!t1) goto END; [await r]; t1 = ...; END: t1
 * </pre>
 * String concatenation converts its left operand to a string before the right one suspends.
 * A local or parameter needs no field unless the operands after it assign it: nothing else can
 * change it while the machine is suspended.
 */
final class ExpressionSpiller {
  private final StateMachineLowering lowering;

  ExpressionSpiller(StateMachineLowering lowering) {
    this.lowering = lowering;
  }

  /** Code for the value of {@code path}, after the statements that evaluate its suspensions. */
  CodeBlock spill(TreePath path) {
    Tree tree = path.getLeaf();
    if (!lowering.facts.suspends(tree)) {
      return lowering.splicer.splice(path, lowering);
    }
    Marker marker = lowering.facts.marker(tree);
    if (marker == Marker.AWAIT) {
      MethodInvocationTree call = (MethodInvocationTree) tree;
      CodeBlock stage = spill(new TreePath(path, call.getArguments().get(0)));
      return lowering.awaitValue(path, stage);
    }
    if (tree instanceof ParenthesizedTree parenthesized) {
      return CodeBlock.of("($L)", spill(new TreePath(path, parenthesized.getExpression())));
    }
    if (tree instanceof SwitchExpressionTree) {
      String temp = temp(path, "switchValue");
      lowering.lowerSwitchExpressionInto(path, temp);
      return read(temp);
    }
    if (tree.getKind() == Tree.Kind.CONDITIONAL_AND || tree.getKind() == Tree.Kind.CONDITIONAL_OR) {
      return shortCircuit(path, (BinaryTree) tree);
    }
    if (tree instanceof ConditionalExpressionTree conditional) {
      return conditional(path, conditional);
    }
    if (tree instanceof CompoundAssignmentTree compound) {
      return compoundAssignment(path, compound);
    }
    if (tree instanceof AssignmentTree assignment && capturedAfter(path, assignment)) {
      return capturedAssignment(path, assignment);
    }
    return operands(path, operandsOf(path));
  }

  /**
   * {@code v = await(f)} inside an expression whose lambda or class captures {@code v} (a blank
   * final, assigned only here), as in {@code keep(v = await(f), () -> v)}: the lambda reads a
   * copy of {@code v}'s field declared before the code spliced around this assignment, which
   * runs inline after the copy. So the assignment becomes a statement of its own, before that
   * code (and its copy, which then holds the assigned value), and the expression reads {@code
   * v}. Nothing runs between: the operands left of this one were spilled before it.
   */
  private CodeBlock capturedAssignment(TreePath path, AssignmentTree tree) {
    lowering.listing.add(CodeBlock.of("$L;\n", operands(path, operandsOf(path))));
    return lowering.splicer.splice(withoutParentheses(new TreePath(path, tree.getVariable())),
        lowering);
  }

  /**
   * Whether {@code tree} assigns a hoisted local that a lambda or class elsewhere in the
   * expression around it captures (it can only be right of the assignment: Java requires the
   * local to be definitely assigned there).
   */
  private boolean capturedAfter(TreePath path, AssignmentTree tree) {
    TreePath variable = withoutParentheses(new TreePath(path, tree.getVariable()));
    if (!(variable.getLeaf() instanceof IdentifierTree)
        || !(lowering.trees.getElement(variable) instanceof VariableElement local)
        || !lowering.facts.hoisted().contains(local)) {
      return false;
    }
    TreePath root = path;
    while (root.getParentPath() != null
        && root.getParentPath().getLeaf() instanceof ExpressionTree) {
      root = root.getParentPath();
    }
    return lowering.splicer.capturedHoisted(root).contains(local);
  }

  /** Spills the operands up to the last suspending one; the rest stay in place. */
  private CodeBlock operands(TreePath path, List<TreePath> operands) {
    int last = -1;
    for (int i = 0; i < operands.size(); i++) {
      if (lowering.facts.suspends(operands.get(i).getLeaf())) {
        last = i;
      }
    }
    if (last < 0) {
      throw lowering.unsupported(path, "this kind of expression");
    }
    Map<Tree, CodeBlock> substitutions = new HashMap<>();
    for (int i = 0; i < last; i++) {
      TreePath operand = operands.get(i);
      boolean concatenated = isStringConcatenationLeft(path, operand);
      if (isStable(operand) || !concatenated
          && isUnassignedLocal(operand, operands.subList(i + 1, last + 1))) {
        continue;
      }
      String temp = concatenated
          ? lowering.helperField("text", TypeName.get(String.class))
          : temp(operand, "operand");
      CodeBlock value = spill(operand);
      lowering.listing.add(concatenated
          ? CodeBlock.of("$L = \"\" + ($L);\n", temp, value)
          : CodeBlock.of("$L = $L;\n", temp, value));
      substitutions.put(operand.getLeaf(), read(temp));
    }
    substitutions.put(operands.get(last).getLeaf(), spill(operands.get(last)));
    return lowering.splicer.splice(path, lowering, substitutions);
  }

  /** {@code l && r}, {@code l || r}: the right side runs only when Java would run it. */
  private CodeBlock shortCircuit(TreePath path, BinaryTree tree) {
    String temp = lowering.helperField("condition", TypeName.BOOLEAN);
    Label end = lowering.listing.newLabel();
    lowering.listing.add(CodeBlock.of("$L = $L;\n", temp,
        spill(new TreePath(path, tree.getLeftOperand()))));
    boolean and = tree.getKind() == Tree.Kind.CONDITIONAL_AND;
    lowering.listing.add(CodeBlock.of("if ($L$L) {\n$>$L$<}\n", and ? "!" : "", temp,
        StateListing.jumpCode(end, false)));
    lowering.listing.add(CodeBlock.of("$L = $L;\n", temp,
        spill(new TreePath(path, tree.getRightOperand()))));
    lowering.listing.mark(end);
    return read(temp);
  }

  /** {@code c ? a : b}: only the taken branch runs. */
  private CodeBlock conditional(TreePath path, ConditionalExpressionTree tree) {
    String temp = temp(path, "choice");
    Label otherwise = lowering.listing.newLabel();
    Label end = lowering.listing.newLabel();
    CodeBlock condition = spill(new TreePath(path, tree.getCondition()));
    lowering.listing.add(CodeBlock.of("if (!($L)) {\n$>$L$<}\n", condition,
        StateListing.jumpCode(otherwise, false)));
    lowering.listing.add(CodeBlock.of("$L = $L;\n", temp,
        spill(new TreePath(path, tree.getTrueExpression()))));
    lowering.listing.jump(end);
    lowering.listing.mark(otherwise);
    lowering.listing.add(CodeBlock.of("$L = $L;\n", temp,
        spill(new TreePath(path, tree.getFalseExpression()))));
    lowering.listing.mark(end);
    return read(temp);
  }

  /**
   * {@code x op= e} (JLS 15.26.2): the variable's value is read before {@code e} is evaluated,
   * and the result is cast back to the variable's type. An array element's array and index, and
   * a field's receiver, are evaluated once, into fields; reading the element or field before
   * {@code e} also throws Java's NullPointerException or ArrayIndexOutOfBoundsException before
   * {@code e} runs.
   */
  private CodeBlock compoundAssignment(TreePath path, CompoundAssignmentTree tree) {
    TreePath variable = withoutParentheses(new TreePath(path, tree.getVariable()));
    CodeBlock name;
    if (variable.getLeaf() instanceof IdentifierTree) {
      name = lowering.splicer.splice(variable, lowering);
    } else if (variable.getLeaf() instanceof ArrayAccessTree access) {
      // JLS 15.26.2: array and index first, then the element's value, then the right side.
      String array = temp(new TreePath(variable, access.getExpression()), "array");
      lowering.listing.add(CodeBlock.of("$L = $L;\n", array,
          spill(new TreePath(variable, access.getExpression()))));
      String index = lowering.helperField("index", TypeName.INT);
      lowering.listing.add(CodeBlock.of("$L = $L;\n", index,
          spill(new TreePath(variable, access.getIndex()))));
      name = CodeBlock.of("$L[$L]", read(array), index);
    } else if (variable.getLeaf() instanceof MemberSelectTree select
        && !isStable(new TreePath(variable, select.getExpression()))) {
      String target = temp(new TreePath(variable, select.getExpression()), "target");
      lowering.listing.add(CodeBlock.of("$L = $L;\n", target,
          spill(new TreePath(variable, select.getExpression()))));
      name = CodeBlock.of("$L.$L", read(target), select.getIdentifier());
    } else {
      name = lowering.splicer.splice(variable, lowering);
    }
    TreePath expression = new TreePath(path, tree.getExpression());
    CodeBlock before;
    if (isUnassignedLocal(variable, List.of(expression))) {
      before = name; // read after the suspension: nothing else can have changed it
    } else {
      String temp = temp(variable, "before");
      lowering.listing.add(CodeBlock.of("$L = $L;\n", temp, name));
      before = CodeBlock.of("$L", temp);
    }
    CodeBlock value = spill(expression);
    TypeName type = lowering.spelling.spell(lowering.trees.getTypeMirror(variable));
    return CodeBlock.of("$L = ($T) ($L $L ($L))", name, type, before, operator(tree), value);
  }

  private static String operator(CompoundAssignmentTree tree) {
    return switch (tree.getKind()) {
      case PLUS_ASSIGNMENT -> "+";
      case MINUS_ASSIGNMENT -> "-";
      case MULTIPLY_ASSIGNMENT -> "*";
      case DIVIDE_ASSIGNMENT -> "/";
      case REMAINDER_ASSIGNMENT -> "%";
      case AND_ASSIGNMENT -> "&";
      case OR_ASSIGNMENT -> "|";
      case XOR_ASSIGNMENT -> "^";
      case LEFT_SHIFT_ASSIGNMENT -> "<<";
      case RIGHT_SHIFT_ASSIGNMENT -> ">>";
      default -> ">>>";
    };
  }

  /** The operands of {@code path}'s leaf in Java's evaluation order. */
  private List<TreePath> operandsOf(TreePath path) {
    Tree tree = path.getLeaf();
    List<Tree> operands = new ArrayList<>();
    if (tree instanceof MethodInvocationTree call) {
      if (call.getMethodSelect() instanceof MemberSelectTree select
          && !isTypeOrPackage(new TreePath(new TreePath(path, select), select.getExpression()))) {
        operands.add(select.getExpression());
      }
      operands.addAll(call.getArguments());
    } else if (tree instanceof NewClassTree creation) {
      if (creation.getEnclosingExpression() != null) {
        operands.add(creation.getEnclosingExpression());
      }
      operands.addAll(creation.getArguments());
    } else if (tree instanceof BinaryTree binary) {
      operands.add(binary.getLeftOperand());
      operands.add(binary.getRightOperand());
    } else if (tree instanceof AssignmentTree assignment) {
      // JLS 15.26.1: an array element's array and index, or a field's receiver, are evaluated
      // before the right side (a null or short array fails only after it), also in parentheses.
      TreePath variable = withoutParentheses(new TreePath(path, assignment.getVariable()));
      if (variable.getLeaf() instanceof ArrayAccessTree access) {
        return pathsUnder(variable, List.of(access.getExpression(), access.getIndex()),
            assignment.getExpression(), path);
      }
      if (variable.getLeaf() instanceof MemberSelectTree select) {
        return pathsUnder(variable, List.of(select.getExpression()), assignment.getExpression(),
            path);
      }
      operands.add(assignment.getExpression());
    } else if (tree instanceof UnaryTree unary) {
      operands.add(unary.getExpression());
    } else if (tree instanceof TypeCastTree cast) {
      operands.add(cast.getExpression());
    } else if (tree instanceof InstanceOfTree test) {
      operands.add(test.getExpression());
    } else if (tree instanceof MemberSelectTree select) {
      operands.add(select.getExpression());
    } else if (tree instanceof ArrayAccessTree access) {
      operands.add(access.getExpression());
      operands.add(access.getIndex());
    } else if (tree instanceof NewArrayTree array) {
      operands.addAll(array.getDimensions());
      if (array.getInitializers() != null) {
        operands.addAll(array.getInitializers());
      }
    }
    List<TreePath> paths = new ArrayList<>();
    for (Tree operand : operands) {
      paths.add(new TreePath(path, operand));
    }
    return paths;
  }

  /** Operands nested one level down (an assignment's array and index), then the value. */
  private static List<TreePath> pathsUnder(TreePath inner, List<? extends Tree> nested,
      Tree value, TreePath outer) {
    List<TreePath> paths = new ArrayList<>();
    for (Tree tree : nested) {
      paths.add(new TreePath(inner, tree));
    }
    paths.add(new TreePath(outer, value));
    return paths;
  }

  /** {@code ((v))} is the variable {@code v} (JLS 15.26: "possibly enclosed in parentheses"). */
  private static TreePath withoutParentheses(TreePath path) {
    while (path.getLeaf() instanceof ParenthesizedTree parenthesized) {
      path = new TreePath(path, parenthesized.getExpression());
    }
    return path;
  }

  private boolean isTypeOrPackage(TreePath path) {
    Element element = lowering.trees.getElement(path);
    return element instanceof TypeElement || element != null
        && element.getKind() == ElementKind.PACKAGE;
  }

  /**
   * Literals, type names and {@code super} cannot change before the suspension (and
   * {@code super} is no value a field could hold). A local can, when a later operand (even the
   * awaited expression) assigns it: then it is read into a field like the rest
   * ({@link #isUnassignedLocal}).
   */
  private boolean isStable(TreePath operand) {
    Tree tree = operand.getLeaf();
    return tree instanceof LiteralTree || isTypeOrPackage(operand)
        || tree instanceof IdentifierTree identifier && identifier.getName().contentEquals("super")
        || tree instanceof MemberSelectTree select && select.getIdentifier().contentEquals("super");
  }

  /**
   * Whether {@code operand} is a local or parameter that none of {@code later} (the operands
   * evaluated after it, up to the suspending one) assigns: then it needs no field, as reading
   * it after the suspension gives the value Java read before. Only the machine's own statements
   * change its locals (a lambda or class cannot assign them), and none runs while it is
   * suspended. Any assignment to a variable of that name counts, whatever it names (an inner
   * class's field of the same name too), which errs on the side of a field.
   */
  private boolean isUnassignedLocal(TreePath operand, List<TreePath> later) {
    if (!(operand.getLeaf() instanceof IdentifierTree identifier)
        || !(lowering.trees.getElement(operand) instanceof VariableElement variable)
        || !isLocalKind(variable.getKind())) {
      return false;
    }
    String name = identifier.getName().toString();
    boolean[] assigned = {false};
    com.sun.source.util.TreeScanner<Void, Void> scanner =
        new com.sun.source.util.TreeScanner<>() {
          @Override
          public Void visitAssignment(AssignmentTree node, Void unused) {
            check(node.getVariable());
            return super.visitAssignment(node, null);
          }

          @Override
          public Void visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
            check(node.getVariable());
            return super.visitCompoundAssignment(node, null);
          }

          @Override
          public Void visitUnary(UnaryTree node, Void unused) {
            switch (node.getKind()) {
              case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT ->
                  check(node.getExpression());
              default -> { }
            }
            return super.visitUnary(node, null);
          }

          private void check(ExpressionTree variable) {
            while (variable instanceof ParenthesizedTree parenthesized) {
              variable = parenthesized.getExpression();
            }
            if (variable instanceof IdentifierTree assignedName
                && assignedName.getName().contentEquals(name)) {
              assigned[0] = true;
            }
          }
        };
    for (TreePath path : later) {
      scanner.scan(path.getLeaf(), null);
    }
    return !assigned[0];
  }

  private static boolean isLocalKind(ElementKind kind) {
    return kind == ElementKind.LOCAL_VARIABLE || kind == ElementKind.PARAMETER
        || kind == ElementKind.EXCEPTION_PARAMETER || kind == ElementKind.RESOURCE_VARIABLE
        || kind == ElementKind.BINDING_VARIABLE;
  }

  private boolean isStringConcatenationLeft(TreePath parent, TreePath operand) {
    if (!(parent.getLeaf() instanceof BinaryTree binary) || binary.getKind() != Tree.Kind.PLUS
        || binary.getLeftOperand() != operand.getLeaf()) {
      return false;
    }
    TypeMirror type = lowering.trees.getTypeMirror(parent);
    return type != null && type.toString().equals("java.lang.String");
  }

  /** Temporaries of a type declared in the body: {@code Object} fields, read with a cast. */
  private final Map<String, TypeName> castOnRead = new HashMap<>();

  private CodeBlock read(String temp) {
    TypeName cast = castOnRead.get(temp);
    return cast == null ? CodeBlock.of("$L", temp) : CodeBlock.of("(($T) $L)", cast, temp);
  }

  /** A field holding the value of {@code path}'s expression. */
  private String temp(TreePath path, String base) {
    TypeMirror type = lowering.trees.getTypeMirror(path);
    if (type != null && dev.statecraft.processor.analysis.LocalTypes.mentionsLocalType(type)) {
      // A field cannot name a type declared in the body; the resume method can.
      String name = lowering.helperField(base, com.palantir.javapoet.ClassName.OBJECT);
      castOnRead.put(name, lowering.spelling.spell(type));
      return name;
    }
    TypeName name = type == null || type.getKind() == TypeKind.NULL
        ? com.palantir.javapoet.ClassName.OBJECT : lowering.spelling.spell(type);
    if (name == null) {
      throw lowering.unsupported(path, "an expression whose type cannot be written");
    }
    return lowering.helperField(base, name);
  }
}
