package dev.statecraft.processor.lowering;

import com.palantir.javapoet.TypeName;

/** A field of the machine: a parameter, a hoisted local or a helper of the lowering. */
public record MachineField(String name, TypeName type, boolean parameter) {}
