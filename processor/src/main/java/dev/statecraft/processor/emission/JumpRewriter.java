package dev.statecraft.processor.emission;

import com.palantir.javapoet.CodeBlock;
import com.sun.source.tree.ReturnTree;
import com.sun.source.util.TreePath;
import javax.lang.model.element.Name;
import javax.lang.model.element.VariableElement;

/**
 * Rewrites a jump in spliced source whose target lies outside the spliced statement, in code the
 * lowering owns (a lowered loop, switch or label, or the end of the body). Each gets the path of
 * the jump, which tells whether it leaves Java finally blocks of the spliced statement. Also
 * declares the copies of hoisted locals that lambdas and classes in spliced source capture.
 */
public interface JumpRewriter {
  /**
   * The statement replacing {@code break label;} ({@code label} null for a plain break).
   *
   * @param breakPath the path of the break statement
   * @param insideLoop whether the jump sits inside a loop of the spliced source, so that a bare
   *     {@code continue} would not reach the dispatch loop
   */
  CodeBlock breakOut(TreePath breakPath, Name label, boolean insideLoop);

  /** The statement replacing {@code continue label;} ({@code label} null for a plain one). */
  CodeBlock continueOut(TreePath continuePath, Name label, boolean insideLoop);

  /** The statement replacing Java's {@code yield value;} of a lowered switch expression. */
  CodeBlock yieldOut(TreePath yieldPath, CodeBlock value, boolean insideLoop);

  /** The statement replacing a {@code return} of the template body. */
  CodeBlock returnOut(TreePath returnPath, ReturnTree tree, boolean insideLoop);

  /**
   * Declares a copy of {@code captured}'s field before the code being spliced (which creates a
   * lambda or class capturing it) and returns the copy's name: a final local holding the
   * field's value, or a blank local when the spliced code assigns {@code captured} (and so
   * the copy too).
   */
  String captureCopy(VariableElement captured, boolean assignedInSplice);
}
