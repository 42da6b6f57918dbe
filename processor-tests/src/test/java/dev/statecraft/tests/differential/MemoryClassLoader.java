package dev.statecraft.tests.differential;

import java.util.Map;

/**
 * A child-first class loader over class files compiled in memory: a class compiled into the map
 * wins over a class of the same name on the test class path. This is how the reference side's
 * replacement {@code dev.statecraft.runtime.Coroutines} takes the place of the real one.
 */
final class MemoryClassLoader extends ClassLoader {
  static {
    registerAsParallelCapable();
  }

  private final Map<String, byte[]> classes;

  MemoryClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
    super(parent);
    this.classes = Map.copyOf(classes);
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    synchronized (getClassLoadingLock(name)) {
      Class<?> loaded = findLoadedClass(name);
      if (loaded == null) {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          return super.loadClass(name, resolve);
        }
        loaded = defineClass(name, bytes, 0, bytes.length);
      }
      if (resolve) {
        resolveClass(loaded);
      }
      return loaded;
    }
  }

  boolean defines(String name) {
    return classes.containsKey(name);
  }
}
