package dev.statecraft.processor.lowering;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;

/**
 * A field of the machine: a parameter, a hoisted local or a helper of the lowering; or, with
 * {@code constant}, a constant variable of the template as a {@code static final} constant, so it
 * stays a constant expression (case labels, narrowing) in every state.
 */
public record MachineField(String name, TypeName type, boolean parameter, CodeBlock constant) {
  public MachineField(String name, TypeName type, boolean parameter) {
    this(name, type, parameter, null);
  }
}
