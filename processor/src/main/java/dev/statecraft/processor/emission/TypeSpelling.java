package dev.statecraft.processor.emission;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeParameterElement;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
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
  /** Type variables of the enclosing type renamed because a method's own shadow them. */
  private final Map<TypeParameterElement, String> renamed;

  /** Names of the body's local types where the machine declares them (renamed on clashes). */
  private Map<? extends Element, String> localTypeNames = Map.of();

  public void nameLocalTypes(Map<? extends Element, String> names) {
    localTypeNames = names;
  }

  public TypeSpelling(Types types, Map<TypeParameterElement, String> renamed) {
    this.types = types;
    this.renamed = renamed;
  }

  /** The denotable spelling of {@code type}; null when there is none (an error type). */
  public TypeName spell(TypeMirror type) {
    TypeMirror denotable = denotable(type);
    if (denotable == null || containsError(denotable)) {
      return null;
    }
    return name(denotable);
  }

  /** {@code type} as written, with renamed type variables; for declarations and signatures. */
  public TypeName name(TypeMirror type) {
    switch (type.getKind()) {
      case TYPEVAR: {
        Element element = ((TypeVariable) type).asElement();
        String name = renamed.get(element);
        return TypeVariableName.get(name != null ? name : element.getSimpleName().toString());
      }
      case ARRAY:
        return ArrayTypeName.of(name(((javax.lang.model.type.ArrayType) type).getComponentType()));
      case WILDCARD: {
        WildcardType wildcard = (WildcardType) type;
        if (wildcard.getExtendsBound() != null) {
          return WildcardTypeName.subtypeOf(name(wildcard.getExtendsBound()));
        }
        if (wildcard.getSuperBound() != null) {
          return WildcardTypeName.supertypeOf(name(wildcard.getSuperBound()));
        }
        return WildcardTypeName.subtypeOf(Object.class);
      }
      case DECLARED: {
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        if (element.getNestingKind() == javax.lang.model.element.NestingKind.LOCAL
            && declared.getTypeArguments().isEmpty()) {
          // A type declared in the body (at the top of the resume method): its simple name.
          return TypeVariableName.get(
              localTypeNames.getOrDefault(element, element.getSimpleName().toString()));
        }
        if ((renamed.isEmpty() || declared.getTypeArguments().isEmpty())
            && !dev.statecraft.processor.analysis.LocalTypes.mentionsLocalType(type)) {
          return TypeName.get(type);
        }
        ClassName raw = ClassName.get(element);
        if (declared.getTypeArguments().isEmpty()) {
          return raw;
        }
        TypeName[] arguments = declared.getTypeArguments().stream().map(this::name)
            .toArray(TypeName[]::new);
        return ParameterizedTypeName.get(raw, arguments);
      }
      default:
        return TypeName.get(type);
    }
  }

  /** The declaration of a type variable, renamed where needed, with its bounds. */
  public TypeVariableName variable(TypeParameterElement parameter) {
    String name = renamed.getOrDefault(parameter, parameter.getSimpleName().toString());
    TypeName[] bounds = parameter.getBounds().stream()
        .filter(b -> !b.toString().equals("java.lang.Object"))
        .map(this::name).toArray(TypeName[]::new);
    return TypeVariableName.get(name, bounds);
  }

  /** The class name of {@code type}, for {@code $T} in spliced source. */
  public static ClassName className(TypeElement type) {
    return ClassName.get(type);
  }

  private TypeMirror denotable(TypeMirror type) {
    switch (type.getKind()) {
      case INTERSECTION:
        return denotable(((IntersectionType) type).getBounds().get(0));
      case UNION:
        return leastUpperClass(((javax.lang.model.type.UnionType) type).getAlternatives());
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
              .map(a -> isCapture(a) ? wildcardOf((TypeVariable) a) : a)
              .toArray(TypeMirror[]::new);
          return types.getDeclaredType(element, arguments);
        }
        return type;
      default:
        return type;
    }
  }

  /** The nearest superclass of the first alternative that every alternative extends. */
  private TypeMirror leastUpperClass(List<? extends TypeMirror> alternatives) {
    TypeMirror candidate = alternatives.get(0);
    while (true) {
      TypeMirror current = candidate;
      if (alternatives.stream().allMatch(a -> types.isSubtype(types.erasure(a),
          types.erasure(current)))) {
        return candidate;
      }
      List<? extends TypeMirror> supertypes = types.directSupertypes(candidate);
      candidate = supertypes.get(0);
    }
  }

  /** The wildcard a captured variable came from: {@code ? super L} or {@code ? extends U}. */
  private TypeMirror wildcardOf(TypeVariable capture) {
    TypeMirror lower = capture.getLowerBound();
    if (lower != null && lower.getKind() != TypeKind.NULL && lower.getKind() != TypeKind.NONE) {
      return types.getWildcardType(null, denotable(lower));
    }
    TypeMirror upper = capture.getUpperBound();
    return upper.toString().equals("java.lang.Object")
        ? types.getWildcardType(null, null) : types.getWildcardType(denotable(upper), null);
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
