package dev.statecraft.runtime;

import java.util.Iterator;
import java.util.stream.BaseStream;

/** The iterator of a {@code yieldAll(stream)} source, closing the stream when closed. */
final class StreamSource implements Iterator<Object>, AutoCloseable {
  private final BaseStream<?, ?> stream;
  private final Iterator<?> iterator;

  StreamSource(BaseStream<?, ?> stream) {
    this.stream = stream;
    this.iterator = stream.iterator();
  }

  @Override
  public boolean hasNext() {
    return iterator.hasNext();
  }

  @Override
  public Object next() {
    return iterator.next();
  }

  @Override
  public void close() {
    stream.close();
  }
}
