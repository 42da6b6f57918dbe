package dev.statecraft.processor.emission;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.VariableElement;

/**
 * The Java names of a machine's variables. The template's names are kept; a name is changed only
 * where the flattened machine would otherwise put two variables of separate template scopes into
 * one Java scope, or where it would meet a name of the machine base class ({@code state},
 * {@code current}, {@code closing}, the async sentinels {@code SUSPENDED} and {@code RESUMED}).
 * Generated helpers (the receiver, loop temporaries, capture copies) take what is left, so they
 * never clash with the template's names.
 */
public final class LocalNames {
  /** Fields of the runtime base classes that generated code reads by simple name. */
  private static final Set<String> RESERVED =
      Set.of("state", "current", "closing", "SUSPENDED", "RESUMED");

  private final Set<String> taken = new HashSet<>(RESERVED);
  private final Map<VariableElement, String> names = new IdentityHashMap<>();

  /** Keeps these names free (they are declared where the machine's locals must not clash). */
  public void reserve(java.util.Collection<String> reserved) {
    taken.addAll(reserved);
  }

  /** Names {@code variable}, preferring its own name. */
  public String declare(VariableElement variable) {
    return names.computeIfAbsent(variable, v -> allocate(v.getSimpleName().toString()));
  }

  /** The name of a declared variable, or null when the variable is not the machine's. */
  public String nameOf(javax.lang.model.element.Element variable) {
    return variable instanceof VariableElement v ? names.get(v) : null;
  }

  /** A fresh name for a generated helper, {@code base} when free. */
  public String allocate(String base) {
    String name = base;
    for (int i = 2; !taken.add(name); i++) {
      name = base + i;
    }
    return name;
  }
}
