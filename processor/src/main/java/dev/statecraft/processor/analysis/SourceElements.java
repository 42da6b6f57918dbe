package dev.statecraft.processor.analysis;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The element type of a {@code yieldAll} or enhanced-for source: Iterable, Iterator or Stream, or
 * (for {@code yieldAll} only) a primitive stream.
 */
public final class SourceElements {
  private SourceElements() {}

  private static final String[] SOURCES = {
    "java.lang.Iterable", "java.util.Iterator", "java.util.stream.Stream"
  };

  /** The primitive streams {@code yieldAll} takes, and the primitive type of their elements. */
  private static final String[] PRIMITIVE_SOURCES = {
    "java.util.stream.IntStream", "java.util.stream.LongStream", "java.util.stream.DoubleStream"
  };

  private static final TypeKind[] PRIMITIVE_ELEMENTS = {
    TypeKind.INT, TypeKind.LONG, TypeKind.DOUBLE
  };

  /** The element type of {@code type} as one of the sources, or null when it is none of them. */
  public static TypeMirror elementType(Types types, Elements elements, TypeMirror type) {
    for (String source : SOURCES) {
      TypeElement sourceType = elements.getTypeElement(source);
      TypeMirror erased = types.erasure(sourceType.asType());
      if (!types.isAssignable(types.erasure(type), erased)) {
        continue;
      }
      DeclaredType asSource = asSuper(types, type, sourceType);
      if (asSource == null || asSource.getTypeArguments().isEmpty()) {
        return null;
      }
      return upperBound(types, elements, asSource.getTypeArguments().get(0));
    }
    // IntStream and its kin are not generic: their elements are primitives, which the caller
    // checks with Java's assignment rules (widening into a wider primitive, boxing into a box).
    for (int i = 0; i < PRIMITIVE_SOURCES.length; i++) {
      TypeElement sourceType = elements.getTypeElement(PRIMITIVE_SOURCES[i]);
      if (types.isAssignable(types.erasure(type), sourceType.asType())) {
        return types.getPrimitiveType(PRIMITIVE_ELEMENTS[i]);
      }
    }
    return null;
  }

  /** {@code type} viewed as the generic {@code target} it extends, with its type arguments. */
  public static DeclaredType asSuper(Types types, TypeMirror type, TypeElement target) {
    if (type.getKind() != TypeKind.DECLARED && type.getKind() != TypeKind.TYPEVAR) {
      return null;
    }
    if (type instanceof DeclaredType declared && declared.asElement().equals(target)) {
      return declared;
    }
    for (TypeMirror supertype : types.directSupertypes(type)) {
      DeclaredType found = asSuper(types, supertype, target);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** A wildcard's or captured variable's upper bound; other types unchanged. */
  public static TypeMirror upperBound(Types types, Elements elements, TypeMirror type) {
    if (type instanceof WildcardType wildcard) {
      return wildcard.getExtendsBound() != null
          ? upperBound(types, elements, wildcard.getExtendsBound())
          : elements.getTypeElement("java.lang.Object").asType();
    }
    if (type.getKind() == TypeKind.TYPEVAR
        && type.toString().startsWith("capture#")) {
      return upperBound(types, elements, ((javax.lang.model.type.TypeVariable) type).getUpperBound());
    }
    return type;
  }
}
