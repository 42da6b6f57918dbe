package dev.statecraft.processor;

import com.palantir.javapoet.ClassName;

/** The names of runtime and annotation types the processor refers to, in one place. */
public final class RuntimeNames {
  private RuntimeNames() {}

  public static final String GENERATOR_ANNOTATION = "dev.statecraft.Generator";
  public static final String ASYNC_ANNOTATION = "dev.statecraft.Async";
  public static final String COROUTINES = "dev.statecraft.runtime.Coroutines";

  public static final ClassName GENERATOR_MACHINE =
      ClassName.get("dev.statecraft.runtime", "GeneratorMachine");
  public static final ClassName INT_GENERATOR_MACHINE =
      ClassName.get("dev.statecraft.runtime", "IntGeneratorMachine");
  public static final ClassName LONG_GENERATOR_MACHINE =
      ClassName.get("dev.statecraft.runtime", "LongGeneratorMachine");
  public static final ClassName DOUBLE_GENERATOR_MACHINE =
      ClassName.get("dev.statecraft.runtime", "DoubleGeneratorMachine");
  /**
   * The base class of a generator's machine: the one of {@code primitive} elements
   * ({@code INT}, {@code LONG}, {@code DOUBLE}), or the boxed one for null.
   */
  public static ClassName generatorMachine(javax.lang.model.type.TypeKind primitive) {
    if (primitive == null) {
      return GENERATOR_MACHINE;
    }
    return switch (primitive) {
      case INT -> INT_GENERATOR_MACHINE;
      case LONG -> LONG_GENERATOR_MACHINE;
      default -> DOUBLE_GENERATOR_MACHINE;
    };
  }

  public static final ClassName ASYNC_MACHINE =
      ClassName.get("dev.statecraft.runtime", "AsyncMachine");
  public static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");
  public static final String PROCESSOR_NAME = "dev.statecraft.processor.StatecraftProcessor";
}
