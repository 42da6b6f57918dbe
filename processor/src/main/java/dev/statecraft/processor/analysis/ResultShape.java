package dev.statecraft.processor.analysis;

import javax.lang.model.type.TypeKind;

/** What a template returns, which decides the machine's base class and the factory's body. */
public enum ResultShape {
  ITERABLE("java.lang.Iterable", null, false),
  ITERATOR("java.util.Iterator", null, false),
  STREAM("java.util.stream.Stream", null, false),
  INT_ITERATOR("java.util.PrimitiveIterator.OfInt", TypeKind.INT, false),
  LONG_ITERATOR("java.util.PrimitiveIterator.OfLong", TypeKind.LONG, false),
  DOUBLE_ITERATOR("java.util.PrimitiveIterator.OfDouble", TypeKind.DOUBLE, false),
  INT_STREAM("java.util.stream.IntStream", TypeKind.INT, false),
  LONG_STREAM("java.util.stream.LongStream", TypeKind.LONG, false),
  DOUBLE_STREAM("java.util.stream.DoubleStream", TypeKind.DOUBLE, false),
  COMPLETABLE_FUTURE("java.util.concurrent.CompletableFuture", null, true),
  COMPLETION_STAGE("java.util.concurrent.CompletionStage", null, true);

  private final String typeName;
  private final TypeKind primitive;
  private final boolean async;

  ResultShape(String typeName, TypeKind primitive, boolean async) {
    this.typeName = typeName;
    this.primitive = primitive;
    this.async = async;
  }

  /** The canonical name of the declared return type. */
  public String typeName() {
    return typeName;
  }

  /** The primitive element kind of a primitive sequence, or null for reference elements. */
  public TypeKind primitive() {
    return primitive;
  }

  public boolean isAsync() {
    return async;
  }

  public boolean isStream() {
    return this == STREAM || this == INT_STREAM || this == LONG_STREAM || this == DOUBLE_STREAM;
  }
}
