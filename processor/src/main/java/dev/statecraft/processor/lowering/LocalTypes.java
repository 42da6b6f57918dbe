package dev.statecraft.processor.lowering;

import javax.lang.model.element.Element;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** Whether a type mentions a local or anonymous class, which a field of the machine cannot name. */
final class LocalTypes {
  private LocalTypes() {}

  static boolean mentionsLocalType(TypeMirror type) {
    if (type instanceof ArrayType array) {
      return mentionsLocalType(array.getComponentType());
    }
    if (!(type instanceof DeclaredType declared)) {
      return false;
    }
    for (Element e = declared.asElement(); e instanceof TypeElement t; e = e.getEnclosingElement()) {
      if (t.getNestingKind() == NestingKind.LOCAL) {
        return true;
      }
    }
    return declared.getTypeArguments().stream().anyMatch(LocalTypes::mentionsLocalType);
  }
}
