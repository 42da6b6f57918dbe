package dev.statecraft.processor.lowering;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.statecraft.processor.Diagnostics;
import dev.statecraft.processor.analysis.BodyFacts;
import dev.statecraft.processor.analysis.Marker;
import dev.statecraft.processor.analysis.Template;
import dev.statecraft.processor.emission.LocalNames;
import dev.statecraft.processor.emission.SourceSplicer;
import dev.statecraft.processor.emission.TypeSpelling;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The async side of the lowering (Roslyn's async rewriter): {@code await(stage)} saves the
 * resume point and asks the runtime whether the stage is complete; if so the body goes on
 * synchronously, else {@code resume()} returns and the stage's completion resumes it. A
 * {@code return} completes the result.
 * <pre>
 *   x = await(s);     state = K; awaited = awaitNow(s); if (awaited == SUSPENDED) return;
 *                     K: x = (T) awaitResult(awaited);
 *   return v;         complete(v); return;          (completedFuture(v) completes with v)
 *   return stage;     completeFrom(stage); return;
 * </pre>
 * A {@code return} inside a try with a finally saves its value and leaves through the finally
 * blocks to the exit state, which completes the result; so does one inside a try spliced as
 * written (a Java finally or resource close may still throw or return), after leaving that try
 * ({@link StateMachineLowering}'s deferred jumps).
 */
public final class AsyncLowering extends StateMachineLowering {
  private String returnValue;
  private String returnsStage;
  private String awaited;

  public AsyncLowering(Template template, BodyFacts facts, Trees trees, Types types,
      Elements elements, Diagnostics diagnostics, LocalNames names, SourceSplicer splicer,
      TypeSpelling spelling) {
    super(template, facts, trees, types, elements, diagnostics, names, splicer, spelling);
    throwsChecked = true;
  }

  @Override
  protected void lowerMarkerStatement(TreePath call, Marker marker) {
    throw unsupported(call, "this statement");
  }

  /**
   * {@code await(stage)}: the resume point is saved first (the stage's failure, thrown by
   * {@code awaitNow}, meets that point's handlers), then the value of a complete stage goes on
   * in a Java local of {@code resume()}, declared before the dispatch loop, and falls through
   * into the resume point; no field is written on that fast path. A resumption enters the resume
   * point with the local still at {@code RESUMED}, and {@code awaitResult} reads what the
   * callback kept. Code that reads the value is valid until the next await, as every spilled
   * read is (the spiller writes what it needs later into fields first).
   */
  @Override
  protected CodeBlock awaitValue(TreePath call, CodeBlock stage) {
    String awaited = awaitedLocal();
    Label resume = listing.newLabel();
    saveCachedLocals();
    listing.add(CodeBlock.of("state = $L;\n", resume));
    listing.add(CodeBlock.of("$L = awaitNow($L);\n", awaited, stage));
    listing.add(CodeBlock.of("if ($L == SUSPENDED) {\n$>return;\n$<}\n", awaited));
    listing.mark(resume);
    TypeMirror type = trees.getTypeMirror(call);
    TypeName name = type == null || type.getKind() == javax.lang.model.type.TypeKind.ERROR
        ? generatedFactoryValue((MethodInvocationTree) call.getLeaf())
        : spelling.spell(type);
    return name == null || name.equals(ClassName.OBJECT)
        ? CodeBlock.of("awaitResult($L)", awaited)
        : CodeBlock.of("(($T) awaitResult($L))", name.box(), awaited);
  }

  /** {@code await(stage);}: the value is not used, but a resumed failure is still thrown. */
  @Override
  protected CodeBlock discardedAwaitCode() {
    return CodeBlock.of("awaitResult($L);\n", awaitedLocal());
  }

  /** The resume method's local holding the awaited value, declared at the first await. */
  private String awaitedLocal() {
    if (awaited == null) {
      awaited = names.allocate("awaited");
      declareResumeLocal(CodeBlock.of("$T $L = RESUMED;\n", Object.class, awaited));
    }
    return awaited;
  }

  @Override
  protected void lowerOther(TreePath path) {
    if (path.getLeaf() instanceof ReturnTree returned) {
      listing.addTerminal(returnCode(path, returned, false));
      return;
    }
    super.lowerOther(path);
  }

  @Override
  protected void endBody() {
    listing.add(CodeBlock.of("complete(null);\n"));
    listing.addTerminal(CodeBlock.of("return;\n"));
  }

  @Override
  protected boolean returnIsOneStatement() {
    return false;
  }

  @Override
  protected CodeBlock stopCode() {
    return CodeBlock.of("return;\n");
  }

  @Override
  protected CodeBlock returnFromBody(TreePath path, ReturnTree tree, boolean insideLoop) {
    return returnCode(path, tree, insideLoop);
  }

  /**
   * {@code return e;}: complete the result with {@code e}'s value ({@code completedFuture(v)}
   * completes with {@code v}, any other stage is flattened), directly or, when finally blocks
   * are pending, after them.
   */
  private CodeBlock returnCode(TreePath path, ReturnTree tree, boolean insideLoop) {
    JumpTargets.Jump exit = exitJumpForReturn();
    if (exit == null) {
      ReturnedValue returned = returnedValue(path, tree);
      return CodeBlock.builder()
          .add(returned.stage() ? "completeFrom($L);\n" : "complete($L);\n", returned.code())
          .add("return;\n").build();
    }
    return CodeBlock.builder().add(returnValueCode(path, tree))
        .add(jumpCode(exit, insideLoop)).build();
  }

  /** A completion must wait for the Java finally blocks a return leaves (Java's order). */
  @Override
  protected boolean plainReturnWaitsForFinally() {
    return false;
  }

  /** Keeps the value of {@code return e;} for the exit state, which completes the result. */
  @Override
  protected CodeBlock returnValueCode(TreePath path, ReturnTree tree) {
    ReturnedValue returned = returnedValue(path, tree);
    if (returnValue == null) {
      returnValue = helperField("returnValue", ClassName.OBJECT);
      returnsStage = helperField("returnsStage", TypeName.BOOLEAN);
    }
    return CodeBlock.of("$L = $L;\n$L = $L;\n", returnValue, returned.code(), returnsStage,
        returned.stage());
  }

  /** The code of a returned value, and whether it is a stage to flatten. */
  private record ReturnedValue(CodeBlock code, boolean stage) {}

  private ReturnedValue returnedValue(TreePath path, ReturnTree tree) {
    ExpressionTree expression = tree.getExpression();
    if (expression == null) {
      return new ReturnedValue(CodeBlock.of("null"), false);
    }
    if (isCompletedFuture(new TreePath(path, expression))) {
      MethodInvocationTree call = (MethodInvocationTree) expression;
      return new ReturnedValue(
          spiller.spill(new TreePath(new TreePath(path, call), call.getArguments().get(0))),
          false);
    }
    return new ReturnedValue(spiller.spill(new TreePath(path, expression)),
        expression.getKind() != Tree.Kind.NULL_LITERAL);
  }

  @Override
  protected CodeBlock exitStateCode() {
    if (returnValue == null) {
      return stopCode();
    }
    return CodeBlock.builder()
        .add("if ($L) {\n$>completeFrom(($T<?>) $L);\n$<} else {\n$>complete($L);\n$<}\n",
            returnsStage, ClassName.get("java.util.concurrent", "CompletionStage"), returnValue,
            returnValue)
        .add("return;\n").build();
  }

  /**
   * The value type of {@code await(XGen.m(...))} when {@code XGen} is generated in this very
   * round (so javac cannot type the call yet): the template {@code X.m}'s value type.
   */
  private TypeName generatedFactoryValue(MethodInvocationTree await) {
    if (!(await.getArguments().get(0) instanceof MethodInvocationTree factoryCall)
        || !(factoryCall.getMethodSelect()
            instanceof com.sun.source.tree.MemberSelectTree select)) {
      return null;
    }
    String generated = select.getExpression().toString();
    java.util.ArrayDeque<TypeElement> types = new java.util.ArrayDeque<>();
    TypeElement top = template.owner();
    while (top.getEnclosingElement() instanceof TypeElement outer) {
      top = outer;
    }
    types.add(top);
    // Another type of the same package (or an imported one) generated in this round.
    if (generated.endsWith("Gen")) {
      String owner = generated.substring(0, generated.length() - 3).replace('_', '.');
      String pkg = elements.getPackageOf(template.owner()).getQualifiedName().toString();
      TypeElement other = elements.getTypeElement(pkg.isEmpty() ? owner : pkg + "." + owner);
      if (other != null) {
        types.add(other);
      }
      for (com.sun.source.tree.ImportTree anImport : template.unit().getImports()) {
        String imported = anImport.getQualifiedIdentifier().toString();
        if (!anImport.isStatic() && imported.endsWith("." + generated)) {
          String base = imported.substring(0, imported.length() - generated.length());
          TypeElement importedOwner = elements.getTypeElement(base + owner);
          if (importedOwner != null) {
            types.add(importedOwner);
          }
        }
      }
    }
    while (!types.isEmpty()) {
      TypeElement type = types.poll();
      for (Element member : type.getEnclosedElements()) {
        if (member instanceof TypeElement nested) {
          types.add(nested);
        } else if (member instanceof ExecutableElement method
            && dev.statecraft.processor.analysis.GeneratedNames.simpleName(type).equals(generated)
            && method.getSimpleName().contentEquals(select.getIdentifier())
            && method.getParameters().size() == factoryCall.getArguments().size()
            && method.getReturnType() instanceof javax.lang.model.type.DeclaredType returned
            && returned.getTypeArguments().size() == 1) {
          return spelling.spell(returned.getTypeArguments().get(0));
        }
      }
    }
    return null;
  }

  private boolean isCompletedFuture(TreePath path) {
    if (!(path.getLeaf() instanceof MethodInvocationTree)) {
      return false;
    }
    Element element = trees.getElement(path);
    return element instanceof ExecutableElement method
        && method.getSimpleName().contentEquals("completedFuture")
        && method.getEnclosingElement() instanceof TypeElement owner
        && owner.getQualifiedName().contentEquals("java.util.concurrent.CompletableFuture");
  }

}
