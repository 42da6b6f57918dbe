package dev.statecraft.tests.behaviour.primitive;

import static dev.statecraft.tests.behaviour.primitive.PrimitiveDrains.assertDoubles;
import static dev.statecraft.tests.behaviour.primitive.PrimitiveDrains.assertInts;
import static dev.statecraft.tests.behaviour.primitive.PrimitiveDrains.assertLongs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.statecraft.runtime.AbstractGenerator;
import dev.statecraft.runtime.DoubleGeneratorMachine;
import dev.statecraft.runtime.GeneratorMachine;
import dev.statecraft.runtime.IntGeneratorMachine;
import dev.statecraft.runtime.LongGeneratorMachine;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PrimitiveIterator;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md: "Primitive return types (IntStream, PrimitiveIterator.OfInt, …) never box an
 * element", and {@code yieldAll} of another generated generator of the same primitive type does
 * not box either. Proved three ways: the generated machines hold the element in a primitive field;
 * a primitive delegate is read only through its primitive method (the test's own delegates throw
 * from the boxed {@code next()}); and consuming many elements allocates nothing per element,
 * measured with the thread's allocation counter against a boxing control that must be seen to
 * allocate.
 */
class NoBoxingTest {
  private static final List<Class<?>> GENERATED =
      List.of(PrimitiveTemplatesGen.class, PrimitiveDelegationTemplatesGen.class,
          PrimitiveStreamSourceTemplatesGen.class);

  @Test
  void everyPrimitiveFactoryHasAMachineWithAPrimitiveElementField() {
    for (Class<?> gen : GENERATED) {
      Map<Class<?>, Integer> factories = new HashMap<>();
      for (Method method : gen.getDeclaredMethods()) {
        if (Modifier.isStatic(method.getModifiers()) && !method.isSynthetic()) {
          factories.merge(baseFor(method.getReturnType()), 1, Integer::sum);
        }
      }
      Map<Class<?>, Integer> machines = new HashMap<>();
      for (Class<?> nested : gen.getDeclaredClasses()) {
        if (!AbstractGenerator.class.isAssignableFrom(nested)) {
          continue;
        }
        assertFalse(GeneratorMachine.class.isAssignableFrom(nested),
            nested.getName() + " is a reference-element machine in a file of primitive templates");
        machines.merge(nested.getSuperclass(), 1, Integer::sum);
        Class<?> element = elementField(nested).getType();
        assertTrue(element.isPrimitive(), nested.getName() + " buffers its element as " + element);
        assertEquals(nested.getSuperclass() == IntGeneratorMachine.class ? int.class
                : nested.getSuperclass() == LongGeneratorMachine.class ? long.class : double.class,
            element, nested.getName());
      }
      assertEquals(factories, machines,
          gen.getSimpleName() + ": one machine of the right base class per factory");
    }
  }

  /** The base class a factory returning {@code type} must run, by DESIGN.md's element type. */
  private static Class<?> baseFor(Class<?> type) {
    if (type == IntStream.class || type == PrimitiveIterator.OfInt.class) {
      return IntGeneratorMachine.class;
    }
    if (type == LongStream.class || type == PrimitiveIterator.OfLong.class) {
      return LongGeneratorMachine.class;
    }
    if (type == DoubleStream.class || type == PrimitiveIterator.OfDouble.class) {
      return DoubleGeneratorMachine.class;
    }
    throw new AssertionError("not a primitive factory: " + type);
  }

  /** The one field called {@code current} along the machine's superclass chain. */
  private static Field elementField(Class<?> machine) {
    List<Field> found = new ArrayList<>();
    for (Class<?> c = machine; c != null; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (field.getName().equals("current")) {
          found.add(field);
        }
      }
    }
    assertEquals(1, found.size(), machine.getName() + " has one element field: " + found);
    return found.get(0);
  }

  @Test
  void hoistedPrimitiveLocalsStayPrimitive() {
    // big(n) has only int parameters and int locals: any reference field would be a box.
    PrimitiveIterator.OfInt big = PrimitiveTemplatesGen.big(3);
    for (Field field : big.getClass().getDeclaredFields()) {
      assertTrue(field.getType().isPrimitive(), field + " in the machine of an all-int body");
    }
  }

  @Test
  void primitiveIteratorFactoriesReturnTheMachineItself() {
    assertInstanceOf(IntGeneratorMachine.class, PrimitiveTemplatesGen.range(0, 1));
    assertInstanceOf(LongGeneratorMachine.class, PrimitiveTemplatesGen.widenedLongs(1));
    assertInstanceOf(DoubleGeneratorMachine.class, PrimitiveTemplatesGen.powersOfTwo(1));
  }

  @Test
  void primitiveDelegatesAreReadWithTheirPrimitiveMethodOnly() {
    assertInts(PrimitiveDelegationTemplatesGen.relayInts(new Ints(5, -6, 70_000)).iterator(),
        5, -6, 70_000);
    assertLongs(PrimitiveDelegationTemplatesGen.relayIntsAsLongs(new Ints(1, Integer.MIN_VALUE)),
        1, Integer.MIN_VALUE);
    assertLongs(PrimitiveDelegationTemplatesGen.relayLongs(new Longs(1L << 40, -1)), 1L << 40, -1);
    assertDoubles(PrimitiveDelegationTemplatesGen.relayDoubles(new Doubles(0.5, Double.NaN)),
        0.5, Double.NaN);
    assertEquals(7.0, PrimitiveDelegationTemplatesGen.mixedDoubles(List.of(), List.of(),
            new Longs(1, 2), new Ints(4)).limit(3).sum(),
        "long and int delegates into a double generator");
  }

  @Test
  void consumingDoesNotAllocatePerElement() {
    assumeTrue(AllocationProbe.supported(), "this JVM does not count allocated bytes");
    Map<AllocationProbe.Scenario, Long> bytes = new EnumMap<>(AllocationProbe.Scenario.class);
    for (AllocationProbe.Scenario scenario : AllocationProbe.Scenario.values()) {
      bytes.put(scenario, AllocationProbe.allocatedBytes(scenario));
    }
    assertAllocations(bytes, "in the test's JVM");
  }

  /**
   * The same in an interpreted JVM, where no escape analysis can remove a box that the code does
   * create: a pass there means that no box is created at all.
   */
  @Test
  void consumingDoesNotAllocatePerElementEvenInterpreted() throws Exception {
    assumeTrue(AllocationProbe.supported(), "this JVM does not count allocated bytes");
    Set<String> entries = new LinkedHashSet<>();
    for (Class<?> type : List.of(AllocationProbe.class, IntGeneratorMachine.class,
        LongGeneratorMachine.class, DoubleGeneratorMachine.class, AbstractGenerator.class)) {
      entries.add(location(type));
    }
    String classPath = String.join(File.pathSeparator, entries);
    Process probe = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xint", "-cp", classPath, AllocationProbe.class.getName())
        .redirectErrorStream(true)
        .start();
    byte[] output = probe.getInputStream().readAllBytes();
    assertTrue(probe.waitFor(5, TimeUnit.MINUTES), "the probe JVM did not finish");
    String text = new String(output, StandardCharsets.UTF_8);
    assertEquals(0, probe.exitValue(), text);
    Map<AllocationProbe.Scenario, Long> bytes = new EnumMap<>(AllocationProbe.Scenario.class);
    for (String line : text.strip().split("\\R")) {
      String[] parts = line.split(" ");
      bytes.put(AllocationProbe.Scenario.valueOf(parts[0]), Long.parseLong(parts[1]));
    }
    assertEquals(AllocationProbe.Scenario.values().length, bytes.size(), text);
    assertAllocations(bytes, "in an interpreted JVM");
  }

  private static String location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  /**
   * Primitive paths allocate less than a byte per 4 elements (a few stream and iterator objects in
   * all); the boxing controls at least 12 bytes per element, which shows that the counter does see
   * boxes: were the primitive paths boxing, they would show the same.
   */
  private static void assertAllocations(Map<AllocationProbe.Scenario, Long> bytes, String where) {
    int n = AllocationProbe.N;
    for (Map.Entry<AllocationProbe.Scenario, Long> entry : bytes.entrySet()) {
      if (entry.getKey().primitive) {
        assertTrue(entry.getValue() < n / 4, entry.getKey() + " allocated " + entry.getValue()
            + " bytes for " + n + " elements " + where + ": it boxes. All: " + bytes);
      } else {
        assertTrue(entry.getValue() >= 12L * n, entry.getKey() + " allocated only "
            + entry.getValue() + " bytes for " + n + " boxed elements " + where
            + ": the allocation counter cannot see boxing here. All: " + bytes);
      }
    }
  }

  /** A primitive iterator whose boxed {@code next()} fails the test. */
  static final class Ints implements PrimitiveIterator.OfInt {
    private final int[] values;
    private int at;

    Ints(int... values) {
      this.values = values;
    }

    @Override
    public boolean hasNext() {
      return at < values.length;
    }

    @Override
    public int nextInt() {
      return values[at++];
    }

    @Override
    public Integer next() {
      throw new AssertionError("a primitive delegate was read through the boxed next()");
    }

    @Override
    public void forEachRemaining(Consumer<? super Integer> action) {
      throw new AssertionError("a primitive delegate was drained through a boxed Consumer");
    }
  }

  static final class Longs implements PrimitiveIterator.OfLong {
    private final long[] values;
    private int at;

    Longs(long... values) {
      this.values = values;
    }

    @Override
    public boolean hasNext() {
      return at < values.length;
    }

    @Override
    public long nextLong() {
      return values[at++];
    }

    @Override
    public Long next() {
      throw new AssertionError("a primitive delegate was read through the boxed next()");
    }
  }

  static final class Doubles implements PrimitiveIterator.OfDouble {
    private final double[] values;
    private int at;

    Doubles(double... values) {
      this.values = values;
    }

    @Override
    public boolean hasNext() {
      return at < values.length;
    }

    @Override
    public double nextDouble() {
      return values[at++];
    }

    @Override
    public Double next() {
      throw new AssertionError("a primitive delegate was read through the boxed next()");
    }
  }
}
