package dev.statecraft.processor.analysis;

import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** The generated sibling's name: {@code p.NumbersGen} for {@code p.Numbers}, {@code p.A_B_CGen}. */
public final class GeneratedNames {
  private GeneratedNames() {}

  public static String simpleName(TypeElement owner) {
    StringBuilder name = new StringBuilder(owner.getSimpleName());
    for (Element e = owner.getEnclosingElement(); e instanceof TypeElement outer;
        e = e.getEnclosingElement()) {
      name.insert(0, outer.getSimpleName() + "_");
    }
    return name.append("Gen").toString();
  }
}
