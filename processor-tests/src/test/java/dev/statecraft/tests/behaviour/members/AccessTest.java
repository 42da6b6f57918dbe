package dev.statecraft.tests.behaviour.members;

import static dev.statecraft.tests.behaviour.Sequences.assertYields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Iterator;
import org.junit.jupiter.api.Test;

class AccessTest {
  private static int modifiers(String name, Class<?>... params) throws NoSuchMethodException {
    return AccessTemplatesGen.class.getDeclaredMethod(name, params).getModifiers();
  }

  @Test
  void factoriesRun() {
    assertYields(AccessTemplatesGen.publicOne(), "public");
    assertYields(AccessTemplatesGen.protectedOne(), "protected");
    assertYields(AccessTemplatesGen.packageOne(), "package");
    assertYields(AccessTemplatesGen.privateOne(), "private");
    assertYields(AccessTemplatesGen.throwing(false), "ok");
  }

  @Test
  void generatedClassIsPublicLikeItsTemplateClass() {
    assertTrue(Modifier.isPublic(AccessTemplatesGen.class.getModifiers()));
  }

  @Test
  void factoriesKeepTheAccessOfTheirTemplates() throws Exception {
    assertTrue(Modifier.isPublic(modifiers("publicOne")));
    assertTrue(Modifier.isProtected(modifiers("protectedOne")));
    int pkg = modifiers("packageOne");
    assertFalse(Modifier.isPublic(pkg) || Modifier.isProtected(pkg) || Modifier.isPrivate(pkg));
    int priv = modifiers("privateOne");
    assertFalse(Modifier.isPublic(priv) || Modifier.isProtected(priv) || Modifier.isPrivate(priv),
        "a private template gets a package-private factory");
    assertTrue(Modifier.isStatic(priv));
  }

  @Test
  void factoriesDeclareNoCheckedExceptions() throws Exception {
    Method throwing = AccessTemplatesGen.class.getDeclaredMethod("throwing", boolean.class);
    assertEquals(0, throwing.getExceptionTypes().length);
    Iterator<String> it = AccessTemplatesGen.throwing(true).iterator();
    assertEquals("fail", assertThrows(IOException.class, it::hasNext).getMessage());
  }
}
