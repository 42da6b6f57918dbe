package dev.statecraft.processor.analysis;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.statecraft.processor.Diagnostics;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a template body: finds its suspension points, rejects what cannot be transformed (each
 * error at the tree the user must change, with the fix), and records which trees suspend.
 * Writes nothing; {@link CaptureAnalysis} then decides which locals become fields.
 */
public final class BodyAnalyzer extends TreePathScanner<Void, Void> {
  private final Trees trees;
  private final Types types;
  private final Elements elements;
  private final Diagnostics diagnostics;
  private final Template template;
  private final PackageElement generatedPackage;
  private final TypeElement topLevel;

  private final Set<Tree> suspending = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<Tree, Marker> markers = new IdentityHashMap<>();
  private final List<TreePath> suspensionPaths = new ArrayList<>();
  private final Set<String> unresolved = new java.util.LinkedHashSet<>();
  /** Names declared inside lambdas and classes of the body (parameters and their locals). */
  private final Set<String> innerNames = new java.util.LinkedHashSet<>();
  /** Local types the body declares outside lambdas and classes, in source order. */
  private final Map<TypeElement, TreePath> localTypes = new java.util.LinkedHashMap<>();
  /** Hoisted locals of a local type, kept in Java locals of the resume method. */
  private final Set<VariableElement> cached = new java.util.LinkedHashSet<>();
  private final Map<VariableElement, TreePath> declarations = new java.util.LinkedHashMap<>();
  /** Innermost first: what encloses the current tree and forbids suspension ("lambda", ...). */
  private final Deque<String> barriers = new ArrayDeque<>();

  private BodyAnalyzer(Trees trees, Types types, Elements elements, Diagnostics diagnostics,
      Template template) {
    this.trees = trees;
    this.types = types;
    this.elements = elements;
    this.diagnostics = diagnostics;
    this.template = template;
    this.generatedPackage = elements.getPackageOf(template.owner());
    this.topLevel = topLevelOf(template.owner());
  }

  /** Analyses the template's body; errors are reported and counted in {@code diagnostics}. */
  public static BodyFacts analyze(Trees trees, Types types, Elements elements,
      Diagnostics diagnostics, Template template) {
    BodyAnalyzer analyzer = new BodyAnalyzer(trees, types, elements, diagnostics, template);
    TreePath body = new TreePath(template.path(), template.tree().getBody());
    analyzer.scan(body, null);
    List<VariableElement> locals = new ArrayList<>(template.method().getParameters());
    locals.addAll(analyzer.declarations.keySet());
    Set<VariableElement> hoisted = CaptureAnalysis.hoisted(
        trees, template, analyzer.declarations, analyzer.suspensionPaths);
    analyzer.checkFieldTypes(hoisted);
    return new BodyFacts(analyzer.suspending, List.copyOf(locals), hoisted, analyzer.markers,
        analyzer.unresolved, analyzer.declarations,
        analyzer.suspensionPaths.isEmpty() ? Map.of() : analyzer.movableLocalTypes(),
        analyzer.cached, analyzer.innerNames);
  }

  /**
   * A hoisted local becomes a field, whose type must be nameable outside the method. A local
   * type (record, enum, interface, or class capturing nothing but parameters) declared in the
   * body itself can be: the machine declares it at the top of its resume method, and such a
   * local lives in a Java local of that method, saved to an {@code Object} field when the
   * machine suspends. Anything else is an error on the declaration.
   */
  private void checkFieldTypes(Set<VariableElement> hoisted) {
    for (VariableElement local : hoisted) {
      TreePath declaration = declarations.get(local);
      if (declaration == null || !LocalTypes.mentionsLocalType(local.asType())) {
        continue;
      }
      List<TypeElement> mentioned = LocalTypes.localTypesIn(local.asType());
      TypeElement unmovable = mentioned.stream()
          .filter(type -> !localTypes.containsKey(type) || !isMovable(type))
          .findFirst().orElse(null);
      if (unmovable == null) {
        cached.add(local);
        continue;
      }
      diagnostics.error(declaration, "[StatecraftLocalTypeAcrossSuspension]", "`"
          + local.getSimpleName() + "` lives across a suspension point, so the generated"
          + " machine must keep it, but its type mentions "
          + (unmovable.getNestingKind() == javax.lang.model.element.NestingKind.ANONYMOUS
              ? "an anonymous class" : "local class " + unmovable.getSimpleName()
                  + ", which captures local variables")
          + ". Declare that type as a member of " + template.owner().getSimpleName()
          + ", or give `" + local.getSimpleName() + "` a named type.");
    }
  }

  /** The body's local types the machine declares at the top of its resume method. */
  private Map<TypeElement, TreePath> movableLocalTypes() {
    Map<TypeElement, TreePath> movable = new java.util.LinkedHashMap<>();
    localTypes.forEach((type, path) -> {
      if (isMovable(type)) {
        movable.put(type, path);
      }
    });
    return movable;
  }

  /**
   * Records, enums and interfaces capture nothing; a class may capture only parameters. (Two
   * local types of the same name get distinct names where they are moved.)
   */
  private boolean isMovable(TypeElement type) {
    if (!type.getKind().isClass() || type.getKind() == ElementKind.ENUM
        || type.getKind().name().equals("RECORD")) {
      return true;
    }
    boolean[] capturesLocal = {false};
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree node, Void unused) {
        Element element = trees.getElement(getCurrentPath());
        if (element instanceof VariableElement v && declarations.containsKey(v)) {
          capturesLocal[0] = true;
        }
        return null;
      }
    }.scan(localTypes.get(type), null);
    return !capturesLocal[0];
  }

  @Override
  public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
    Marker marker = Marker.ofCall(trees, getCurrentPath());
    if (marker != null) {
      checkMarker(marker, node);
    } else if (node.getMethodSelect() instanceof MemberSelectTree select
        && isSuper(select.getExpression()) && !insideClassBody()) {
      diagnostics.error(getCurrentPath(), "[StatecraftSuperCall]", "super." + select.getIdentifier()
          + "() cannot be called from the generated sibling class. Call it from a helper method"
          + " of " + template.owner().getSimpleName() + " (e.g. a package-private method that"
          + " calls super." + select.getIdentifier() + "()) instead.");
    }
    return super.visitMethodInvocation(node, null);
  }

  /** Whether {@code select} is the method part of a call, {@code super.m()} rather than a field. */
  private boolean isCalled(MemberSelectTree select) {
    return getCurrentPath().getParentPath().getLeaf() instanceof MethodInvocationTree call
        && call.getMethodSelect() == select;
  }

  /** The template owner's direct superclass as the template would name it. */
  private String superclassName() {
    javax.lang.model.type.TypeMirror superclass = template.owner().getSuperclass();
    return superclass instanceof javax.lang.model.type.DeclaredType declared
        ? declared.asElement().getSimpleName().toString()
        : "Object";
  }

  /** {@code super} or {@code Iface.super}: a call the sibling class cannot make. */
  private static boolean isSuper(ExpressionTree receiver) {
    return receiver instanceof IdentifierTree identifier
            && identifier.getName().contentEquals("super")
        || receiver instanceof MemberSelectTree select
            && select.getIdentifier().contentEquals("super");
  }

  /** Inside an anonymous or local class body, {@code super} and members are that class's. */
  private boolean insideClassBody() {
    return barriers.contains("anonymous class") || barriers.contains("local class");
  }

  private void checkMarker(Marker marker, MethodInvocationTree node) {
    TreePath path = getCurrentPath();
    String call = marker.methodName() + "()";
    if (!barriers.isEmpty() && marker != Marker.DONE) {
      diagnostics.error(path, "[StatecraftSuspendInside" + capitalize(barriers.peek()) + "]",
          call + " cannot suspend inside " + article(barriers.peek()) + ": the " + barriers.peek()
              + " runs outside the state machine. Move the " + call + " out of the "
              + barriers.peek() + (barriers.peek().equals("synchronized block")
                  ? " (a lock cannot be held across a suspension)."
                  : " (for example, collect values first and suspend in the template body)."));
      return;
    }
    if (marker.forGenerators() == template.isAsync()) {
      if (template.isAsync()) {
        diagnostics.error(path, "[StatecraftGeneratorMarkerInAsync]", call
            + " belongs in a @Generator body, but " + template.displayName() + " is @Async."
            + " An @Async body suspends with await(stage) and returns its result.");
      } else {
        diagnostics.error(path, "[StatecraftAwaitInGenerator]", "await() belongs in an @Async"
            + " body, but " + template.displayName() + " is a @Generator. Make the method @Async"
            + " (returning CompletableFuture<T>), or join the stage outside the generator.");
      }
      return;
    }
    markers.put(node, marker);
    switch (marker) {
      case YIELD_RETURN, YIELD_ALL -> {
        if (!(getCurrentPath().getParentPath().getLeaf() instanceof ExpressionStatementTree)) {
          diagnostics.error(path, "[StatecraftYieldPosition]", call + " is a statement: write it"
              + " on its own, as in `" + marker.methodName() + "(value);`.");
          return;
        }
        if (marker == Marker.YIELD_RETURN) {
          checkYieldArgument(node);
        } else {
          checkYieldAllSource(node);
        }
      }
      case DONE -> {
        if (!(getCurrentPath().getParentPath().getLeaf() instanceof ReturnTree)
            || !barriers.isEmpty()) {
          diagnostics.error(path, "[StatecraftDonePosition]", "done() ends the generator and"
              + " belongs only in `return done();` in the generator body itself.");
        }
        return;
      }
      case AWAIT -> { }
    }
    markSuspending(path);
  }

  private void markSuspending(TreePath path) {
    suspensionPaths.add(path);
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      if (!suspending.add(p.getLeaf()) && p != path) {
        break;
      }
      if (p.getLeaf() == template.tree().getBody()) {
        break;
      }
    }
  }

  private void checkYieldArgument(MethodInvocationTree node) {
    ExpressionTree argument = node.getArguments().get(0);
    TypeMirror type = trees.getTypeMirror(new TreePath(getCurrentPath(), argument));
    TypeMirror element = template.elementType();
    if (type == null || type.getKind() == TypeKind.ERROR || isAssignable(type, element)) {
      return;
    }
    diagnostics.error(new TreePath(getCurrentPath(), argument), "[StatecraftYieldType]",
        "yieldReturn() hands over " + type + ", but " + template.displayName() + " yields "
            + element + ". Yield a value assignable to " + element
            + ", or change the declared element type.");
  }

  private void checkYieldAllSource(MethodInvocationTree node) {
    ExpressionTree source = node.getArguments().get(0);
    TypeMirror type = trees.getTypeMirror(new TreePath(getCurrentPath(), source));
    if (type == null || type.getKind() != TypeKind.DECLARED) {
      return;
    }
    TypeMirror sourceElement = SourceElements.elementType(types, elements, type);
    TypeMirror element = template.elementType();
    if (sourceElement == null || isAssignable(sourceElement, element)
        || isInferredObject(source, sourceElement)) {
      return;
    }
    diagnostics.error(new TreePath(getCurrentPath(), source), "[StatecraftYieldAllType]",
        "yieldAll() hands over elements of type " + sourceElement + ", but "
            + template.displayName() + " yields " + element + ". Pass a source whose elements"
            + " are assignable to " + element + ".");
  }

  /**
   * {@code yieldAll(List.of())}: javac infers the marker's argument without the element type as
   * target, so a generic call may come out as {@code Object}; the generated code gives it the
   * right target, where javac checks it.
   */
  private static boolean isInferredObject(ExpressionTree source, TypeMirror element) {
    return element.toString().equals("java.lang.Object")
        && (source instanceof MethodInvocationTree || source instanceof NewClassTree);
  }

  private boolean isAssignable(TypeMirror from, TypeMirror to) {
    if (types.isAssignable(from, to)) {
      return true;
    }
    if (from.getKind() == TypeKind.DECLARED && to.getKind() == TypeKind.DECLARED
        && types.isAssignable(types.erasure(from), types.erasure(to))) {
      // Type arguments inferred without the element type as target (`new ArrayList<>(xs)`):
      // the generated assignment gives them that target, and javac checks it there.
      return true;
    }
    // A wildcard-captured or boxed element: compare through boxing and erasure of type variables.
    if (to.getKind().isPrimitive() && !from.getKind().isPrimitive()) {
      try {
        return types.isAssignable(types.unboxedType(from), to);
      } catch (IllegalArgumentException notBoxed) {
        return false;
      }
    }
    return false;
  }

  @Override
  public Void visitMemberReference(MemberReferenceTree node, Void unused) {
    Marker marker = Marker.of(trees.getElement(getCurrentPath()));
    if (marker != null) {
      diagnostics.error(getCurrentPath(), "[StatecraftMarkerReference]", "A method reference to "
          + marker.methodName() + "() escapes the transform: a marker only works as a direct"
          + " call in the template body. Call " + marker.methodName() + "(...) directly.");
    }
    checkAccess(getCurrentPath());
    return super.visitMemberReference(node, null);
  }

  @Override
  public Void visitReturn(ReturnTree node, Void unused) {
    if (barriers.isEmpty() && !template.isAsync()) {
      ExpressionTree expression = node.getExpression();
      boolean isDone = expression instanceof MethodInvocationTree call
          && Marker.of(trees.getElement(new TreePath(getCurrentPath(), call))) == Marker.DONE;
      if (!isDone) {
        diagnostics.error(getCurrentPath(), "[StatecraftGeneratorReturn]", "A generator body"
            + " ends with `return done();`, not with another return value: hand elements over"
            + " with yieldReturn(value) or yieldAll(source), then write `return done();`.");
      }
    }
    return super.visitReturn(node, null);
  }

  @Override
  public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
    return within("lambda", () -> super.visitLambdaExpression(node, null));
  }

  @Override
  public Void visitClass(ClassTree node, Void unused) {
    TypeElement type = (TypeElement) trees.getElement(getCurrentPath());
    if (type != null && barriers.isEmpty()
        && type.getNestingKind() == javax.lang.model.element.NestingKind.LOCAL) {
      localTypes.put(type, getCurrentPath());
    }
    String kind = type != null && type.getNestingKind() == javax.lang.model.element.NestingKind.ANONYMOUS
        ? "anonymous class" : "local class";
    return within(kind, () -> super.visitClass(node, null));
  }

  @Override
  public Void visitSynchronized(SynchronizedTree node, Void unused) {
    scan(node.getExpression(), null);
    return within("synchronized block", () -> scan(node.getBlock(), null));
  }

  @Override
  public Void visitVariable(VariableTree node, Void unused) {
    if (!barriers.isEmpty()) {
      innerNames.add(node.getName().toString());
    }
    if (barriers.isEmpty()) {
      Element element = trees.getElement(getCurrentPath());
      if (element instanceof VariableElement variable) {
        declarations.put(variable, getCurrentPath());
      }
    }
    return super.visitVariable(node, null);
  }

  @Override
  public Void visitIdentifier(IdentifierTree node, Void unused) {
    if (node.getName().contentEquals("this") || node.getName().contentEquals("super")) {
      return null;
    }
    Element resolved = trees.getElement(getCurrentPath());
    if (resolved == null || resolved.asType().getKind() == TypeKind.ERROR) {
      unresolved.add(node.getName().toString());
      return null;
    }
    checkAccess(getCurrentPath());
    checkOuterInstanceMember(getCurrentPath());
    return null;
  }

  /**
   * An instance member of an enclosing type used by simple name from an inner class's template
   * means {@code Outer.this.member}, which the sibling class cannot reach.
   */
  private void checkOuterInstanceMember(TreePath path) {
    Element element = trees.getElement(path);
    if (element == null || !(element.getKind().isField() || element.getKind() == ElementKind.METHOD)
        || element.getModifiers().contains(Modifier.STATIC) || insideClassBody()
        || !(element.getEnclosingElement() instanceof TypeElement declaring)
        || elements.getAllMembers(template.owner()).contains(element)) {
      return;
    }
    for (Element e = template.owner().getEnclosingElement(); e instanceof TypeElement outer;
        e = e.getEnclosingElement()) {
      if (outer.equals(declaring) || elements.getAllMembers(outer).contains(element)) {
        diagnostics.error(path, "[StatecraftOuterThis]", outer.getSimpleName()
            + ".this cannot be reached from the generated sibling class, and `"
            + element.getSimpleName() + "` here means " + outer.getSimpleName() + ".this."
            + element.getSimpleName() + ". Pass what you need as a parameter, or move the"
            + " template to " + outer.getSimpleName() + ".");
        return;
      }
    }
  }

  @Override
  public Void visitMemberSelect(MemberSelectTree node, Void unused) {
    if (node.getIdentifier().contentEquals("this")) {
      Element outer = trees.getElement(new TreePath(getCurrentPath(), node.getExpression()));
      if (outer instanceof TypeElement type && !type.equals(template.owner())
          && !isInsideLocalType(type)) {
        diagnostics.error(getCurrentPath(), "[StatecraftOuterThis]", type.getSimpleName()
            + ".this cannot be reached from the generated sibling class. Pass the outer instance"
            + " as a parameter, or move the template to " + type.getSimpleName() + ".");
        return null;
      }
    }
    if (isSuper(node.getExpression()) && !isCalled(node) && !insideClassBody()) {
      String field = node.getIdentifier().toString();
      diagnostics.error(getCurrentPath(), "[StatecraftSuperField]", "super." + field
          + " cannot be reached from the generated sibling class. Write ((" + superclassName()
          + ") this)." + field + " (the same field: fields are chosen by the static type), or"
          + " read it in a helper method of " + template.owner().getSimpleName() + ".");
      return null;
    }
    checkAccess(getCurrentPath());
    return super.visitMemberSelect(node, null);
  }

  @Override
  public Void visitNewClass(NewClassTree node, Void unused) {
    checkAccess(getCurrentPath());
    return super.visitNewClass(node, null);
  }

  /** Members of the template's own top-level class that a sibling class cannot reach. */
  private void checkAccess(TreePath path) {
    Element element = trees.getElement(path);
    if (element == null || element.getKind() == ElementKind.PACKAGE
        || isDeclaredInBody(element)) {
      return;
    }
    Set<Modifier> modifiers = element.getModifiers();
    boolean reachable;
    if (modifiers.contains(Modifier.PRIVATE)) {
      reachable = false;
    } else if (modifiers.contains(Modifier.PUBLIC)) {
      reachable = true;
    } else if (!(element.getEnclosingElement() instanceof TypeElement)) {
      reachable = true;
    } else {
      PackageElement declared = elements.getPackageOf(element);
      reachable = declared.equals(generatedPackage);
    }
    if (reachable) {
      return;
    }
    String what = describe(element);
    String fix = modifiers.contains(Modifier.PRIVATE)
        ? "Widen it to package-private (remove `private`) so the generated "
            + generatedName() + " can use it."
        : "It is protected in another package, where the generated " + generatedName()
            + " cannot reach it; call it through a package-private helper of "
            + template.owner().getSimpleName() + ".";
    if (modifiers.contains(Modifier.PRIVATE) && !sameTopLevel(element)) {
      return; // javac itself reports private access to other classes.
    }
    diagnostics.error(path, "[StatecraftPrivateAccess]", what + " is "
        + (modifiers.contains(Modifier.PRIVATE) ? "private" : "not accessible") + ". " + fix);
  }

  private boolean sameTopLevel(Element element) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      if (e instanceof TypeElement type && e.getEnclosingElement() instanceof PackageElement) {
        return type.equals(topLevel);
      }
    }
    return false;
  }

  private boolean isDeclaredInBody(Element element) {
    // Locals, parameters and members of local/anonymous classes are reached as written.
    if (element.getKind().isField() || element.getKind() == ElementKind.METHOD
        || element.getKind() == ElementKind.CONSTRUCTOR || element.getKind().isClass()
        || element.getKind().isInterface()) {
      for (Element e = element; e != null; e = e.getEnclosingElement()) {
        if (e instanceof TypeElement type && isInsideLocalType(type)) {
          return true;
        }
      }
      return false;
    }
    return true;
  }

  private static boolean isInsideLocalType(TypeElement type) {
    for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      if (t.getNestingKind() == javax.lang.model.element.NestingKind.LOCAL
          || t.getNestingKind() == javax.lang.model.element.NestingKind.ANONYMOUS) {
        return true;
      }
    }
    return false;
  }

  private String generatedName() {
    return GeneratedNames.simpleName(template.owner());
  }

  private static String describe(Element element) {
    String owner = element.getEnclosingElement().getSimpleName().toString();
    return switch (element.getKind()) {
      case FIELD -> "Field " + owner + "." + element.getSimpleName();
      case METHOD -> "Method " + owner + "." + element.getSimpleName() + "()";
      case CONSTRUCTOR -> "The constructor of " + owner;
      default -> "Type " + element.getSimpleName();
    };
  }

  private Void within(String barrier, Runnable scan) {
    barriers.push(barrier);
    try {
      scan.run();
    } finally {
      barriers.pop();
    }
    return null;
  }

  private static TypeElement topLevelOf(TypeElement type) {
    TypeElement result = type;
    while (result.getEnclosingElement() instanceof TypeElement outer) {
      result = outer;
    }
    return result;
  }

  private static String capitalize(String s) {
    StringBuilder out = new StringBuilder();
    for (String word : s.split(" ")) {
      out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return out.toString();
  }

  private static String article(String noun) {
    return (noun.startsWith("a") ? "an " : "a ") + noun;
  }
}
