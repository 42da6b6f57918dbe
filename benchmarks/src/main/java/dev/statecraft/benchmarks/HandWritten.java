package dev.statecraft.benchmarks;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;

/** The baselines: what a careful programmer writes by hand for the integers {@code 0 .. n-1}. */
final class HandWritten {
  private HandWritten() {}

  static Iterator<Integer> range(int n) {
    return new RangeIterator(n);
  }

  static PrimitiveIterator.OfInt rangeInt(int n) {
    return new IntRangeIterator(n);
  }

  static final class RangeIterator implements Iterator<Integer> {
    private final int n;
    private int i;

    RangeIterator(int n) {
      this.n = n;
    }

    @Override
    public boolean hasNext() {
      return i < n;
    }

    @Override
    public Integer next() {
      if (i >= n) {
        throw new NoSuchElementException();
      }
      return i++;
    }
  }

  static final class IntRangeIterator implements PrimitiveIterator.OfInt {
    private final int n;
    private int i;

    IntRangeIterator(int n) {
      this.n = n;
    }

    @Override
    public boolean hasNext() {
      return i < n;
    }

    @Override
    public int nextInt() {
      if (i >= n) {
        throw new NoSuchElementException();
      }
      return i++;
    }
  }
}
