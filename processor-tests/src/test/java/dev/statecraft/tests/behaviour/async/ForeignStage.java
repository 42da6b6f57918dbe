package dev.statecraft.tests.behaviour.async;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A CompletionStage that is not a CompletableFuture, as third-party libraries hand out: it only
 * offers the CompletionStage methods (toCompletableFuture() is unsupported, as in
 * {@code minimalCompletionStage()}).
 */
final class ForeignStage {
  private ForeignStage() {}

  @SuppressWarnings("unchecked")
  static <T> CompletionStage<T> over(CompletableFuture<T> source) {
    return (CompletionStage<T>) Proxy.newProxyInstance(ForeignStage.class.getClassLoader(),
        new Class<?>[] {CompletionStage.class}, (proxy, method, args) -> {
          switch (method.getName()) {
            case "toCompletableFuture":
              throw new UnsupportedOperationException("foreign stage");
            case "toString":
              return "ForeignStage[" + source + "]";
            case "hashCode":
              return System.identityHashCode(proxy);
            case "equals":
              return proxy == args[0];
            default:
              try {
                return method.invoke(source, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
          }
        });
  }
}
