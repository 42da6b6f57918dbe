package dev.statecraft.processor;

/**
 * Thrown, after its error was reported, to abandon the current template: the processor moves on
 * to the next one and writes no code for a type with errors.
 */
public final class AbortTemplate extends RuntimeException {
  private static final long serialVersionUID = 1L;

  AbortTemplate() {
    super(null, null, false, false);
  }
}
