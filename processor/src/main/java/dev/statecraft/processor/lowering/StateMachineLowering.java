package dev.statecraft.processor.lowering;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.UnionTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.statecraft.processor.Diagnostics;
import dev.statecraft.processor.analysis.BodyFacts;
import dev.statecraft.processor.analysis.EffectFreeCode;
import dev.statecraft.processor.analysis.Marker;
import dev.statecraft.processor.analysis.Reachability;
import dev.statecraft.processor.analysis.SourceElements;
import dev.statecraft.processor.analysis.Template;
import dev.statecraft.processor.emission.JumpRewriter;
import dev.statecraft.processor.emission.LocalNames;
import dev.statecraft.processor.emission.SourceSplicer;
import dev.statecraft.processor.emission.TypeSpelling;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.Name;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The one resumable-method lowering, shared by generators and async methods (Roslyn's
 * {@code MethodToStateMachineRewriter}): it turns a template body into the states of a
 * {@code for (;;) switch (state)} resume method. Statements that contain a suspension point are
 * split into states; every other statement is spliced as written ({@link SourceSplicer}).
 * Subclasses decide what a suspension hands over and what ending the body means.
 *
 * <p>Shapes, where {@code L} are labels placed by {@link StateListing#mark}:
 * <pre>
 *   while (c) body          L_head: if (!(c)) goto L_exit; body; goto L_head; L_exit:
 *   for (i; c; u) body      i; L_head: if (!(c)) goto L_exit; body; L_cont: u; goto L_head; ...
 *   if (c) a else b         if (!(c)) goto L_else; a; goto L_end; L_else: b; L_end:
 *   switch (s) { case ...}  switch (s) { case X: goto L_x; ... } goto L_exit; L_x: ...
 * </pre>
 * where {@code goto L} is {@code state = L; continue;}.
 */
public abstract class StateMachineLowering implements JumpRewriter {
  protected final Template template;
  protected final BodyFacts facts;
  protected final Trees trees;
  protected final Types types;
  protected final Elements elements;
  protected final Diagnostics diagnostics;
  protected final LocalNames names;
  protected final SourceSplicer splicer;
  protected final TypeSpelling spelling;
  protected final StateListing listing = new StateListing();
  private final Reachability reachability;
  private final JumpTargets targets = new JumpTargets();
  private final List<MachineField> fields = new ArrayList<>();
  private final String fileName;
  private boolean dispatchLabelled;
  protected final ExpressionSpiller spiller = new ExpressionSpiller(this);
  /** Which statements may run earlier than written (D18). */
  private final EffectFreeCode effectFree;
  private final CodeBlock.Builder preamble = CodeBlock.builder();
  private final CodeBlock.Builder resumeLocals = CodeBlock.builder();
  private final CodeBlock.Builder saveCached = CodeBlock.builder();
  private Label bodyExit;
  private String exceptionVariable;
  /** The statement being spliced, while its jumps out may have to wait for its Java finallys. */
  private DeferredJumps deferredJumps;
  protected boolean throwsChecked;

  protected StateMachineLowering(Template template, BodyFacts facts, Trees trees, Types types,
      Elements elements, Diagnostics diagnostics, LocalNames names, SourceSplicer splicer,
      TypeSpelling spelling) {
    this.template = template;
    this.facts = facts;
    this.effectFree = new EffectFreeCode(trees, facts);
    this.trees = trees;
    this.types = types;
    this.elements = elements;
    this.diagnostics = diagnostics;
    this.names = names;
    this.splicer = splicer;
    this.spelling = spelling;
    this.reachability = new Reachability(trees, template.path());
    String path = template.unit().getSourceFile().getName();
    this.fileName = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    this.throwsChecked = !template.method().getThrownTypes().isEmpty();
    listing.dispatchLabel(freeLabel(template.tree().getBody(), "dispatch"));
  }

  /** {@code base}, or {@code base2}, ...: a label {@code tree} does not use itself. */
  private static String freeLabel(Tree tree, String base) {
    return freeLabel(tree, base, java.util.Set.of());
  }

  /** {@code base}, or {@code base2}, ...: a label neither {@code tree} nor {@code taken} uses. */
  private static String freeLabel(Tree tree, String base, java.util.Collection<String> taken) {
    java.util.Set<String> used = new java.util.HashSet<>(taken);
    new com.sun.source.util.TreeScanner<Void, Void>() {
      @Override
      public Void visitLabeledStatement(LabeledStatementTree node, Void unused) {
        used.add(node.getLabel().toString());
        return super.visitLabeledStatement(node, null);
      }
    }.scan(tree, null);
    String name = base;
    for (int i = 2; used.contains(name); i++) {
      name = base + i;
    }
    return name;
  }

  /** Lowers the whole body. */
  public LoweredBody lower(Map<? extends Element, String> movedTypeNames) {
    // Local types of the body are in scope in every state: declared before the dispatch loop.
    for (Map.Entry<javax.lang.model.element.TypeElement, TreePath> moved
        : facts.movedTypes().entrySet()) {
      String name = movedTypeNames.get(moved.getKey());
      CodeBlock declaration = splicer.splice(moved.getValue(), this);
      if (name != null && name.indexOf('.') > 0) {
        preamble.add("class $L {\n$>$L\n$<}\n", name.substring(0, name.indexOf('.')),
            declaration);
      } else {
        preamble.add(declaration).add("\n");
      }
    }
    for (VariableElement local : facts.hoisted()) {
      if (facts.cached().contains(local)) {
        cacheInResume(local);
        continue;
      }
      TypeName type = spelling.spell(local.asType());
      if (type == null) {
        throw diagnostics.abort(new TreePath(template.path(), template.tree()),
            "[StatecraftVarType]", "The type of `" + local.getSimpleName() + "` cannot be"
                + " written in the generated machine. Declare it with an explicit type.");
      }
      fields.add(new MachineField(names.nameOf(local), type,
          local.getKind() == javax.lang.model.element.ElementKind.PARAMETER
              && template.method().getParameters().contains(local)));
    }
    declareConstants();
    TreePath body = new TreePath(template.path(), template.tree().getBody());
    lowerStatement(body);
    if (listing.isReachable()) {
      endBody();
    }
    if (bodyExit != null) {
      listing.enterHandler(null);
      listing.mark(bodyExit);
      listing.addTerminal(exitStateCode());
    }
    listing.finish();
    return new LoweredBody(preamble.build(), resumeLocals.build(), listing.states(), fields,
        dispatchLabelled ? listing.dispatchLabel() : null, throwsChecked,
        exceptionVariable, TryHandlers.handlerCode(listing.states(), exceptionVariable),
        TryHandlers.closeEntryCode(listing.states(), bodyExit), listing.creationCode());
  }

  /**
   * A hoisted local of a type declared in the body: the machine declares that type at the top
   * of the resume method, keeps the local in a Java local there, and saves it to an
   * {@code Object} field whenever it suspends ({@link #saveCachedLocals}).
   */
  private void cacheInResume(VariableElement local) {
    String name = names.nameOf(local);
    fields.add(new MachineField(name, com.palantir.javapoet.ClassName.OBJECT, false));
    TreePath declaration = facts.declaration(local);
    Tree typeTree = ((VariableTree) declaration.getLeaf()).getType();
    CodeBlock type = typeTree == null || splicer.end(typeTree) <= 0
        || splicer.text(splicer.start(typeTree), splicer.end(typeTree)).equals("var")
        ? CodeBlock.of("$L", ((javax.lang.model.type.DeclaredType) local.asType()).asElement()
            .getSimpleName())
        : splicer.splice(new TreePath(declaration, typeTree), this);
    preamble.add("$L $L = ($L) this.$L;\n", type, name, type, name);
    saveCached.add("this.$L = $L;\n", name, name);
  }

  /** Saves the locals kept in the resume method to their fields, before suspending. */
  protected void saveCachedLocals() {
    listing.add(saveCached.build());
  }

  /** Constant variables of the body ({@code final int K = 3;}) become machine constants. */
  private void declareConstants() {
    for (VariableElement local : facts.locals()) {
      if (local.getConstantValue() == null || local.getKind() != ElementKind.LOCAL_VARIABLE) {
        continue;
      }
      TreePath declaration = facts.declaration(local);
      ExpressionTree initializer = ((VariableTree) declaration.getLeaf()).getInitializer();
      fields.add(new MachineField(names.nameOf(local), spelling.name(local.asType()), false,
          splicer.splice(new TreePath(declaration, initializer), this)));
    }
  }

  /** Ends the body when control falls off its end. */
  protected abstract void endBody();

  /** Lowers a marker statement ({@code yieldReturn(x);}, {@code yieldAll(s);}). */
  protected abstract void lowerMarkerStatement(TreePath call, Marker marker);

  /** A field for the lowering's own use, named after {@code base}. */
  protected String helperField(String base, TypeName type) {
    String name = names.allocate(base);
    fields.add(new MachineField(name, type, false));
    return name;
  }

  // ---- statements -------------------------------------------------------------------------

  protected void lowerStatement(TreePath path) {
    Tree tree = path.getLeaf();
    if (tree instanceof BlockTree block) {
      // Flattened: the machine's names are unique, so a block's scope is not needed.
      for (StatementTree statement : block.getStatements()) {
        lowerStatement(new TreePath(path, statement));
      }
      return;
    }
    if (!facts.suspends(tree)) {
      emitAsWritten(path);
      return;
    }
    comment(tree);
    switch (tree.getKind()) {
      case EXPRESSION_STATEMENT -> lowerExpressionStatement(path);
      case IF -> lowerIf(path, (IfTree) tree);
      case WHILE_LOOP -> lowerWhile(path, (WhileLoopTree) tree, null);
      case DO_WHILE_LOOP -> lowerDoWhile(path, (DoWhileLoopTree) tree, null);
      case FOR_LOOP -> lowerFor(path, (ForLoopTree) tree, null);
      case ENHANCED_FOR_LOOP -> lowerForEach(path, (EnhancedForLoopTree) tree, null);
      case LABELED_STATEMENT -> lowerLabeled(path, (LabeledStatementTree) tree);
      case SWITCH -> lowerSwitch(path, (SwitchTree) tree, null);
      case TRY -> lowerTry(path, (TryTree) tree);
      case VARIABLE -> lowerDeclarationWithSwitch(path, (VariableTree) tree);
      case YIELD -> lowerYield(path, (YieldTree) tree);
      case THROW -> listing.addTerminal(CodeBlock.of("throw $L;\n", spiller.spill(
          new TreePath(path, ((com.sun.source.tree.ThrowTree) tree).getExpression()))));
      default -> lowerOther(path);
    }
  }

  /** {@code T x = switch (...) { ... };} whose arms suspend. */
  private void lowerDeclarationWithSwitch(TreePath path, VariableTree tree) {
    ExpressionTree initializer = tree.getInitializer();
    Element element = trees.getElement(path);
    if (initializer instanceof SwitchExpressionTree && facts.hoisted().contains(element)) {
      lowerSwitchExpression(new TreePath(path, initializer), names.nameOf(element));
    } else if (initializer != null && facts.hoisted().contains(element)) {
      CodeBlock value = assignable(tree, (VariableElement) element,
          spiller.spill(new TreePath(path, initializer)));
      listing.add(CodeBlock.of("$L = $L;\n", names.nameOf(element), value));
    } else {
      lowerOther(path);
    }
  }

  /** Java's {@code yield v;} of a lowered switch expression (a statement that suspends). */
  private void lowerYield(TreePath path, YieldTree tree) {
    JumpTargets.SwitchValue value = targets.switchValue();
    if (value == null) {
      lowerOther(path);
      return;
    }
    CodeBlock result = spiller.spill(new TreePath(path, tree.getValue()));
    listing.add(CodeBlock.of("$L = $L;\n", value.target(), result));
    listing.addTerminal(jumpCode(targets.yieldJump(), false));
  }

  /** The value of a suspending switch expression, stored into {@code target}. */
  void lowerSwitchExpressionInto(TreePath path, String target) {
    lowerSwitchExpression(path, target);
  }

  /**
   * {@code await(stage)} inside an expression: suspends, then gives the code of the awaited
   * value. Only async lowerings have it.
   */
  protected CodeBlock awaitValue(TreePath call, CodeBlock stage) {
    throw unsupported(call, "this expression");
  }

  /** After {@code await(stage);} as a statement: the code that throws the stage's failure. */
  protected CodeBlock discardedAwaitCode() {
    throw new IllegalStateException("an await outside an async lowering");
  }

  /** Declares a local of the resume method, before the dispatch loop. */
  protected void declareResumeLocal(CodeBlock declaration) {
    resumeLocals.add(declaration);
  }

  /** Statements only some lowerings support (try, async spills); the rest is an error. */
  protected void lowerOther(TreePath path) {
    throw unsupported(path, "this statement");
  }

  protected RuntimeException unsupported(TreePath path, String what) {
    return diagnostics.abort(path, "[StatecraftUnsupported]", "Statecraft cannot yet suspend"
        + " inside " + what + " (" + path.getLeaf().getKind().toString().toLowerCase()
        + "). Move the suspension point out of it.");
  }

  private void lowerExpressionStatement(TreePath path) {
    ExpressionTree expression = ((ExpressionStatementTree) path.getLeaf()).getExpression();
    Marker marker = facts.marker(expression);
    if (marker != null && marker != Marker.AWAIT) {
      lowerMarkerStatement(new TreePath(path, expression), marker);
    } else if (marker == Marker.AWAIT) {
      spiller.spill(new TreePath(path, expression)); // suspends; the value is not used
      listing.add(discardedAwaitCode());
    } else {
      listing.add(CodeBlock.of("$L;\n", spiller.spill(new TreePath(path, expression))));
    }
  }

  /** A jump written as a statement of its own (so a state holding only it can be threaded). */
  private void jump(JumpTargets.Jump jump) {
    if (jump.finallys().isEmpty() && !jump.leavesFinally()) {
      listing.jump(jump.target());
    } else {
      listing.addTerminal(jumpCode(jump, false));
    }
  }

  /** Writes a statement that does not suspend, as the template wrote it. */
  protected void emitAsWritten(TreePath path) {
    Tree tree = path.getLeaf();
    comment(tree);
    switch (tree.getKind()) {
      case BREAK -> {
        jump(targets.breakJump(((BreakTree) tree).getLabel()));
        return;
      }
      case CONTINUE -> {
        jump(targets.continueJump(((ContinueTree) tree).getLabel()));
        return;
      }
      case RETURN -> {
        listing.addTerminal(returnFromBody(path, (ReturnTree) tree, false));
        return;
      }
      case YIELD -> {
        JumpTargets.SwitchValue value = targets.switchValue();
        if (value != null) {
          ExpressionTree result = ((YieldTree) tree).getValue();
          listing.add(CodeBlock.of("$L = $L;\n", value.target(),
              splicer.splice(new TreePath(path, result), this)));
          listing.addTerminal(jumpCode(targets.yieldJump(), false));
          return;
        }
      }
      default -> { }
    }
    if (tree instanceof VariableTree variable) {
      emitDeclaration(path, variable);
      return;
    }
    if (tree instanceof com.sun.source.tree.ClassTree
        && facts.movedTypes().containsKey(trees.getElement(path))) {
      return; // declared at the top of the resume method
    }
    boolean declaresLocal = tree.getKind() == Tree.Kind.CLASS
        || tree.getKind().name().equals("RECORD") || tree.getKind() == Tree.Kind.ENUM
        || tree.getKind() == Tree.Kind.INTERFACE;
    boolean completes = reachability.canCompleteNormally(tree);
    DeferredJumps deferred = new DeferredJumps(tree, completes);
    DeferredJumps enclosing = deferredJumps;
    deferredJumps = deferred;
    CodeBlock code;
    try {
      code = splicer.splice(path, this);
    } finally {
      deferredJumps = enclosing;
    }
    if (deferred.jumps.isEmpty()) {
      addStatement(path, CodeBlock.builder().add(code).add("\n").build(), declaresLocal);
    } else if (completes) {
      listing.add(deferred.wrap(code));
    } else {
      listing.addTerminal(deferred.wrap(code));
    }
    if (!completes) {
      listing.unreachable();
    }
  }

  /**
   * The jumps out of a spliced statement that leave one of its own Java {@code try} statements
   * with a finally or resources. Java runs those finally blocks and closes first, and they may
   * still throw, which must meet the handlers of the state they run in (a lowered catch or
   * finally around the statement), so {@code state} must not change before; or jump themselves,
   * which wins. So such a jump only breaks out of a block labelled around the statement (a
   * {@code return} stores its value first), and its state jump follows that block; one block
   * for each distinct jump, so Java itself decides which jump a finally's own jump overrides:
   * <pre>
   *   normally: {
   *     continuing: {
   *       breaking: {
   *         try { if (c) break breaking; break continuing; } finally { f(); }
   *         break normally;
   *       }
   *       state = AFTER_LOOP; continue;
   *     }
   *     state = LOOP_HEAD; continue;
   *   }
   * </pre>
   * The {@code normally} block, which skips the jumps when the statement completes normally, is
   * left out when it cannot.
   */
  private static final class DeferredJumps {
    final Tree statement;
    final boolean completes;
    /** The distinct jumps, innermost block first. */
    final List<Deferred> jumps = new ArrayList<>();

    /** A jump and the label of the block it breaks out of, which the jump's code follows. */
    record Deferred(JumpTargets.Jump jump, String label, CodeBlock code) {}

    DeferredJumps(Tree statement, boolean completes) {
      this.statement = statement;
      this.completes = completes;
    }

    /** The labelled blocks around the spliced {@code code}, each followed by its jump. */
    CodeBlock wrap(CodeBlock code) {
      CodeBlock.Builder wrapped = CodeBlock.builder();
      String normally = completes ? freeLabel(statement, "normally", labels()) : null;
      if (normally != null) {
        wrapped.add("$L: {\n$>", normally);
      }
      for (int i = jumps.size() - 1; i >= 0; i--) {
        wrapped.add("$L: {\n$>", jumps.get(i).label());
      }
      wrapped.add(code).add("\n");
      if (normally != null) {
        wrapped.add("break $L;\n", normally);
      }
      for (Deferred jump : jumps) {
        wrapped.add("$<}\n").add(jump.code());
      }
      if (normally != null) {
        wrapped.add("$<}\n");
      }
      return wrapped.build();
    }

    /** The label of the block {@code jump} breaks out of; {@code code} follows that block. */
    String label(String base, JumpTargets.Jump jump, CodeBlock code) {
      for (Deferred deferred : jumps) {
        // Same target through the same finally blocks: labels and regions compare by identity.
        if (deferred.jump().equals(jump)) {
          return deferred.label();
        }
      }
      String label = freeLabel(statement, base, labels());
      jumps.add(new Deferred(jump, label, code));
      return label;
    }

    private List<String> labels() {
      return jumps.stream().map(Deferred::label).toList();
    }
  }

  /**
   * Whether the jump at {@code jumpPath} leaves a Java try of {@code statement} (spliced as
   * written) whose finally or resource closes must run first: it lies in the block of a try with
   * a finally or resources, or in a catch of a try with a finally.
   */
  private static boolean leavesJavaFinally(TreePath jumpPath, Tree statement) {
    Tree child = jumpPath.getLeaf();
    for (TreePath p = jumpPath.getParentPath(); p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof TryTree tryTree) {
        boolean inBlock = child == tryTree.getBlock();
        if ((inBlock || tryTree.getCatches().contains(child))
            && (tryTree.getFinallyBlock() != null
                || inBlock && !tryTree.getResources().isEmpty())) {
          return true;
        }
      }
      if (p.getLeaf() == statement) {
        return false;
      }
      child = p.getLeaf();
    }
    return false;
  }

  /**
   * A hoisted local's declaration becomes an assignment to its field; any other local is
   * declared with its type as written (each declarator of {@code int a, b;} on its own).
   */
  private void emitDeclaration(TreePath path, VariableTree variable) {
    Element element = trees.getElement(path);
    String name = names.nameOf(element);
    ExpressionTree initializer = variable.getInitializer();
    CodeBlock value = initializer == null ? null
        : assignable(variable, (VariableElement) element,
            splicer.splice(new TreePath(path, initializer), this));
    if (((VariableElement) element).getConstantValue() != null) {
      return; // declared as a constant of the machine
    }
    if (facts.hoisted().contains(element)) {
      if (value != null) {
        addStatement(path, CodeBlock.of("$L = $L;\n", name, value), false);
      }
      return;
    }
    CodeBlock type = declaredType(path, variable, (VariableElement) element);
    String modifiers = element.getModifiers().contains(Modifier.FINAL) ? "final " : "";
    if (value == null) {
      listing.addEffectFree(CodeBlock.of("$L$L $L;\n", modifiers, type, name), true);
    } else {
      addStatement(path, CodeBlock.of("$L$L $L = $L;\n", modifiers, type, name, value), true);
    }
  }

  /**
   * Appends the code of the statement at {@code path}, marked as effect-free when it is, so that
   * it may run earlier (D18).
   */
  private void addStatement(TreePath path, CodeBlock code, boolean declaresLocal) {
    if (effectFree.isEffectFree(path)) {
      listing.addEffectFree(code, declaresLocal);
    } else {
      listing.add(code, declaresLocal);
    }
  }

  /**
   * The code of {@code variable}'s initializer {@code value} as the right side of an assignment:
   * a bare array initializer ({@code int[] a = {1, 2};}) is only allowed in a declaration, so an
   * assignment to a field spells its type ({@code new int[] {1, 2}}).
   */
  private CodeBlock assignable(VariableTree variable, VariableElement element, CodeBlock value) {
    if (variable.getInitializer() instanceof NewArrayTree array && array.getType() == null) {
      return CodeBlock.of("new $T $L", spelling.spell(element.asType()), value);
    }
    return value;
  }

  private CodeBlock declaredType(TreePath path, VariableTree variable, VariableElement element) {
    Tree type = variable.getType();
    if (type == null || splicer.end(type) <= 0 || splicer.start(type) < 0
        || splicer.text(splicer.start(type), splicer.end(type)).equals("var")) {
      return CodeBlock.of("var");
    }
    return splicer.splice(new TreePath(path, type), this);
  }

  /** A copy of a hoisted local that a lambda or class in spliced source captures. */
  @Override
  public String captureCopy(VariableElement captured, boolean assignedInSplice) {
    String field = names.nameOf(captured);
    String copy = names.allocate(field + "Copy");
    TypeName type = spelling.spell(captured.asType());
    listing.add(assignedInSplice ? CodeBlock.of("$T $L;\n", type, copy)
        : CodeBlock.of("final $T $L = $L;\n", type, copy, field), true);
    return copy;
  }

  private void lowerIf(TreePath path, IfTree tree) {
    Label otherwise = listing.newLabel();
    jumpUnless(new TreePath(path, tree.getCondition()), otherwise);
    lowerStatement(new TreePath(path, tree.getThenStatement()));
    if (tree.getElseStatement() == null) {
      listing.mark(otherwise);
      return;
    }
    Label end = listing.newLabel();
    listing.jump(end);
    listing.mark(otherwise);
    lowerStatement(new TreePath(path, tree.getElseStatement()));
    listing.mark(end);
  }

  private void lowerWhile(TreePath path, WhileLoopTree tree, Name label) {
    Label head = listing.newLabel();
    Label exit = listing.newLabel();
    listing.mark(head);
    comment(tree.getCondition());
    jumpUnless(new TreePath(path, tree.getCondition()), exit);
    targets.with(new JumpTargets.Target(tree, label, exit, head),
        () -> lowerStatement(new TreePath(path, tree.getStatement())));
    listing.jump(head);
    listing.mark(exit);
  }

  private void lowerDoWhile(TreePath path, DoWhileLoopTree tree, Name label) {
    Label body = listing.newLabel();
    Label condition = listing.newLabel();
    Label exit = listing.newLabel();
    listing.mark(body);
    targets.with(new JumpTargets.Target(tree, label, exit, condition),
        () -> lowerStatement(new TreePath(path, tree.getStatement())));
    listing.mark(condition);
    comment(tree.getCondition());
    jumpIf(new TreePath(path, tree.getCondition()), body);
    listing.mark(exit);
  }

  private void lowerFor(TreePath path, ForLoopTree tree, Name label) {
    for (StatementTree init : tree.getInitializer()) {
      if (init instanceof ExpressionStatementTree step) {
        emitForClauseExpression(new TreePath(path, step));
      } else {
        lowerStatement(new TreePath(path, init));
      }
    }
    Label head = listing.newLabel();
    Label update = listing.newLabel();
    Label exit = listing.newLabel();
    listing.mark(head);
    if (tree.getCondition() != null) {
      comment(tree.getCondition());
      jumpUnless(new TreePath(path, tree.getCondition()), exit);
    }
    targets.with(new JumpTargets.Target(tree, label, exit, update),
        () -> lowerStatement(new TreePath(path, tree.getStatement())));
    listing.mark(update);
    for (ExpressionStatementTree step : tree.getUpdate()) {
      emitForClauseExpression(new TreePath(path, step));
    }
    listing.jump(head);
    listing.mark(exit);
  }

  /** An expression of a for loop's init or update clause, whose source has no semicolon. */
  private void emitForClauseExpression(TreePath path) {
    ExpressionStatementTree step = (ExpressionStatementTree) path.getLeaf();
    comment(step);
    Marker marker = facts.marker(step.getExpression());
    if (marker != null && marker != Marker.AWAIT) {
      lowerMarkerStatement(new TreePath(path, step.getExpression()), marker);
      return;
    }
    if (facts.suspends(step.getExpression())) {
      lowerStatement(path);
      return;
    }
    addStatement(path, CodeBlock.of("$L;\n", splicer.splice(
        new TreePath(path, step.getExpression()), this)), false);
  }

  /**
   * {@code for (T x : source) body}, JLS 14.14.2: the source is evaluated once into a field,
   * then walked by index (arrays) or by its iterator.
   */
  private void lowerForEach(TreePath path, EnhancedForLoopTree tree, Name label) {
    TreePath sourcePath = new TreePath(path, tree.getExpression());
    TreePath variablePath = new TreePath(path, tree.getVariable());
    VariableElement variable = (VariableElement) trees.getElement(variablePath);
    String name = names.nameOf(variable);
    TypeMirror sourceType = trees.getTypeMirror(sourcePath);
    CodeBlock source = valueOf(sourcePath);
    Label head = listing.newLabel();
    Label next = listing.newLabel();
    Label exit = listing.newLabel();
    CodeBlock take;
    if (sourceType != null && sourceType.getKind() == TypeKind.ARRAY) {
      String array = helperField(name + "Array", spelling.spell(sourceType));
      String index = helperField(name + "Index", TypeName.INT);
      listing.add(CodeBlock.of("$L = $L;\n$L = 0;\n", array, source, index));
      listing.mark(head);
      comment(tree);
      listing.add(CodeBlock.of("if ($L >= $L.length) {\n$>$L$<}\n", index, array,
          StateListing.jumpCode(exit, false)));
      take = CodeBlock.of("$L = $L[$L];\n", name, array, index);
      listing.add(take);
      targets.with(new JumpTargets.Target(tree, label, exit, next),
          () -> lowerStatement(new TreePath(path, tree.getStatement())));
      listing.mark(next);
      listing.add(CodeBlock.of("$L++;\n", index));
    } else {
      TypeMirror element = sourceType == null ? null
          : SourceElements.elementType(types, elements, sourceType);
      TypeName elementName = element == null ? null : spelling.spell(boxed(element));
      TypeName iteratorType = elementName == null
          ? com.palantir.javapoet.ParameterizedTypeName.get(
              com.palantir.javapoet.ClassName.get(java.util.Iterator.class),
              com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class))
          : com.palantir.javapoet.ParameterizedTypeName.get(
              com.palantir.javapoet.ClassName.get(java.util.Iterator.class),
              com.palantir.javapoet.WildcardTypeName.subtypeOf(elementName));
      String iterator = helperField(name + "Iterator", iteratorType);
      listing.add(CodeBlock.of("$L = $L.iterator();\n", iterator, source));
      listing.mark(head);
      comment(tree);
      listing.add(CodeBlock.of("if (!$L.hasNext()) {\n$>$L$<}\n", iterator,
          StateListing.jumpCode(exit, false)));
      listing.add(elementName == null
          ? CodeBlock.of("$L = ($T) $L.next();\n", name,
              spelling.spell(variable.asType()), iterator)
          : CodeBlock.of("$L = $L.next();\n", name, iterator));
      targets.with(new JumpTargets.Target(tree, label, exit, head),
          () -> lowerStatement(new TreePath(path, tree.getStatement())));
    }
    listing.jump(head);
    listing.mark(exit);
  }

  private TypeMirror boxed(TypeMirror type) {
    return type.getKind().isPrimitive()
        ? types.boxedClass((javax.lang.model.type.PrimitiveType) type).asType() : type;
  }

  private void lowerLabeled(TreePath path, LabeledStatementTree tree) {
    TreePath inner = new TreePath(path, tree.getStatement());
    Name label = tree.getLabel();
    switch (tree.getStatement().getKind()) {
      case WHILE_LOOP -> lowerWhile(inner, (WhileLoopTree) tree.getStatement(), label);
      case DO_WHILE_LOOP -> lowerDoWhile(inner, (DoWhileLoopTree) tree.getStatement(), label);
      case FOR_LOOP -> lowerFor(inner, (ForLoopTree) tree.getStatement(), label);
      case ENHANCED_FOR_LOOP ->
          lowerForEach(inner, (EnhancedForLoopTree) tree.getStatement(), label);
      case SWITCH -> lowerSwitch(inner, (SwitchTree) tree.getStatement(), label);
      default -> {
        Label exit = listing.newLabel();
        targets.with(new JumpTargets.Target(tree, label, exit, null),
            () -> lowerStatement(inner));
        listing.mark(exit);
      }
    }
  }

  /**
   * A switch statement that suspends: the selector is matched by a Java switch of the same
   * labels (so strings, enums and null behave as in Java), each case jumping to its state.
   */
  private void lowerSwitch(TreePath path, SwitchTree tree, Name label) {
    lowerSwitch(path, tree, tree.getExpression(), tree.getCases(), label, null);
  }

  /**
   * A switch expression that suspends, whose value goes to {@code target} (a field or local
   * of the machine): lowered as a switch statement whose {@code yield v;} become
   * {@code target = v;} and a jump past the switch (JLS 15.28).
   */
  private void lowerSwitchExpression(TreePath path, String target) {
    SwitchExpressionTree tree = (SwitchExpressionTree) path.getLeaf();
    lowerSwitch(path, tree, tree.getExpression(), tree.getCases(), null, target);
  }

  private void lowerSwitch(TreePath path, Tree tree, ExpressionTree selectorTree,
      List<? extends CaseTree> cases, Name label, String yieldTarget) {
    List<Label> entries = new ArrayList<>();
    Label exit = listing.newLabel();
    CodeBlock.Builder dispatch = CodeBlock.builder();
    ExpressionTree selector = selectorTree;
    if (selector instanceof ParenthesizedTree parenthesized) {
      selector = parenthesized.getExpression();
    }
    TreePath selectorPath = new TreePath(selectorTree == selector ? path
        : new TreePath(path, selectorTree), selector);
    dispatch.add("switch ($L) {\n$>", valueOf(selectorPath));
    boolean hasDefault = false;
    for (CaseTree c : cases) {
      Label entry = listing.newLabel();
      entries.add(entry);
      TreePath casePath = new TreePath(path, c);
      if (c.getExpressions().isEmpty()) {
        hasDefault = true;
        dispatch.add("default:\n");
      } else {
        for (ExpressionTree expression : c.getExpressions()) {
          dispatch.add("case $L:\n", splicer.splice(new TreePath(casePath, expression), this));
        }
      }
      dispatch.add("$>$L$<", StateListing.jumpCode(entry, false));
    }
    dispatch.add("$<}\n");
    listing.add(dispatch.build());
    if (hasDefault) {
      listing.unreachable();
    } else {
      listing.jump(exit);
    }
    JumpTargets.Entry entry = yieldTarget == null
        ? new JumpTargets.Target(tree, label, exit, null)
        : new JumpTargets.SwitchValue(yieldTarget, exit);
    targets.with(entry, () -> {
      for (int i = 0; i < cases.size(); i++) {
        CaseTree c = cases.get(i);
        TreePath casePath = new TreePath(path, c);
        listing.mark(entries.get(i));
        if (c.getCaseKind() == CaseTree.CaseKind.RULE) {
          Tree body = c.getBody();
          TreePath bodyPath = new TreePath(casePath, body);
          if (yieldTarget != null && body instanceof ExpressionTree value) {
            switchValue(bodyPath, value, yieldTarget);
          } else if (body instanceof ExpressionTree) {
            lowerExpressionBody(bodyPath);
          } else {
            lowerStatement(bodyPath);
          }
          if (listing.isReachable()) {
            listing.jump(exit);
          }
        } else {
          for (StatementTree statement : c.getStatements()) {
            lowerStatement(new TreePath(casePath, statement));
          }
        }
      }
    });
    listing.mark(exit);
  }

  /** {@code target = value;} for a switch expression's arm, lowering a nested one that suspends. */
  private void switchValue(TreePath path, ExpressionTree value, String target) {
    comment(value);
    if (value instanceof SwitchExpressionTree && facts.suspends(value)) {
      lowerSwitchExpression(path, target);
    } else {
      listing.add(CodeBlock.of("$L = $L;\n", target, valueOf(path)));
    }
  }

  /** The expression of a {@code case X -> expression;} rule, which is a statement expression. */
  private void lowerExpressionBody(TreePath path) {
    Marker marker = facts.marker(path.getLeaf());
    if (marker != null && marker != Marker.AWAIT) {
      comment(path.getLeaf());
      lowerMarkerStatement(path, marker);
    } else {
      comment(path.getLeaf());
      listing.add(CodeBlock.of("$L;\n", valueOf(path)));
    }
  }

  // ---- try ---------------------------------------------------------------------------------

  /**
   * A try whose blocks suspend (JLS 14.20): its blocks become states of a {@link TryRegion};
   * the resume method's exception handler dispatches by state to the catches and the finally.
   * <pre>
   *   L_try: body; afterFinally = L_after; goto L_finally;
   *   L_catch: e = (E) thrown (by the handler); block; afterFinally = L_after; goto L_finally;
   *   L_finally: block; goto afterFinally;
   *   L_rethrow: throw pendingException;
   *   L_after:
   * </pre>
   * With resources, the statement is the try of its catches and finally around nested
   * one-resource tries (JLS 14.20.3.2), each desugared as JLS 14.20.3.1.
   */
  private void lowerTry(TreePath path, TryTree tree) {
    Runnable block = tree.getResources().isEmpty()
        ? () -> lowerStatement(new TreePath(path, tree.getBlock()))
        : () -> lowerResources(path, tree, 0);
    if (!tree.getResources().isEmpty() && tree.getCatches().isEmpty()
        && tree.getFinallyBlock() == null) {
      block.run();
      return;
    }
    TryRegion.Handler outer = listing.handler();
    boolean hasFinally = tree.getFinallyBlock() != null;
    TryRegion region = newRegion(outer, hasFinally, CodeBlock.of(""), CodeBlock.of(""));
    for (CatchTree handler : tree.getCatches()) {
      TreePath handlerPath = new TreePath(path, handler);
      TreePath parameterPath = new TreePath(handlerPath, handler.getParameter());
      VariableElement parameter = (VariableElement) trees.getElement(parameterPath);
      List<TypeName> caught = new ArrayList<>();
      Tree typeTree = handler.getParameter().getType();
      if (typeTree instanceof UnionTypeTree union) {
        for (Tree alternative : union.getTypeAlternatives()) {
          caught.add(spelling.spell(trees.getTypeMirror(
              new TreePath(new TreePath(parameterPath, typeTree), alternative))));
        }
      } else {
        caught.add(spelling.spell(parameter.asType()));
      }
      region.catches().add(new TryRegion.Catch(caught, spelling.spell(parameter.asType()),
          names.nameOf(parameter), listing.newLabel()));
    }
    Label after = listing.newLabel();
    listing.enterHandler(new TryRegion.Handler(region, TryRegion.Part.TRY));
    listing.mark(listing.newLabel());
    withFinallyFrame(region, block);
    leaveTry(region, after);
    for (int i = 0; i < tree.getCatches().size(); i++) {
      CatchTree handler = tree.getCatches().get(i);
      listing.enterHandler(new TryRegion.Handler(region, TryRegion.Part.CATCH));
      listing.mark(region.catches().get(i).entry());
      comment(handler);
      withFinallyFrame(region,
          () -> lowerStatement(new TreePath(new TreePath(path, handler), handler.getBlock())));
      leaveTry(region, after);
    }
    if (hasFinally) {
      lowerFinally(region, outer, () -> lowerStatement(
          new TreePath(path, tree.getFinallyBlock())));
    }
    listing.enterHandler(outer);
    listing.mark(after);
  }

  /** One resource of a try-with-resources and the rest inside it, JLS 14.20.3.1. */
  private void lowerResources(TreePath path, TryTree tree, int index) {
    if (index == tree.getResources().size()) {
      lowerStatement(new TreePath(path, tree.getBlock()));
      return;
    }
    Tree resource = tree.getResources().get(index);
    TreePath resourcePath = new TreePath(path, resource);
    comment(resource);
    String variable;
    if (resource instanceof VariableTree) {
      lowerStatement(resourcePath);
      variable = names.nameOf(trees.getElement(resourcePath));
    } else {
      TypeName type = spelling.spell(trees.getTypeMirror(resourcePath));
      variable = helperField("resource", type);
      listing.add(CodeBlock.of("$L = $L;\n", variable,
          splicer.splice(resourcePath, this)));
    }
    String primary = helperField("primaryException", TypeName.get(Throwable.class));
    TryRegion.Handler outer = listing.handler();
    TryRegion region = newRegion(outer, true, CodeBlock.of("$L = null;\n", primary),
        CodeBlock.of("$L = $L;\n", primary, exceptionVariable()));
    Label after = listing.newLabel();
    listing.enterHandler(new TryRegion.Handler(region, TryRegion.Part.TRY));
    listing.mark(listing.newLabel());
    withFinallyFrame(region, () -> lowerResources(path, tree, index + 1));
    leaveTry(region, after);
    throwsChecked = true;
    lowerFinally(region, outer, () -> listing.add(CodeBlock.builder()
        .add("if ($L != null) {\n$>", variable)
        .add("if ($L != null) {\n$>", primary)
        .add("try {\n$>$L.close();\n$<} catch ($T suppressed) {\n$>", variable, Throwable.class)
        .add("$L.addSuppressed(suppressed);\n$<}\n", primary)
        .add("$<} else {\n$>$L.close();\n$<}\n", variable)
        .add("$<}\n")
        .build()));
    listing.enterHandler(outer);
    listing.mark(after);
  }

  private TryRegion newRegion(TryRegion.Handler outer, boolean hasFinally,
      CodeBlock onFinallyEntry, CodeBlock onException) {
    exceptionVariable();
    throwsChecked = true;
    if (!hasFinally) {
      return new TryRegion(outer, null, null, null, null, onFinallyEntry, onException);
    }
    exitLabel(); // closing may end the body from inside the finally chain
    String pending = helperField("afterFinally", TypeName.INT);
    String thrown = helperField("pendingException", TypeName.get(Throwable.class));
    return new TryRegion(outer, listing.newLabel(), pending, thrown, listing.newLabel(),
        onFinallyEntry, onException);
  }

  /** The name of the resume method's caught exception, which handler code reads. */
  private String exceptionVariable() {
    if (exceptionVariable == null) {
      exceptionVariable = names.allocate("thrown");
    }
    return exceptionVariable;
  }

  private void withFinallyFrame(TryRegion region, Runnable body) {
    if (region.hasFinally()) {
      targets.with(new JumpTargets.FinallyFrame(region), body);
    } else {
      body.run();
    }
  }

  /** Normal completion of a try or catch block: through the finally, to {@code after}. */
  private void leaveTry(TryRegion region, Label after) {
    if (!listing.isReachable()) {
      return;
    }
    if (region.hasFinally()) {
      listing.add(region.onFinallyEntry());
      listing.add(CodeBlock.of("$L = $L;\n", region.pending(), after));
      listing.jump(region.finallyEntry());
    } else {
      listing.jump(after);
    }
  }

  /** The finally block, continuing at its pending state, then the rethrow state. */
  private void lowerFinally(TryRegion region, TryRegion.Handler outer, Runnable block) {
    listing.enterHandler(new TryRegion.Handler(region, TryRegion.Part.FINALLY));
    listing.mark(region.finallyEntry());
    targets.with(new JumpTargets.FinallyBody(region), block);
    if (listing.isReachable()) {
      listing.addTerminal(CodeBlock.of("state = $L;\ncontinue;\n", region.pending()));
    }
    listing.enterHandler(outer);
    listing.mark(region.rethrow());
    listing.addTerminal(CodeBlock.of("throw $L;\n", region.thrown()));
  }

  // ---- conditions -------------------------------------------------------------------------

  /**
   * The code of the expression at {@code path}: spilled into states when it suspends, else
   * spliced as written.
   */
  private CodeBlock valueOf(TreePath path) {
    return facts.suspends(path.getLeaf()) ? spiller.spill(path) : splicer.splice(path, this);
  }

  /** {@code if (!(condition)) goto target;}, omitted for a constant-true condition. */
  protected void jumpUnless(TreePath condition, Label target) {
    ExpressionTree expression = unparenthesized(condition.getLeaf());
    if (expression instanceof LiteralTree literal && Boolean.TRUE.equals(literal.getValue())) {
      return;
    }
    CodeBlock test = facts.suspends(condition.getLeaf())
        ? CodeBlock.of("!($L)", spiller.spill(condition)) : negated(condition);
    listing.add(CodeBlock.of("if ($L) {\n$>$L$<}\n", test, StateListing.jumpCode(target, false)));
  }

  /** {@code if (condition) goto target;}. */
  protected void jumpIf(TreePath condition, Label target) {
    ExpressionTree expression = unparenthesized(condition.getLeaf());
    if (expression instanceof LiteralTree literal && Boolean.TRUE.equals(literal.getValue())) {
      listing.jump(target);
      return;
    }
    TreePath inner = pathTo(condition, expression);
    CodeBlock test = facts.suspends(condition.getLeaf())
        ? spiller.spill(condition) : splicer.splice(inner, this);
    listing.add(CodeBlock.of("if ($L) {\n$>$L$<}\n", test,
        StateListing.jumpCode(target, false)));
  }

  private CodeBlock negated(TreePath condition) {
    ExpressionTree expression = unparenthesized(condition.getLeaf());
    TreePath inner = pathTo(condition, expression);
    if (expression instanceof UnaryTree unary
        && unary.getKind() == Tree.Kind.LOGICAL_COMPLEMENT) {
      return splicer.splice(new TreePath(inner, unary.getExpression()), this);
    }
    CodeBlock code = splicer.splice(inner, this);
    boolean primary = expression instanceof IdentifierTree
        || expression instanceof MethodInvocationTree || expression instanceof MemberSelectTree;
    return primary ? CodeBlock.of("!$L", code) : CodeBlock.of("!($L)", code);
  }

  private static ExpressionTree unparenthesized(Tree tree) {
    ExpressionTree expression = (ExpressionTree) tree;
    while (expression instanceof ParenthesizedTree parenthesized) {
      expression = parenthesized.getExpression();
    }
    return expression;
  }

  private static TreePath pathTo(TreePath from, Tree target) {
    TreePath path = from;
    while (path.getLeaf() != target) {
      path = new TreePath(path, ((ParenthesizedTree) path.getLeaf()).getExpression());
    }
    return path;
  }

  // ---- jumps out of spliced statements ------------------------------------------------------

  @Override
  public CodeBlock breakOut(TreePath breakPath, Name label, boolean insideLoop) {
    return stateJumpOut(breakPath, "breaking", CodeBlock.of(""), targets.breakJump(label),
        insideLoop);
  }

  @Override
  public CodeBlock yieldOut(TreePath yieldPath, CodeBlock value, boolean insideLoop) {
    JumpTargets.SwitchValue target = targets.switchValue();
    return stateJumpOut(yieldPath, "yielding", CodeBlock.of("$L = $L;\n", target.target(), value),
        targets.yieldJump(), insideLoop);
  }

  @Override
  public CodeBlock continueOut(TreePath continuePath, Name label, boolean insideLoop) {
    return stateJumpOut(continuePath, "continuing", CodeBlock.of(""),
        targets.continueJump(label), insideLoop);
  }

  /**
   * A jump of spliced source to a state: {@code before}, then the jump; deferred past the Java
   * finally blocks and closes it leaves ({@link DeferredJumps}) when the code runs in a lowered
   * try, catch or finally, whose handler the dispatch loop picks by {@code state} (outside them
   * an exception leaves the machine whatever the state).
   */
  private CodeBlock stateJumpOut(TreePath path, String labelBase, CodeBlock before,
      JumpTargets.Jump jump, boolean insideLoop) {
    if (listing.handled() && leavesSplicedFinally(path)) {
      return deferredJump(labelBase, before, jump);
    }
    return inline(CodeBlock.builder().add(before).add(jumpCode(jump, insideLoop)).build(), false);
  }

  @Override
  public CodeBlock returnOut(TreePath returnPath, ReturnTree tree, boolean insideLoop) {
    if ((targets.crossesFinally() || !plainReturnWaitsForFinally())
        && leavesSplicedFinally(returnPath)) {
      return deferredJump("returning", returnValueCode(returnPath, tree),
          targets.exitJump(exitLabel()));
    }
    boolean direct = !targets.crossesFinally() && returnIsOneStatement();
    return inline(returnFromBody(returnPath, tree, insideLoop), direct);
  }

  /** Whether the jump at {@code path} leaves a Java finally or resource of the statement. */
  private boolean leavesSplicedFinally(TreePath path) {
    return deferredJumps != null && leavesJavaFinally(path, deferredJumps.statement);
  }

  /**
   * {@code before}, then a break out of the block labelled around the spliced statement, which
   * {@code jump} follows ({@link DeferredJumps}).
   */
  private CodeBlock deferredJump(String labelBase, CodeBlock before, JumpTargets.Jump jump) {
    String label = deferredJumps.label(labelBase, jump, jumpCode(jump, false));
    CodeBlock code = CodeBlock.builder().add(before).add("break $L;\n", label).build();
    return inline(code, before.isEmpty());
  }

  /**
   * Whether the code of a {@code return} straight out of the body (no lowered finally in
   * between) may stand where the return stands, inside Java finally blocks still to run: true
   * when it is a plain Java {@code return} of the resume method, false when it does something
   * first (an async result's completion), which must wait for them.
   */
  protected boolean plainReturnWaitsForFinally() {
    return true;
  }

  /**
   * What a {@code return} stores before it jumps to the exit state (its value, for an async
   * body), ending with a newline; nothing by default.
   */
  protected CodeBlock returnValueCode(TreePath path, ReturnTree tree) {
    return CodeBlock.of("");
  }

  /** Statements replacing one statement of spliced source: braced when there are several. */
  private static CodeBlock inline(CodeBlock statements, boolean single) {
    if (single) {
      String text = statements.toString();
      return CodeBlock.of("$L", text.substring(0, text.length() - 1));
    }
    return CodeBlock.builder().add("{\n$>").add(statements).add("$<}").build();
  }

  /**
   * The code of {@code return ...;} in the body, ending with a newline. A generator's
   * {@code return done();} leaves through every lowered finally to the exit state.
   */
  protected abstract CodeBlock returnFromBody(TreePath path, ReturnTree tree, boolean insideLoop);

  /** Whether a direct {@code return} is one statement (so needs no braces in spliced code). */
  protected boolean returnIsOneStatement() {
    return true;
  }

  /** The exit state's code, which every {@code return} through finally blocks reaches. */
  protected CodeBlock exitStateCode() {
    return stopCode();
  }

  /** The jump of a {@code return} here: through the pending finally blocks to the exit. */
  protected JumpTargets.Jump exitJumpForReturn() {
    return targets.crossesFinally() ? targets.exitJump(exitLabel()) : null;
  }

  /** The code that ends the machine (generator: {@code return false;}). */
  protected abstract CodeBlock stopCode();

  /** The state that ends the body, placed after everything else when some jump needs it. */
  protected Label exitLabel() {
    if (bodyExit == null) {
      bodyExit = listing.newLabel();
    }
    return bodyExit;
  }

  /** {@code return} from the body: straight out, or through the pending finally blocks. */
  protected CodeBlock exitCode(boolean insideLoop) {
    if (!targets.crossesFinally()) {
      return stopCode();
    }
    return jumpCode(targets.exitJump(exitLabel()), insideLoop);
  }

  /**
   * A jump, through the finally blocks it crosses (JLS 14.20.2): each finally is entered with
   * its pending state set to the next one, the last to the target. A jump that leaves a finally
   * block while the generator is being closed ends the close instead (DESIGN.md).
   */
  protected CodeBlock jumpCode(JumpTargets.Jump jump, boolean insideLoop) {
    CodeBlock.Builder code = CodeBlock.builder();
    if (jump.leavesFinally()) {
      code.add("if (closing) {\n$>$L$<}\n", stopCode());
    }
    List<TryRegion> finallys = jump.finallys();
    for (int i = 0; i < finallys.size(); i++) {
      TryRegion region = finallys.get(i);
      Label next = i + 1 < finallys.size() ? finallys.get(i + 1).finallyEntry() : jump.target();
      code.add(region.onFinallyEntry());
      code.add("$L = $L;\n", region.pending(), next);
    }
    Label first = finallys.isEmpty() ? jump.target() : finallys.get(0).finallyEntry();
    code.add(insideLoop ? listing.loopJumpCode(first) : StateListing.jumpCode(first, false));
    dispatchLabelled |= insideLoop;
    return code.build();
  }

  /** Places the template's line above the code of {@code tree}. */
  protected void comment(Tree tree) {
    listing.comment(fileName, splicer.line(tree));
  }
}
