package dev.statecraft.processor.emission;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;

/**
 * The only place a {@link TypeMirror} becomes a JavaPoet {@link TypeName}. Types that Java cannot
 * write down (captures, intersections, anonymous classes) become their nearest denotable bound,
 * which is what a hoisted {@code var} field can declare.
 */
public final class TypeSpelling {
  private final Types types;

  public TypeSpelling(Types types) {
    this.types = types;
  }

  /** The denotable spelling of {@code type}; null when there is none (an error type). */
  public TypeName spell(TypeMirror type) {
    TypeMirror denotable = denotable(type);
    if (denotable == null || containsError(denotable)) {
      return null;
    }
    return TypeName.get(denotable);
  }

  /** The class name of {@code type}, for {@code $T} in spliced source. */
  public static ClassName className(TypeElement type) {
    return ClassName.get(type);
  }

  private TypeMirror denotable(TypeMirror type) {
    switch (type.getKind()) {
      case INTERSECTION:
        return denotable(((IntersectionType) type).getBounds().get(0));
      case TYPEVAR:
        if (isCapture(type)) {
          return denotable(((TypeVariable) type).getUpperBound());
        }
        return type;
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        return wildcard.getExtendsBound() != null ? denotable(wildcard.getExtendsBound()) : null;
      case DECLARED:
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        if (element.getNestingKind() == javax.lang.model.element.NestingKind.ANONYMOUS) {
          List<? extends TypeMirror> interfaces = element.getInterfaces();
          return denotable(interfaces.isEmpty() ? element.getSuperclass() : interfaces.get(0));
        }
        if (declared.getTypeArguments().stream().anyMatch(TypeSpelling::isCapture)) {
          TypeMirror[] arguments = declared.getTypeArguments().stream()
              .map(a -> isCapture(a)
                  ? types.getWildcardType(denotable(((TypeVariable) a).getUpperBound()), null)
                  : a)
              .toArray(TypeMirror[]::new);
          return types.getDeclaredType(element, arguments);
        }
        return type;
      default:
        return type;
    }
  }

  private static boolean isCapture(TypeMirror type) {
    return type.getKind() == TypeKind.TYPEVAR && type.toString().startsWith("capture#");
  }

  private static boolean containsError(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      return true;
    }
    if (type instanceof DeclaredType declared) {
      return declared.getTypeArguments().stream().anyMatch(TypeSpelling::containsError);
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return containsError(((javax.lang.model.type.ArrayType) type).getComponentType());
    }
    return false;
  }
}
