package dev.statecraft.runtime;

import java.util.Iterator;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * The spliterator of a generator's stream. It creates the machine only when the stream's
 * terminal operation first asks for an element, and a terminal operation that takes every
 * element ({@code sum()}, {@code forEach}, {@code collect}: {@link #forEachRemaining}) drains a
 * machine that it created itself and keeps in a Java local, so that the JIT can replace the
 * machine by registers once everything is inlined, as it does for a generator drained by a
 * loop (docs/performance-notes.md; over {@code Spliterators.spliteratorUnknownSize} of a
 * machine created by the factory, 3 ns against 0.4 ns per element). Creating the machine later
 * than the factory call is not observable: a machine's constructor only stores the arguments
 * and runs effect-free code (D18).
 *
 * <p>The machine escapes to the field only where it must stay reachable: for element-wise
 * operations ({@code tryAdvance}: {@code findFirst}, {@code limit}, {@code iterator()}), when
 * an action or the body throws (so that closing the stream still runs the pending
 * {@code finally} blocks), and when the stream is closed from inside the draining action (the
 * generator is then closed as soon as that action returns, D19). A split hands the rest to
 * {@code Spliterators.spliteratorUnknownSize} over the machine, which batches elements for a
 * parallel stream.
 *
 * <p>The four variants repeat the same few lines once per element kind (D3): a loop shared
 * through generic interfaces would call the machine, the action and the factory through call
 * sites whose types the JIT sees mixed, and then does not inline.
 */
abstract class MachineSpliterator<M extends AbstractGenerator, S extends Spliterator<?>> {
  /**
   * Creates the machine. Called where the machine is drained, not through a helper method, so
   * that the JIT sees the call's one receiver type there and inlines it.
   */
  final Supplier<? extends M> factory;
  /** The machine, once something needs it past one {@link #forEachRemaining} call. */
  private M machine;
  /** After a split: the spliterator that all calls go to. */
  S delegate;
  /** Set by {@link #close} while {@link #forEachRemaining} drains a machine of its own. */
  private boolean closeRequested;
  private boolean draining;
  /**
   * Nothing is left without a kept machine: one that {@link #forEachRemaining} created and did
   * not keep ran to its end, or the stream was closed before any machine was created.
   */
  private boolean drained;

  MachineSpliterator(Supplier<? extends M> factory) {
    this.factory = factory;
  }

  /** The machine, created now if need be and kept; null once a drained one was let go. */
  final M machine() {
    if (machine == null && !drained) {
      machine = factory.get();
    }
    return machine;
  }

  /**
   * Whether {@link #forEachRemaining} may drain a new machine and not keep it: false when there
   * is a kept one ({@link #machine()}) or nothing is left.
   */
  final boolean drainsFresh() {
    if (machine != null || drained) {
      return false;
    }
    draining = true;
    return true;
  }

  /**
   * Checked before each element of a draining loop: when the stream was closed from the last
   * action, closes the machine (its pending finally blocks run) and tells the loop to stop.
   */
  final boolean closeRequested(M machine) {
    if (!closeRequested) {
      return false;
    }
    this.machine = machine;
    machine.close();
    return true;
  }

  /** The draining loop ended: at the body's end, or by {@code failure} (kept for close). */
  final void drained(M machine, Throwable failure) {
    draining = false;
    if (failure != null) {
      this.machine = machine; // suspended if an action threw: closing runs its finally blocks
    } else {
      drained = true;
    }
  }

  /** The stream's close handler: the generator ends, whether it started or not. */
  final void close() {
    if (draining && machine == null) {
      closeRequested = true; // the draining loop closes its machine after this action
    } else if (machine != null) {
      machine.close();
    } else {
      drained = true; // closed before it started: it has no elements, as a closed generator
    }
  }

  /** After a split everything goes to {@link Spliterators#spliteratorUnknownSize}. */
  abstract S split(M machine);

  final S trySplitHere() {
    if (delegate == null) {
      M machine = machine();
      if (machine == null) {
        return null;
      }
      delegate = split(machine);
    }
    @SuppressWarnings("unchecked")
    S split = (S) delegate.trySplit();
    return split;
  }

  public final long estimateSize() {
    return delegate != null ? delegate.estimateSize() : Long.MAX_VALUE;
  }

  public final int characteristics() {
    return delegate != null ? delegate.characteristics() : Spliterator.ORDERED;
  }

  /** Of a boxed generator's {@code Stream<T>}. */
  static final class OfRef<T> extends MachineSpliterator<GeneratorMachine<T>, Spliterator<T>>
      implements Spliterator<T> {
    OfRef(Supplier<? extends GeneratorMachine<T>> factory) {
      super(factory);
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
      if (delegate != null) {
        return delegate.tryAdvance(action);
      }
      Iterator<T> machine = machine();
      if (machine == null || !machine.hasNext()) {
        return false;
      }
      action.accept(machine.next());
      return true;
    }

    @Override
    public void forEachRemaining(Consumer<? super T> action) {
      if (delegate != null) {
        delegate.forEachRemaining(action);
        return;
      }
      if (!drainsFresh()) {
        GeneratorMachine<T> kept = machine();
        if (kept != null) {
          kept.forEachRemaining(action);
        }
        return;
      }
      GeneratorMachine<T> machine = factory.get();
      try {
        while (!closeRequested(machine) && machine.hasNext()) {
          action.accept(machine.next());
        }
      } catch (Throwable t) {
        drained(machine, t);
        throw t;
      }
      drained(machine, null);
    }

    @Override
    public Spliterator<T> trySplit() {
      return trySplitHere();
    }

    @Override
    Spliterator<T> split(GeneratorMachine<T> machine) {
      return Spliterators.spliteratorUnknownSize(machine, Spliterator.ORDERED);
    }
  }

  /** Of an {@code IntStream}. */
  static final class OfInt extends MachineSpliterator<IntGeneratorMachine, Spliterator.OfInt>
      implements Spliterator.OfInt {
    OfInt(Supplier<? extends IntGeneratorMachine> factory) {
      super(factory);
    }

    @Override
    public boolean tryAdvance(IntConsumer action) {
      if (delegate != null) {
        return delegate.tryAdvance(action);
      }
      PrimitiveIterator.OfInt machine = machine();
      if (machine == null || !machine.hasNext()) {
        return false;
      }
      action.accept(machine.nextInt());
      return true;
    }

    @Override
    public void forEachRemaining(IntConsumer action) {
      if (delegate != null) {
        delegate.forEachRemaining(action);
        return;
      }
      if (!drainsFresh()) {
        IntGeneratorMachine kept = machine();
        if (kept != null) {
          kept.forEachRemaining(action);
        }
        return;
      }
      IntGeneratorMachine machine = factory.get();
      try {
        while (!closeRequested(machine) && machine.hasNext()) {
          action.accept(machine.nextInt());
        }
      } catch (Throwable t) {
        drained(machine, t);
        throw t;
      }
      drained(machine, null);
    }

    @Override
    public Spliterator.OfInt trySplit() {
      return trySplitHere();
    }

    @Override
    Spliterator.OfInt split(IntGeneratorMachine machine) {
      return Spliterators.spliteratorUnknownSize(machine, Spliterator.ORDERED);
    }
  }

  /** Of a {@code LongStream}. */
  static final class OfLong extends MachineSpliterator<LongGeneratorMachine, Spliterator.OfLong>
      implements Spliterator.OfLong {
    OfLong(Supplier<? extends LongGeneratorMachine> factory) {
      super(factory);
    }

    @Override
    public boolean tryAdvance(LongConsumer action) {
      if (delegate != null) {
        return delegate.tryAdvance(action);
      }
      PrimitiveIterator.OfLong machine = machine();
      if (machine == null || !machine.hasNext()) {
        return false;
      }
      action.accept(machine.nextLong());
      return true;
    }

    @Override
    public void forEachRemaining(LongConsumer action) {
      if (delegate != null) {
        delegate.forEachRemaining(action);
        return;
      }
      if (!drainsFresh()) {
        LongGeneratorMachine kept = machine();
        if (kept != null) {
          kept.forEachRemaining(action);
        }
        return;
      }
      LongGeneratorMachine machine = factory.get();
      try {
        while (!closeRequested(machine) && machine.hasNext()) {
          action.accept(machine.nextLong());
        }
      } catch (Throwable t) {
        drained(machine, t);
        throw t;
      }
      drained(machine, null);
    }

    @Override
    public Spliterator.OfLong trySplit() {
      return trySplitHere();
    }

    @Override
    Spliterator.OfLong split(LongGeneratorMachine machine) {
      return Spliterators.spliteratorUnknownSize(machine, Spliterator.ORDERED);
    }
  }

  /** Of a {@code DoubleStream}. */
  static final class OfDouble
      extends MachineSpliterator<DoubleGeneratorMachine, Spliterator.OfDouble>
      implements Spliterator.OfDouble {
    OfDouble(Supplier<? extends DoubleGeneratorMachine> factory) {
      super(factory);
    }

    @Override
    public boolean tryAdvance(DoubleConsumer action) {
      if (delegate != null) {
        return delegate.tryAdvance(action);
      }
      PrimitiveIterator.OfDouble machine = machine();
      if (machine == null || !machine.hasNext()) {
        return false;
      }
      action.accept(machine.nextDouble());
      return true;
    }

    @Override
    public void forEachRemaining(DoubleConsumer action) {
      if (delegate != null) {
        delegate.forEachRemaining(action);
        return;
      }
      if (!drainsFresh()) {
        DoubleGeneratorMachine kept = machine();
        if (kept != null) {
          kept.forEachRemaining(action);
        }
        return;
      }
      DoubleGeneratorMachine machine = factory.get();
      try {
        while (!closeRequested(machine) && machine.hasNext()) {
          action.accept(machine.nextDouble());
        }
      } catch (Throwable t) {
        drained(machine, t);
        throw t;
      }
      drained(machine, null);
    }

    @Override
    public Spliterator.OfDouble trySplit() {
      return trySplitHere();
    }

    @Override
    Spliterator.OfDouble split(DoubleGeneratorMachine machine) {
      return Spliterators.spliteratorUnknownSize(machine, Spliterator.ORDERED);
    }
  }
}
