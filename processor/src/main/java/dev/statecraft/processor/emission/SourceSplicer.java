package dev.statecraft.processor.emission;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.Name;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Prints a template subtree as Java for the machine by splicing its original source text: the
 * user's formatting and comments survive, and only what must change is rewritten, each rewrite
 * resolved through {@code Trees} (never guessed from text):
 * <ul>
 *   <li>types become JavaPoet {@code $T}, so imports are right whatever the template imported;
 *   <li>static members used by simple name (also static imports) get their owner: {@code $T.m};
 *   <li>instance members of the receiver and {@code this} go through {@code self};
 *   <li>the machine's variables take their machine names (see {@link LocalNames}), and inside a
 *       lambda or class body a hoisted variable is read from its capture copy;
 *   <li>a jump leaving the spliced statement goes through the {@link JumpRewriter}.
 * </ul>
 */
public final class SourceSplicer {
  private final Trees trees;
  private final Elements elements;
  private final CompilationUnitTree unit;
  private final TypeElement owner;
  private final LocalNames names;
  private final Set<VariableElement> hoisted;
  private final String receiver;
  private final CharSequence source;
  private final SourcePositions positions;
  /** Local types the machine declares at the top of its resume method instead. */
  private Map<? extends Element, String> movedTypes = Map.of();

  public SourceSplicer(Trees trees, Elements elements, CompilationUnitTree unit, TypeElement owner,
      LocalNames names, Set<VariableElement> hoisted, String receiver) {
    this.trees = trees;
    this.elements = elements;
    this.unit = unit;
    this.owner = owner;
    this.names = names;
    this.hoisted = hoisted;
    this.receiver = receiver;
    this.positions = trees.getSourcePositions();
    try {
      this.source = unit.getSourceFile().getCharContent(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Declarations of these local types are left out where they stand (they were moved). */
  public void moveTypes(Map<? extends Element, String> moved) {
    this.movedTypes = moved;
  }

  /**
   * The copy a lambda or class reads for a captured hoisted local: a final local holding the
   * field's value, or, when the spliced source itself assigns the (blank, effectively final)
   * local, a blank local that each such assignment also assigns ({@code v = vCopy = e}), since
   * a copy declared before the code would read the field before that assignment.
   */
  private record Copy(String name, boolean assigned) {}

  /**
   * Copies of captured hoisted locals declared for the splice in progress, which a splice the
   * lowering makes while it runs (the value of a {@code return} it rewrites) reuses.
   */
  private Map<VariableElement, Copy> copiesInForce = Map.of();

  /** The source of {@code path}'s leaf, rewritten for the machine. */
  public CodeBlock splice(TreePath path, JumpRewriter jumps) {
    return splice(path, jumps, Map.of());
  }

  /** The source between {@code start} and {@code end} inside {@code path}, rewritten. */
  public CodeBlock splice(TreePath path, long start, long end, JumpRewriter jumps) {
    return spliceWithCopies(path, start, end, jumps, Map.of());
  }

  /**
   * The source of {@code path}'s leaf with the given subtrees replaced by code (the spiller's
   * temporaries for operands evaluated before a suspension).
   */
  public CodeBlock splice(TreePath path, JumpRewriter jumps, Map<Tree, CodeBlock> substitutions) {
    return spliceWithCopies(path, positions.getStartPosition(unit, path.getLeaf()),
        end(path.getLeaf()), jumps, substitutions);
  }

  /**
   * Every splice goes through here, whatever the code becomes (a statement, a condition, a
   * returned or yielded value, an await's operand): a lambda or class in the spliced source
   * that captures a hoisted local must see the value it has when the lambda is created, as in
   * Java, not the field, which a later iteration of a loop may change before the lambda runs.
   * So the lowering declares a copy of the field just before the code it is spliced into
   * ({@link JumpRewriter#captureCopy}), and the lambda reads the copy. (A captured variable is
   * effectively final, so its field no longer changes between the copy and the lambda, except
   * by an assignment in the spliced source to a blank one: see {@link Copy}.) Subtrees
   * substituted by code were spliced before, with copies of their own.
   */
  private CodeBlock spliceWithCopies(TreePath path, long start, long end, JumpRewriter jumps,
      Map<Tree, CodeBlock> substitutions) {
    Map<VariableElement, Copy> enclosing = copiesInForce;
    Map<VariableElement, Copy> copies = enclosing;
    Set<VariableElement> assigned = new HashSet<>();
    for (VariableElement captured
        : capturedHoisted(path, start, end, substitutions.keySet(), assigned)) {
      if (!copies.containsKey(captured)) {
        if (copies == enclosing) {
          copies = new LinkedHashMap<>(enclosing);
        }
        boolean assignedHere = assigned.contains(captured);
        copies.put(captured, new Copy(jumps.captureCopy(captured, assignedHere), assignedHere));
      }
    }
    copiesInForce = copies;
    try {
      return splice(path, start, end, jumps, copies, substitutions);
    } finally {
      copiesInForce = enclosing;
    }
  }

  private CodeBlock splice(TreePath path, long start, long end, JumpRewriter jumps,
      Map<VariableElement, Copy> copies, Map<Tree, CodeBlock> substitutions) {
    if (substitutions.containsKey(path.getLeaf())) {
      return substitutions.get(path.getLeaf());
    }
    Rewrites rewrites = new Rewrites(jumps, copies, start, end, substitutions);
    rewrites.scan(path, null);
    return assemble(start, end, rewrites.found);
  }

  /** The hoisted variables that lambdas and classes in {@code path}'s source capture, in order. */
  public List<VariableElement> capturedHoisted(TreePath path) {
    Tree tree = path.getLeaf();
    return capturedHoisted(path, start(tree), end(tree), Set.of(), new HashSet<>());
  }

  /**
   * The hoisted variables that lambdas and classes capture in the source of {@code path}
   * between {@code start} and {@code end}, outside the {@code excluded} subtrees, in order. The
   * template's parameters are left out: their fields never change once the machine is built (a
   * captured one is effectively final), and a local class declared at the top of the resume
   * method may capture them where no copy is in scope. Adds the hoisted variables the source
   * assigns outside lambdas and classes to {@code assigned}.
   */
  private List<VariableElement> capturedHoisted(TreePath path, long start, long end,
      Set<Tree> excluded, Set<VariableElement> assigned) {
    List<VariableElement> captured = new ArrayList<>();
    new TreePathScanner<Void, Integer>() {
      @Override
      public Void scan(Tree tree, Integer depth) {
        if (tree == null || excluded.contains(tree)
            || positions.getEndPosition(unit, tree) >= 0
                && (positions.getEndPosition(unit, tree) <= start
                    || positions.getStartPosition(unit, tree) >= end)) {
          return null;
        }
        return super.scan(tree, depth);
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree node, Integer depth) {
        return super.visitLambdaExpression(node, depth + 1);
      }

      @Override
      public Void visitClass(ClassTree node, Integer depth) {
        return super.visitClass(node, depth + 1);
      }

      @Override
      public Void visitAssignment(AssignmentTree node, Integer depth) {
        VariableElement v = assignedLocal(new TreePath(getCurrentPath(), node.getVariable()));
        if (depth == 0 && v != null) {
          assigned.add(v);
        }
        return super.visitAssignment(node, depth);
      }

      @Override
      public Void visitIdentifier(IdentifierTree node, Integer depth) {
        if (depth > 0) {
          Element element = trees.getElement(getCurrentPath());
          if (element instanceof VariableElement v && hoisted.contains(v)
              && v.getKind() != ElementKind.PARAMETER && !captured.contains(v)) {
            captured.add(v);
          }
        }
        return null;
      }
    }.scan(path, 0);
    return captured;
  }

  /** The variable an assignment's left side names, if it is a plain (parenthesized) name. */
  private VariableElement assignedLocal(TreePath variable) {
    while (variable.getLeaf() instanceof ParenthesizedTree parenthesized) {
      variable = new TreePath(variable, parenthesized.getExpression());
    }
    return variable.getLeaf() instanceof IdentifierTree
        && trees.getElement(variable) instanceof VariableElement v ? v : null;
  }

  /** The original text between two positions, for messages and comments. */
  public String text(long start, long end) {
    return source.subSequence((int) start, (int) end).toString();
  }

  public long start(Tree tree) {
    return positions.getStartPosition(unit, tree);
  }

  /**
   * Where {@code tree}'s source ends. javac's end of a Java 9 resource ({@code try (a; b)})
   * includes its {@code ;}: an identifier ends where its name ends.
   */
  public long end(Tree tree) {
    long end = positions.getEndPosition(unit, tree);
    long start = positions.getStartPosition(unit, tree);
    if (tree instanceof IdentifierTree identifier && start >= 0 && end >= 0) {
      return Math.min(end, start + identifier.getName().length());
    }
    return end;
  }

  /** The 1-based line of a tree, for the {@code // Numbers.java:7} comments. */
  public long line(Tree tree) {
    return unit.getLineMap().getLineNumber(start(tree));
  }

  /**
   * Source between {@code start} and {@code end} replaced by {@code code}; {@code statement}
   * when the code replaces a whole statement (a jump), which may span several lines.
   */
  private record Rewrite(long start, long end, CodeBlock code, boolean statement) {
    Rewrite(long start, long end, CodeBlock code) {
      this(start, end, code, false);
    }
  }

  private CodeBlock assemble(long start, long end, List<Rewrite> rewrites) {
    rewrites.sort(Comparator.comparingLong(Rewrite::start));
    int indent = columnOf(start);
    CodeBlock.Builder out = CodeBlock.builder();
    long at = start;
    for (Rewrite rewrite : rewrites) {
      if (rewrite.start < at) {
        continue; // nested inside an earlier rewrite
      }
      long lineStart = rewrite.statement ? lineStartBefore(rewrite.start, at) : -1;
      if (lineStart < 0) {
        appendText(out, at, rewrite.start, indent);
        out.add(rewrite.code);
      } else {
        // A statement on a line of its own, whose code may take several lines: indented as
        // the generated code indents (one level per indentation step of the template), so
        // that its lines and braces line up.
        appendText(out, at, lineStart, indent);
        int levels = Math.max(1, (columnOf(rewrite.start) - indent + 2) / 4);
        out.add("$>".repeat(levels)).add(rewrite.code).add("$<".repeat(levels));
      }
      at = rewrite.end;
    }
    appendText(out, at, end, indent);
    return out.build();
  }

  private void appendText(CodeBlock.Builder out, long from, long to, int indent) {
    if (to <= from) {
      return;
    }
    String text = source.subSequence((int) from, (int) to).toString();
    out.add("$L", dedent(text, indent));
  }

  /** Removes the statement's own indentation from its continuation lines. */
  private static String dedent(String text, int indent) {
    if (text.indexOf('\n') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (i > 0) {
        out.append('\n');
        int strip = 0;
        while (strip < indent && strip < line.length()
            && (line.charAt(strip) == ' ' || line.charAt(strip) == '\t')) {
          strip++;
        }
        line = line.substring(strip);
      }
      out.append(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
    }
    return out.toString();
  }

  /**
   * The start of the line {@code position} is on, when only spaces or tabs precede it there and
   * that line starts after {@code from}; else -1.
   */
  private long lineStartBefore(long position, long from) {
    long i = position;
    while (i > from && (source.charAt((int) i - 1) == ' ' || source.charAt((int) i - 1) == '\t')) {
      i--;
    }
    return i > from && source.charAt((int) i - 1) == '\n' ? i : -1;
  }

  private int columnOf(long position) {
    int column = 0;
    for (int i = (int) position - 1; i >= 0 && source.charAt(i) != '\n'; i--) {
      column++;
    }
    return column;
  }

  /** Finds what must change inside the spliced subtree. */
  private final class Rewrites extends TreePathScanner<Void, Void> {
    private final JumpRewriter jumps;
    private final Map<VariableElement, Copy> copies;
    private final long rootStart;
    private final long rootEnd;
    final List<Rewrite> found = new ArrayList<>();
    /** Local and anonymous classes we are inside, innermost first. */
    private final Deque<TypeElement> localClasses = new ArrayDeque<>();
    private int lambdaDepth;
    /** Loops, switches and labels inside the spliced source that jumps may target. */
    private final Deque<Tree> targets = new ArrayDeque<>();
    private final Set<Name> labels = new HashSet<>();
    private int loopDepth;

    private final Map<Tree, CodeBlock> substitutions;

    Rewrites(JumpRewriter jumps, Map<VariableElement, Copy> copies, long rootStart,
        long rootEnd, Map<Tree, CodeBlock> substitutions) {
      this.substitutions = substitutions;
      this.jumps = jumps;
      this.copies = copies;
      this.rootStart = rootStart;
      this.rootEnd = rootEnd;
    }

    @Override
    public Void scan(Tree tree, Void unused) {
      if (tree != null && substitutions.containsKey(tree)) {
        replace(tree, substitutions.get(tree));
        return null;
      }
      return super.scan(tree, unused);
    }

    private void replace(Tree tree, CodeBlock code) {
      long start = positions.getStartPosition(unit, tree);
      long end = end(tree);
      if (start >= rootStart && end <= rootEnd && start >= 0 && end >= start) {
        found.add(new Rewrite(start, end, code, tree instanceof StatementTree));
      }
    }

    private boolean inClassOrLambda() {
      return lambdaDepth > 0 || !localClasses.isEmpty();
    }

    /** {@code v = e} also assigns {@code v}'s blank copy: {@code v = vCopy = e}. */
    @Override
    public Void visitAssignment(AssignmentTree node, Void unused) {
      VariableElement assigned = assignedLocal(new TreePath(getCurrentPath(), node.getVariable()));
      Copy copy = assigned == null ? null : copies.get(assigned);
      if (copy != null && copy.assigned() && !inClassOrLambda()) {
        replace(node.getVariable(),
            CodeBlock.of("$L = $L", names.nameOf(assigned), copy.name()));
        scan(node.getExpression(), null);
        return null;
      }
      return super.visitAssignment(node, null);
    }

    @Override
    public Void visitIdentifier(IdentifierTree node, Void unused) {
      Name name = node.getName();
      if (name.contentEquals("this")) {
        if (localClasses.isEmpty() && receiver != null) {
          replace(node, CodeBlock.of("$L", receiver));
        }
        return null;
      }
      if (name.contentEquals("super")) {
        return null;
      }
      Element element = trees.getElement(getCurrentPath());
      if (element == null || element.asType().getKind() == javax.lang.model.type.TypeKind.ERROR) {
        ClassName imported = importedType(name);
        if (imported != null) {
          replace(node, CodeBlock.of("$T", imported));
        }
        return null;
      }
      switch (element.getKind()) {
        case LOCAL_VARIABLE, PARAMETER, EXCEPTION_PARAMETER, RESOURCE_VARIABLE -> renameVariable(
            node, element);
        case FIELD, METHOD, ENUM_CONSTANT -> qualifyMember(node, element);
        case CLASS, INTERFACE, ENUM, ANNOTATION_TYPE -> spellType(node, (TypeElement) element);
        default -> {
          if (element.getKind().name().equals("RECORD")) {
            spellType(node, (TypeElement) element);
          } else if (element.getKind().name().equals("BINDING_VARIABLE")) {
            renameVariable(node, element);
          }
        }
      }
      return null;
    }

    private void renameVariable(IdentifierTree node, Element element) {
      Copy copy = inClassOrLambda() ? copies.get(element) : null;
      String name = copy != null ? copy.name() : names.nameOf(element);
      if (name != null && !name.contentEquals(node.getName())) {
        replace(node, CodeBlock.of("$L", name));
      }
    }

    private void qualifyMember(IdentifierTree node, Element member) {
      if (isMemberOfLocalClass(member)) {
        return;
      }
      if (member.getKind() == ElementKind.ENUM_CONSTANT && isCaseLabel(node)) {
        return; // enum constants in case labels must stay simple names (Java 17)
      }
      if (member.getModifiers().contains(Modifier.STATIC)) {
        TypeElement declaring = (TypeElement) member.getEnclosingElement();
        replace(node, CodeBlock.of("$T.$L", ClassName.get(declaring), node.getName()));
      } else if (receiver != null) {
        replace(node, CodeBlock.of("$L.$L", receiver, node.getName()));
      }
    }

    /**
     * Whether {@code node} is a label of its case, not the body of a {@code case X -> body}
     * rule, whose parent is the case too (javac 21+ wraps labels in a constant case label).
     */
    private boolean isCaseLabel(IdentifierTree node) {
      Tree parent = getCurrentPath().getParentPath().getLeaf();
      if (parent.getKind().name().equals("CONSTANT_CASE_LABEL")) {
        return true;
      }
      if (parent instanceof com.sun.source.tree.CaseTree c) {
        for (Tree label : c.getExpressions()) {
          if (label == node) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean isMemberOfLocalClass(Element member) {
      for (TypeElement local : localClasses) {
        if (elements.getAllMembers(local).contains(member)) {
          return true;
        }
      }
      return false;
    }

    private void spellType(Tree node, TypeElement type) {
      if (isLocal(type)) {
        String renamed = movedTypes.get(type);
        if (renamed != null && !renamed.contentEquals(type.getSimpleName())) {
          replace(node, CodeBlock.of("$L", renamed));
        }
        return;
      }
      replace(node, CodeBlock.of("$T", ClassName.get(type)));
    }

    @Override
    public Void visitMemberSelect(MemberSelectTree node, Void unused) {
      Element element = trees.getElement(getCurrentPath());
      if (element instanceof TypeElement type && !isLocal(type)
          && type.asType().getKind() != javax.lang.model.type.TypeKind.ERROR) {
        replace(node, CodeBlock.of("$T", ClassName.get(type)));
        return null;
      }
      if (node.getIdentifier().contentEquals("this")) {
        Element outer = trees.getElement(new TreePath(getCurrentPath(), node.getExpression()));
        if (outer instanceof TypeElement type && !isLocal(type) && receiver != null) {
          replace(node, CodeBlock.of("$L", receiver));
          return null;
        }
      }
      return super.visitMemberSelect(node, null);
    }

    @Override
    public Void visitNewClass(NewClassTree node, Void unused) {
      Element constructor = trees.getElement(getCurrentPath());
      TypeElement type = constructor == null ? null : (TypeElement) constructor.getEnclosingElement();
      if (node.getEnclosingExpression() == null && type != null
          && type.getNestingKind() == NestingKind.MEMBER
          && !type.getModifiers().contains(Modifier.STATIC)
          && !type.getKind().isInterface() && receiver != null && localClasses.isEmpty()) {
        // An inner class of the receiver's type: `new Inner()` needs `self.new Inner()`.
        long start = positions.getStartPosition(unit, node);
        found.add(new Rewrite(start, start + 3, CodeBlock.of("$L.new", receiver)));
        Tree identifier = node.getIdentifier();
        long idStart = positions.getStartPosition(unit, identifier);
        long idEnd = positions.getEndPosition(unit, identifier);
        if (identifier instanceof com.sun.source.tree.ParameterizedTypeTree parameterized) {
          idEnd = positions.getEndPosition(unit, parameterized.getType());
        }
        found.add(new Rewrite(idStart, idEnd, CodeBlock.of("$L", type.getSimpleName())));
        scan(node.getArguments(), null);
        scan(node.getClassBody(), null);
        return null;
      }
      if (node.getEnclosingExpression() != null) {
        // `outer.new Inner()`: the name after `.new` is simple, relative to outer's type.
        scan(node.getEnclosingExpression(), null);
        if (node.getIdentifier() instanceof com.sun.source.tree.ParameterizedTypeTree p) {
          scan(p.getTypeArguments(), null);
        }
        scan(node.getTypeArguments(), null);
        scan(node.getArguments(), null);
        scan(node.getClassBody(), null);
        return null;
      }
      return super.visitNewClass(node, null);
    }

    @Override
    public Void visitVariable(VariableTree node, Void unused) {
      Element element = trees.getElement(getCurrentPath());
      String name = names.nameOf(element);
      if (name != null && !name.contentEquals(node.getName())) {
        renameDeclaration(node, name);
      }
      return super.visitVariable(node, null);
    }

    /** Replaces the declared name, which follows the type (or starts a lambda parameter). */
    private void renameDeclaration(VariableTree node, String name) {
      long from = node.getType() != null && end(node.getType()) > 0
          ? end(node.getType()) : start(node);
      long limit = node.getInitializer() != null ? start(node.getInitializer()) : end(node);
      int at = indexOfWord(node.getName().toString(), from, limit);
      if (at >= 0) {
        found.add(new Rewrite(at, at + node.getName().length(), CodeBlock.of("$L", name)));
      }
    }

    private int indexOfWord(String word, long from, long limit) {
      for (int i = (int) Math.max(from, 0); i + word.length() <= limit; i++) {
        if (source.subSequence(i, i + word.length()).toString().equals(word)
            && (i == 0 || !Character.isJavaIdentifierPart(source.charAt(i - 1)))
            && (i + word.length() >= source.length()
                || !Character.isJavaIdentifierPart(source.charAt(i + word.length())))) {
          return i;
        }
      }
      return -1;
    }

    @Override
    public Void visitInstanceOf(InstanceOfTree node, Void unused) {
      Tree pattern = node.getPattern();
      if (pattern instanceof com.sun.source.tree.BindingPatternTree binding) {
        VariableTree variable = binding.getVariable();
        Element element = trees.getElement(
            new TreePath(new TreePath(getCurrentPath(), binding), variable));
        if (element instanceof VariableElement v && hoisted.contains(v)) {
          // A binding that lives across a suspension: match into a local, then copy it into
          // the field as part of the same test, so the field is set exactly when it matches.
          String field = names.nameOf(v);
          String local = names.allocate(field + "Match");
          TreePath operand = new TreePath(getCurrentPath(), node.getExpression());
          CodeBlock expression = splice(operand, positions.getStartPosition(unit,
              operand.getLeaf()), end(operand.getLeaf()), jumps, copies, substitutions);
          Tree typeTree = variable.getType();
          CodeBlock type = splice(new TreePath(new TreePath(new TreePath(getCurrentPath(),
              binding), variable), typeTree), positions.getStartPosition(unit, typeTree),
              end(typeTree), jumps, copies, Map.of());
          replace(node, CodeBlock.of("($L instanceof $L $L && ($L = $L) == $L)",
              expression, type, local, field, local, local));
          return null;
        }
      }
      return super.visitInstanceOf(node, null);
    }

    @Override
    public Void visitTry(com.sun.source.tree.TryTree node, Void unused) {
      for (Tree resource : node.getResources()) {
        if (resource instanceof IdentifierTree) {
          Element element = trees.getElement(new TreePath(getCurrentPath(), resource));
          if (element instanceof VariableElement v && hoisted.contains(v)) {
            // `try (r)` needs an effectively final variable; the machine's field is not one.
            replace(resource, CodeBlock.of(
                "var $L = $L", names.allocate(names.nameOf(v) + "Resource"), names.nameOf(v)));
          }
        }
      }
      return super.visitTry(node, null);
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
      lambdaDepth++;
      try {
        return super.visitLambdaExpression(node, null);
      } finally {
        lambdaDepth--;
      }
    }

    @Override
    public Void visitClass(ClassTree node, Void unused) {
      Element element = trees.getElement(getCurrentPath());
      if (movedTypes.containsKey(element)
          && positions.getStartPosition(unit, node) > rootStart) {
        replace(node, CodeBlock.of("// $L is declared at the top of resume()",
            node.getSimpleName()));
        return null;
      }
      if (element instanceof TypeElement type) {
        localClasses.push(type);
        String renamed = movedTypes.get(type);
        if (renamed != null && !renamed.contentEquals(type.getSimpleName())
            && renamed.indexOf('.') < 0) {
          int at = indexOfWord(type.getSimpleName().toString(), start(node), end(node));
          if (at >= 0) {
            found.add(new Rewrite(at, at + type.getSimpleName().length(),
                CodeBlock.of("$L", renamed)));
          }
        }
      }
      Deque<Tree> outerTargets = new ArrayDeque<>(targets);
      targets.clear();
      int outerLoops = loopDepth;
      loopDepth = 0;
      int outerSwitches = switchExpressionDepth;
      switchExpressionDepth = 0;
      try {
        return super.visitClass(node, null);
      } finally {
        targets.addAll(outerTargets);
        loopDepth = outerLoops;
        switchExpressionDepth = outerSwitches;
        if (element instanceof TypeElement) {
          localClasses.pop();
        }
      }
    }

    @Override
    public Void visitWhileLoop(WhileLoopTree node, Void unused) {
      return loop(node, () -> super.visitWhileLoop(node, null));
    }

    @Override
    public Void visitDoWhileLoop(DoWhileLoopTree node, Void unused) {
      return loop(node, () -> super.visitDoWhileLoop(node, null));
    }

    @Override
    public Void visitForLoop(ForLoopTree node, Void unused) {
      return loop(node, () -> super.visitForLoop(node, null));
    }

    @Override
    public Void visitEnhancedForLoop(EnhancedForLoopTree node, Void unused) {
      return loop(node, () -> super.visitEnhancedForLoop(node, null));
    }

    /** Switch expressions inside the spliced source, whose yields stay as written. */
    private int switchExpressionDepth;

    @Override
    public Void visitSwitchExpression(com.sun.source.tree.SwitchExpressionTree node, Void unused) {
      switchExpressionDepth++;
      try {
        return super.visitSwitchExpression(node, null);
      } finally {
        switchExpressionDepth--;
      }
    }

    @Override
    public Void visitYield(com.sun.source.tree.YieldTree node, Void unused) {
      if (switchExpressionDepth == 0 && lambdaDepth == 0 && localClasses.isEmpty()) {
        CodeBlock value = splice(new TreePath(getCurrentPath(), node.getValue()),
            positions.getStartPosition(unit, node.getValue()), end(node.getValue()), jumps,
            copies, substitutions);
        replace(node, jumps.yieldOut(getCurrentPath(), value, loopDepth > 0));
        return null;
      }
      return super.visitYield(node, null);
    }

    @Override
    public Void visitSwitch(SwitchTree node, Void unused) {
      targets.push(node);
      try {
        return super.visitSwitch(node, null);
      } finally {
        targets.pop();
      }
    }

    @Override
    public Void visitLabeledStatement(LabeledStatementTree node, Void unused) {
      labels.add(node.getLabel());
      try {
        return super.visitLabeledStatement(node, null);
      } finally {
        labels.remove(node.getLabel());
      }
    }

    private Void loop(Tree node, java.util.function.Supplier<Void> scan) {
      targets.push(node);
      loopDepth++;
      try {
        return scan.get();
      } finally {
        loopDepth--;
        targets.pop();
      }
    }

    @Override
    public Void visitBreak(BreakTree node, Void unused) {
      if (lambdaDepth == 0 && localClasses.isEmpty() && leavesSplice(node.getLabel(), false)) {
        replace(node, jumps.breakOut(getCurrentPath(), node.getLabel(), loopDepth > 0));
      }
      return null;
    }

    @Override
    public Void visitContinue(ContinueTree node, Void unused) {
      if (lambdaDepth == 0 && localClasses.isEmpty() && leavesSplice(node.getLabel(), true)) {
        replace(node, jumps.continueOut(getCurrentPath(), node.getLabel(), loopDepth > 0));
      }
      return null;
    }

    private boolean leavesSplice(Name label, boolean continuing) {
      if (label != null) {
        return !labels.contains(label);
      }
      return continuing ? loopDepth == 0 : targets.isEmpty();
    }

    @Override
    public Void visitReturn(ReturnTree node, Void unused) {
      if (lambdaDepth == 0 && localClasses.isEmpty()) {
        replace(node, jumps.returnOut(getCurrentPath(), node, loopDepth > 0));
        return null;
      }
      return super.visitReturn(node, null);
    }
  }

  private boolean isLocal(TypeElement type) {
    for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      if (t.getNestingKind() == NestingKind.LOCAL || t.getNestingKind() == NestingKind.ANONYMOUS) {
        return true;
      }
    }
    return false;
  }

  /** A type the template file imports by this simple name (for names not yet generated). */
  private ClassName importedType(Name simpleName) {
    for (ImportTree anImport : unit.getImports()) {
      if (anImport.isStatic()) {
        continue;
      }
      String imported = anImport.getQualifiedIdentifier().toString();
      if (imported.endsWith("." + simpleName)) {
        return ClassName.bestGuess(imported);
      }
    }
    return null;
  }

  static boolean isVariable(Element element) {
    return element != null && (element.getKind() == ElementKind.LOCAL_VARIABLE
        || element.getKind() == ElementKind.PARAMETER);
  }
}
