package dev.statecraft.processor.lowering;

import com.palantir.javapoet.CodeBlock;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.statecraft.processor.Diagnostics;
import dev.statecraft.processor.analysis.BodyFacts;
import dev.statecraft.processor.analysis.Marker;
import dev.statecraft.processor.analysis.Template;
import dev.statecraft.processor.emission.LocalNames;
import dev.statecraft.processor.emission.SourceSplicer;
import dev.statecraft.processor.emission.TypeSpelling;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The generator side of the lowering (Roslyn's iterator rewriter): a {@code yieldReturn(x)}
 * stores the element and returns {@code true} from {@code resume()}; a {@code yieldAll(source)}
 * hands the source to the runtime, which drains it before resuming here; {@code return done()}
 * returns {@code false}.
 * <pre>
 *   yieldReturn(x);   current = x; state = K; return true;   K: ...
 *   yieldReturn(x);   current = x; i++; state = H; return true   (K: i++; H: if (i < n) ...)
 *   yieldAll(s);      state = K; return yieldAll(s);          K: rethrowDelegateFailure(); ...
 * </pre>
 */
public final class GeneratorLowering extends StateMachineLowering {
  public GeneratorLowering(Template template, BodyFacts facts, Trees trees, Types types,
      Elements elements, Diagnostics diagnostics, LocalNames names, SourceSplicer splicer,
      TypeSpelling spelling) {
    super(template, facts, trees, types, elements, diagnostics, names, splicer, spelling);
    listing.runEntryAtCreation();
  }

  @Override
  protected void lowerMarkerStatement(TreePath call, Marker marker) {
    MethodInvocationTree invocation = (MethodInvocationTree) call.getLeaf();
    TreePath argument = new TreePath(call, invocation.getArguments().get(0));
    CodeBlock value = splicer.splice(argument, this);
    Label resume = listing.newLabel();
    if (marker == Marker.YIELD_RETURN) {
      listing.add(CodeBlock.of("current = $L;\n", value));
      saveCachedLocals();
      listing.suspend(resume, CodeBlock.of("return true;\n"));
      listing.mark(resume);
    } else {
      throwsChecked = true;
      saveCachedLocals();
      listing.add(CodeBlock.of("state = $L;\n", resume));
      listing.addTerminal(CodeBlock.of("return yieldAll($L);\n", value));
      listing.mark(resume);
      listing.add(CodeBlock.of("rethrowDelegateFailure();\n"));
    }
  }

  @Override
  protected void endBody() {
    listing.addTerminal(CodeBlock.of("return false;\n"));
  }

  @Override
  protected CodeBlock returnFromBody(TreePath path, ReturnTree tree, boolean insideLoop) {
    return exitCode(insideLoop);
  }

  @Override
  protected CodeBlock stopCode() {
    return CodeBlock.of("return false;\n");
  }
}
