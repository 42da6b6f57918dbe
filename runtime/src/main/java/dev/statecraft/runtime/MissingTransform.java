package dev.statecraft.runtime;

/**
 * Builds the error a marker throws when it runs untransformed, naming the template that called it
 * and the generated factory to call instead.
 */
final class MissingTransform {
  private MissingTransform() {}

  static IllegalStateException forMarker(String marker) {
    StackWalker.StackFrame template =
        StackWalker.getInstance()
            .walk(frames -> frames.skip(2).findFirst().orElse(null));
    String where = "";
    String instead = "the generated factory";
    if (template != null) {
      String binaryName = template.getClassName();
      String simple = binaryName.substring(binaryName.lastIndexOf('.') + 1);
      String templateName = simple.replace('$', '.') + "." + template.getMethodName();
      String factory = simple.replace('$', '_') + "Gen." + template.getMethodName();
      where = " in " + templateName;
      instead = factory;
    }
    return new IllegalStateException(
        marker + "() was called" + where + " outside a transformed body: call " + instead
            + " instead of the template, and put dev.statecraft:statecraft-processor on the"
            + " annotation processor path so that it generates it.");
  }
}
