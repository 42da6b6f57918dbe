package dev.statecraft.tests.differential;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.function.BiFunction;

/**
 * A template method loaded from the reference compilation (templates plus {@link
 * FakeCoroutines}), callable with a reference driver installed on the calling thread.
 */
final class ReferenceTemplate {
  final Method method;
  private final Method installDriver;

  private ReferenceTemplate(Method method, Method installDriver) {
    this.method = method;
    this.installDriver = installDriver;
  }

  static ReferenceTemplate load(ClassLoader loader, String className, String methodName) {
    try {
      Class<?> type = Class.forName(className, true, loader);
      Class<?> coroutines = Class.forName(FakeCoroutines.CLASS_NAME, true, loader);
      if (coroutines.getClassLoader() != loader) {
        throw new IllegalStateException("the real Coroutines shadows the reference replacement");
      }
      Method install = coroutines.getMethod("installReferenceDriver", BiFunction.class);
      return new ReferenceTemplate(findMethod(type, methodName), install);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot load reference template " + className + "."
          + methodName, e);
    }
  }

  /**
   * Lets the reference stand-ins of generated factories in {@code loader}'s compilation
   * ({@code Coroutines.referenceFactory("p.R#gen", args)}) start reference generators.
   */
  static void installFactory(ClassLoader loader) {
    try {
      Class<?> coroutines = Class.forName(FakeCoroutines.CLASS_NAME, true, loader);
      java.util.Map<String, ReferenceTemplate> templates = new java.util.concurrent.ConcurrentHashMap<>();
      BiFunction<String, Object[], Object> factory = (name, args) -> {
        ReferenceTemplate t = templates.computeIfAbsent(name, k -> load(loader,
            k.substring(0, k.indexOf('#')), k.substring(k.indexOf('#') + 1)));
        return ReferenceGenerator.asDeclared(t, args);
      };
      coroutines.getMethod("installReferenceFactory", BiFunction.class).invoke(null, factory);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The method named {@code name}; templates in these tests have unique names per class. */
  static Method findMethod(Class<?> type, String name) {
    Method found = null;
    for (Method m : type.getDeclaredMethods()) {
      if (m.getName().equals(name) && !m.isSynthetic()) {
        if (found != null) {
          throw new IllegalStateException("overloaded method " + name + " in " + type.getName());
        }
        found = m;
      }
    }
    if (found == null) {
      throw new IllegalStateException("no method " + name + " in " + type.getName());
    }
    found.setAccessible(true);
    return found;
  }

  /**
   * Runs the template body on the current thread with {@code driver} receiving its marker calls;
   * returns what the method returned and throws what the body threw (unwrapped).
   */
  Object invoke(Object[] args, BiFunction<String, Object, Object> driver) throws Throwable {
    installDriver.invoke(null, driver);
    try {
      if (Modifier.isStatic(method.getModifiers())) {
        return method.invoke(null, args);
      }
      Object[] rest = new Object[args.length - 1];
      System.arraycopy(args, 1, rest, 0, rest.length);
      return method.invoke(args[0], rest);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    } finally {
      installDriver.invoke(null, (Object) null);
    }
  }

  @Override
  public String toString() {
    return method.getDeclaringClass().getName() + "." + method.getName();
  }
}
