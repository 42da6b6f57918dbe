package dev.statecraft.processor;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Finds javac's own {@link ProcessingEnvironment} behind a wrapper. IntelliJ's build hands
 * processors a {@link Proxy} around it, and {@code Trees.instance} rejects anything but javac's
 * class; like Lombok and the Checker Framework, look for the delegate in the proxy's handler.
 */
final class ProcessingEnvironments {
  private ProcessingEnvironments() {}

  static ProcessingEnvironment unwrap(ProcessingEnvironment environment) {
    ProcessingEnvironment current = environment;
    for (int depth = 0; depth < 8 && Proxy.isProxyClass(current.getClass()); depth++) {
      ProcessingEnvironment delegate = delegateOf(Proxy.getInvocationHandler(current));
      if (delegate == null) {
        break;
      }
      current = delegate;
    }
    return current;
  }

  private static ProcessingEnvironment delegateOf(InvocationHandler handler) {
    for (Class<?> type = handler.getClass(); type != null && type != Object.class;
        type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (!ProcessingEnvironment.class.isAssignableFrom(field.getType())
            && field.getType() != Object.class) {
          continue;
        }
        try {
          field.setAccessible(true);
          Object value = field.get(handler);
          if (value instanceof ProcessingEnvironment environment) {
            return environment;
          }
        } catch (ReflectiveOperationException | RuntimeException inaccessible) {
          // not this field
        }
      }
    }
    return null;
  }
}
