package dev.statecraft.processor.analysis;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.statecraft.processor.Diagnostics;
import dev.statecraft.processor.RuntimeNames;
import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks an annotated method's declaration (not its body): that it has a body, a supported
 * return type, and an owner a sibling class can reach. Produces the {@link Template}.
 */
public final class TemplateScanner {
  private final Trees trees;
  private final Types types;
  private final Elements elements;
  private final Diagnostics diagnostics;

  public TemplateScanner(Trees trees, Types types, Elements elements, Diagnostics diagnostics) {
    this.trees = trees;
    this.types = types;
    this.elements = elements;
    this.diagnostics = diagnostics;
  }

  /** The template of {@code method}, or an abort after the error was reported on the method. */
  public Template scan(ExecutableElement method, boolean async) {
    String annotation = async ? "@Async" : "@Generator";
    if (method.getModifiers().contains(Modifier.ABSTRACT)) {
      throw diagnostics.abort(method, "[StatecraftNoBody]", annotation + " method "
          + method.getSimpleName() + " is abstract: a template needs a body to transform. Give it"
          + " a body (in an interface, make it static or default), or remove " + annotation + ".");
    }
    if (method.getModifiers().contains(Modifier.NATIVE)) {
      throw diagnostics.abort(method, "[StatecraftNoBody]", annotation + " method "
          + method.getSimpleName() + " is native: a template needs a Java body to transform."
          + " Write the body in Java, or remove " + annotation + ".");
    }
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    checkOwner(method, owner, annotation);
    TreePath path = trees.getPath(method);
    if (path == null) {
      throw diagnostics.abort(method, "[StatecraftNoSource]", annotation + " method "
          + method.getSimpleName() + " has no source in this compilation; templates are"
          + " transformed from source, so compile its file with the processor.");
    }
    TypeMirror returnType = method.getReturnType();
    ResultShape shape = shapeOf(returnType, async);
    if (shape == null) {
      throw diagnostics.abort(method, "[StatecraftReturnType]", unsupportedReturnType(
          method, returnType, async));
    }
    return new Template(method, owner, path, shape, elementTypeOf(shape, returnType));
  }

  private void checkOwner(ExecutableElement method, TypeElement owner, String annotation) {
    for (TypeElement type = owner; type != null; type = enclosingType(type)) {
      if (type.getNestingKind().isNested() && type.getModifiers().contains(Modifier.PRIVATE)) {
        throw diagnostics.abort(method, "[StatecraftPrivateOwner]", annotation + " method "
            + method.getSimpleName() + " is declared in private type " + type.getSimpleName()
            + ", which the generated sibling class cannot reach. Make " + type.getSimpleName()
            + " package-private.");
      }
      if (type.getNestingKind() == javax.lang.model.element.NestingKind.LOCAL
          || type.getNestingKind() == javax.lang.model.element.NestingKind.ANONYMOUS) {
        throw diagnostics.abort(method, "[StatecraftLocalOwner]", annotation + " method "
            + method.getSimpleName() + " is declared in a local or anonymous class, which the"
            + " generated sibling class cannot name. Move it to a top-level or member type.");
      }
    }
  }

  private static TypeElement enclosingType(TypeElement type) {
    return type.getEnclosingElement() instanceof TypeElement enclosing ? enclosing : null;
  }

  private ResultShape shapeOf(TypeMirror returnType, boolean async) {
    if (returnType.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) returnType).asElement();
    String name = element.getQualifiedName().toString();
    for (ResultShape shape : ResultShape.values()) {
      if (shape.isAsync() == async && shape.typeName().equals(name)) {
        boolean generic = shape.primitive() == null;
        boolean hasArgument = !((DeclaredType) returnType).getTypeArguments().isEmpty();
        return generic == hasArgument ? shape : null;
      }
    }
    return null;
  }

  private TypeMirror elementTypeOf(ResultShape shape, TypeMirror returnType) {
    if (shape.primitive() != null) {
      return types.getPrimitiveType(shape.primitive());
    }
    TypeMirror argument = ((DeclaredType) returnType).getTypeArguments().get(0);
    if (argument instanceof WildcardType wildcard) {
      if (wildcard.getExtendsBound() != null) {
        return wildcard.getExtendsBound();
      }
      return elements.getTypeElement("java.lang.Object").asType();
    }
    return argument;
  }

  private static String unsupportedReturnType(
      ExecutableElement method, TypeMirror returnType, boolean async) {
    List<String> supported = async
        ? List.of("CompletableFuture<T>", "CompletionStage<T>")
        : List.of("Iterable<T>", "Iterator<T>", "Stream<T>", "PrimitiveIterator.OfInt",
            "PrimitiveIterator.OfLong", "PrimitiveIterator.OfDouble", "IntStream", "LongStream",
            "DoubleStream");
    return (async ? "@Async" : "@Generator") + " method " + method.getSimpleName()
        + " returns " + returnType + ", which " + (async ? "an async method" : "a generator")
        + " cannot return. Declare one of: " + String.join(", ", supported) + ".";
  }

  /** True for {@code @Generator} / {@code @Async} on methods only (the annotations' target). */
  public static boolean isTemplate(ExecutableElement method) {
    return method.getKind() == ElementKind.METHOD;
  }

  static final String COROUTINES = RuntimeNames.COROUTINES;
}
