package dev.statecraft.tests.differential;

/** Rethrows any throwable without declaring it (the reference side hands exceptions across). */
final class Sneaky {
  private Sneaky() {}

  @SuppressWarnings("unchecked")
  static <T extends Throwable> T rethrow(Throwable t) throws T {
    throw (T) t;
  }
}
