package dev.statecraft.processor;

/**
 * Thrown when a template body names something javac cannot resolve yet: its type is retried in
 * the next round, by name, as AutoValue defers types with missing dependencies.
 */
final class DeferTemplate extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DeferTemplate() {
    super(null, null, false, false);
  }
}
