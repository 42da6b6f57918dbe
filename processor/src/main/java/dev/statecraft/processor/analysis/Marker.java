package dev.statecraft.processor.analysis;

import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.statecraft.processor.RuntimeNames;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/** The marker methods of {@code dev.statecraft.runtime.Coroutines}, recognised by element. */
public enum Marker {
  YIELD_RETURN("yieldReturn"),
  YIELD_ALL("yieldAll"),
  DONE("done"),
  AWAIT("await");

  private final String methodName;

  Marker(String methodName) {
    this.methodName = methodName;
  }

  public String methodName() {
    return methodName;
  }

  /** True for the markers that suspend ({@code done()} only ends the body). */
  public boolean suspends() {
    return this != DONE;
  }

  /** True for the markers that belong in generator bodies. */
  public boolean forGenerators() {
    return this != AWAIT;
  }

  /** The marker {@code element} is, or null when it is something else. */
  public static Marker of(Element element) {
    if (element == null || element.getKind() != ElementKind.METHOD) {
      return null;
    }
    Element owner = element.getEnclosingElement();
    if (!(owner instanceof TypeElement type)
        || !type.getQualifiedName().contentEquals(RuntimeNames.COROUTINES)) {
      return null;
    }
    for (Marker marker : values()) {
      if (element.getSimpleName().contentEquals(marker.methodName)) {
        return marker;
      }
    }
    return null;
  }

  /** The marker called by the invocation at {@code path}, or null. */
  public static Marker ofCall(Trees trees, TreePath path) {
    Tree leaf = path.getLeaf();
    if (!(leaf instanceof MethodInvocationTree)) {
      return null;
    }
    return of(trees.getElement(path));
  }
}
