package dev.statecraft.processor.analysis;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * One annotated method, validated: what it returns and where its body is.
 *
 * @param method the template method
 * @param owner the type declaring it
 * @param path the path to the method's tree
 * @param shape what the method returns
 * @param elementType the element type of a generator (primitive for primitive sequences) or the
 *     value type of an async method
 */
public record Template(
    ExecutableElement method,
    TypeElement owner,
    TreePath path,
    ResultShape shape,
    TypeMirror elementType) {

  public MethodTree tree() {
    return (MethodTree) path.getLeaf();
  }

  public CompilationUnitTree unit() {
    return path.getCompilationUnit();
  }

  public boolean isAsync() {
    return shape.isAsync();
  }

  public boolean isStatic() {
    return method.getModifiers().contains(javax.lang.model.element.Modifier.STATIC);
  }

  /** {@code Numbers.fib}, as messages name the template. */
  public String displayName() {
    return owner.getSimpleName() + "." + method.getSimpleName();
  }

  /** The annotation as written in messages. */
  public String annotation() {
    return isAsync() ? "@Async" : "@Generator";
  }
}
