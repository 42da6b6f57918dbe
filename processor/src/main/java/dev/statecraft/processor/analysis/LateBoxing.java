package dev.statecraft.processor.analysis;

import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.Map;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Decides whether a boxed generator ({@code Iterable<Integer>}, {@code Iterator<Long>}, ...) can
 * keep its elements unboxed until the consumer asks for them.
 *
 * <p>A machine that stores {@code Integer} boxes in a heap field allocates one per element; a
 * machine that stores an {@code int} and boxes inside {@code next()} lets the JIT remove the box
 * once {@code next()} is inlined into a consumer that unboxes it again (escape analysis), which is
 * what makes a hand-written {@code Iterator<Integer>} cheap. The two are indistinguishable to the
 * consumer exactly when every element is a primitive boxed by {@code yieldReturn} itself: then
 * each element is a fresh {@code Integer.valueOf} either way, never {@code null}, never an object
 * whose identity the template chose. A {@code yieldAll} source may hand over {@code null} or
 * particular objects, so its presence keeps the boxed machine.
 */
public final class LateBoxing {
  private LateBoxing() {}

  /**
   * The primitive kind the machine can store its elements as, or null when it must store them
   * boxed: the template returns {@code Iterable}/{@code Iterator} of {@code Integer},
   * {@code Long} or {@code Double}, and every {@code yieldReturn} hands over that primitive.
   */
  public static TypeKind elementKind(Template template, BodyFacts facts, Trees trees,
      Types types) {
    if (template.shape() != ResultShape.ITERABLE && template.shape() != ResultShape.ITERATOR) {
      return null;
    }
    TypeKind kind = unboxedKind(template.elementType(), types);
    if (kind == null) {
      return null;
    }
    boolean yields = false;
    for (Map.Entry<Tree, Marker> marker : facts.markers().entrySet()) {
      switch (marker.getValue()) {
        case YIELD_ALL:
          return null;
        case YIELD_RETURN:
          yields = true;
          if (argumentKind((MethodInvocationTree) marker.getKey(), template, trees) != kind) {
            return null;
          }
          break;
        default:
          break;
      }
    }
    return yields ? kind : null;
  }

  private static TypeKind unboxedKind(TypeMirror element, Types types) {
    if (element.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeKind kind;
    try {
      kind = types.unboxedType(element).getKind();
    } catch (IllegalArgumentException notABox) {
      return null;
    }
    return kind == TypeKind.INT || kind == TypeKind.LONG || kind == TypeKind.DOUBLE ? kind : null;
  }

  private static TypeKind argumentKind(MethodInvocationTree call, Template template,
      Trees trees) {
    TreePath path = TreePath.getPath(template.path(), call.getArguments().get(0));
    TypeMirror type = path == null ? null : trees.getTypeMirror(path);
    return type == null ? null : type.getKind();
  }
}
