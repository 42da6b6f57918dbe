package dev.statecraft.processor.analysis;

import javax.lang.model.element.Element;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** Whether a type mentions a local or anonymous class, which a field of the machine cannot name. */
public final class LocalTypes {
  private LocalTypes() {}

  /** The local and anonymous classes {@code type} mentions. */
  public static java.util.List<TypeElement> localTypesIn(TypeMirror type) {
    java.util.List<TypeElement> found = new java.util.ArrayList<>();
    collect(type, found);
    return found;
  }

  private static void collect(TypeMirror type, java.util.List<TypeElement> found) {
    if (type instanceof ArrayType array) {
      collect(array.getComponentType(), found);
    } else if (type instanceof DeclaredType declared) {
      for (Element e = declared.asElement(); e instanceof TypeElement t;
          e = e.getEnclosingElement()) {
        if (t.getNestingKind() == NestingKind.LOCAL
            || t.getNestingKind() == NestingKind.ANONYMOUS) {
          if (!found.contains(t)) {
            found.add(t);
          }
          break;
        }
      }
      declared.getTypeArguments().forEach(argument -> collect(argument, found));
    }
  }

  public static boolean mentionsLocalType(TypeMirror type) {
    if (type instanceof ArrayType array) {
      return mentionsLocalType(array.getComponentType());
    }
    if (!(type instanceof DeclaredType declared)) {
      return false;
    }
    for (Element e = declared.asElement(); e instanceof TypeElement t; e = e.getEnclosingElement()) {
      if (t.getNestingKind() == NestingKind.LOCAL || t.getNestingKind() == NestingKind.ANONYMOUS) {
        return true;
      }
    }
    return declared.getTypeArguments().stream().anyMatch(LocalTypes::mentionsLocalType);
  }
}
