package dev.statecraft.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The one place that reports to the user. Every message starts with a stable tag
 * ({@code [Statecraft...]}) and says what to do instead; it lands on the tree the user must change.
 * {@link #error} keeps going so that one compilation shows every problem; {@link #abort} returns
 * an exception for the caller to throw, which abandons the current template only.
 */
public final class Diagnostics {
  private final Messager messager;
  private final Trees trees;
  private int errors;

  public Diagnostics(Messager messager, Trees trees) {
    this.messager = messager;
    this.trees = trees;
  }

  /** Reports an error on {@code path}'s leaf, at its exact source position. */
  public void error(TreePath path, String tag, String message) {
    error(path.getCompilationUnit(), path.getLeaf(), tag, message);
  }

  /** Reports an error on {@code tree} of {@code unit}, at its exact source position. */
  public void error(CompilationUnitTree unit, Tree tree, String tag, String message) {
    errors++;
    if (trees == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, format(tag, message));
    } else {
      trees.printMessage(Diagnostic.Kind.ERROR, format(tag, message), tree, unit);
    }
  }

  /** Reports an error on an element (a method's name, a type's name). */
  public void error(Element element, String tag, String message) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, format(tag, message), element);
  }

  /** Reports an error and returns the exception that abandons the current template. */
  public AbortTemplate abort(TreePath path, String tag, String message) {
    error(path, tag, message);
    return new AbortTemplate();
  }

  /** Reports an error on an element and returns the exception that abandons the template. */
  public AbortTemplate abort(Element element, String tag, String message) {
    error(element, tag, message);
    return new AbortTemplate();
  }

  /** Reports a processor bug on the template, with its stack trace, asking for a bug report. */
  public void internalError(Element element, Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    error(element, "[StatecraftInternalError]",
        "Statecraft failed to transform this method; this is a bug in Statecraft, please report it"
            + " with the method's source. " + trace);
  }

  /** The number of errors reported so far; a template with a new error gets no code. */
  public int errorCount() {
    return errors;
  }

  private static String format(String tag, String message) {
    return tag + " " + message;
  }
}
