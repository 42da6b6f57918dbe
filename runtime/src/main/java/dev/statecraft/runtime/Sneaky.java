package dev.statecraft.runtime;

/**
 * Rethrows any throwable, checked or not, without wrapping it. DESIGN.md requires exceptions of a
 * body (checked ones too) to propagate unchanged from {@code hasNext()}/{@code next()}, whose
 * signatures declare none.
 */
final class Sneaky {
  private Sneaky() {}

  @SuppressWarnings("unchecked")
  static <E extends Throwable> E rethrow(Throwable t) throws E {
    throw (E) t;
  }
}
