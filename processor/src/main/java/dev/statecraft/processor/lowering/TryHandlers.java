package dev.statecraft.processor.lowering;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes what the try regions of a lowered body mean at run time, from the handler each state
 * runs in: the dispatch loop's exception handler, and {@code closeEntry()}, which sets up the
 * finally blocks a close runs (DESIGN.md, "Closing").
 */
final class TryHandlers {
  private TryHandlers() {}

  /**
   * The body of {@code catch (Throwable thrown)} around the dispatch switch: by the state that
   * was running, the innermost catch that matches, else the finally with the exception pending,
   * else the enclosing handler. While closing, an exception leaving a finally is kept for
   * {@code close()} to throw and the next finally runs.
   */
  static CodeBlock handlerCode(List<State> states, String thrown) {
    Map<TryRegion.Handler, List<State>> byHandler = groupByHandler(states);
    if (byHandler.isEmpty()) {
      return null;
    }
    CodeBlock.Builder code = CodeBlock.builder().add("switch (state) {\n$>");
    for (Map.Entry<TryRegion.Handler, List<State>> entry : byHandler.entrySet()) {
      code.add("$L\n$>", caseLabels(entry.getValue()));
      code.add(dispatch(entry.getKey(), thrown));
      code.add("$<");
    }
    code.add("default:\n$>throw $L;\n$<", thrown);
    return code.add("$<}\n").build();
  }

  private static CodeBlock dispatch(TryRegion.Handler handler, String thrown) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (TryRegion.Handler h = handler; h != null; h = h.region().parent()) {
      TryRegion region = h.region();
      if (h.part() == TryRegion.Part.TRY) {
        for (TryRegion.Catch c : region.catches()) {
          String test = c.types().stream()
              .map(type -> CodeBlock.of("$L instanceof $T", thrown, type).toString())
              .collect(Collectors.joining(" || "));
          code.add("if ($L) {\n$>", test);
          code.add("$L = ($T) $L;\n", c.parameter(), c.parameterType(), thrown);
          code.add(StateListing.jumpCode(c.entry(), false));
          code.add("$<}\n");
        }
      }
      if (h.part() != TryRegion.Part.FINALLY && region.hasFinally()) {
        code.add(region.onException());
        code.add("$L = $L;\n$L = $L;\n", region.thrown(), thrown, region.pending(),
            region.rethrow());
        return code.add(StateListing.jumpCode(region.finallyEntry(), false)).build();
      }
      if (h.part() == TryRegion.Part.FINALLY) {
        code.add("if (closing) {\n$>keepCloseFailure($L);\n", thrown);
        code.add("state = $L;\ncontinue;\n$<}\n", region.pending());
      }
    }
    return code.add("throw $L;\n", thrown).build();
  }

  /**
   * The body of {@code closeEntry()}: for a state inside try blocks with finally, set each
   * finally's pending state to the next outer one (the last to {@code exit}) and return the
   * innermost; suspended inside a finally, the rest of that finally runs first.
   */
  static CodeBlock closeEntryCode(List<State> states, Label exit) {
    Map<TryRegion.Handler, List<State>> byHandler = groupByHandler(states);
    CodeBlock.Builder code = CodeBlock.builder().add("switch (state) {\n$>");
    boolean any = false;
    for (Map.Entry<TryRegion.Handler, List<State>> entry : byHandler.entrySet()) {
      List<TryRegion> chain = new ArrayList<>();
      boolean insideFinally = false;
      for (TryRegion.Handler h = entry.getKey(); h != null; h = h.region().parent()) {
        if (h.part() == TryRegion.Part.FINALLY) {
          insideFinally |= chain.isEmpty();
          chain.add(h.region());
        } else if (h.region().hasFinally()) {
          chain.add(h.region());
        }
      }
      if (chain.isEmpty()) {
        continue;
      }
      if (exit == null) {
        throw new IllegalStateException("a pending finally needs the exit state");
      }
      any = true;
      if (insideFinally) {
        // Suspended in the finally itself: resume where it stands.
        for (State state : entry.getValue()) {
          code.add("case $L:\n$>", state.number());
          code.add(chainCode(chain, exit, true));
          code.add("return $L;\n$<", state.number());
        }
        continue;
      }
      code.add("$L\n$>", caseLabels(entry.getValue()));
      code.add(chainCode(chain, exit, false));
      code.add("return $L;\n$<", chain.get(0).finallyEntry());
    }
    if (!any) {
      return null;
    }
    code.add("default:\n$>return -1;\n$<");
    return code.add("$<}\n").build();
  }

  private static CodeBlock chainCode(List<TryRegion> chain, Label exit, boolean firstRunning) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (int i = 0; i < chain.size(); i++) {
      TryRegion region = chain.get(i);
      if (i > 0 || !firstRunning) {
        code.add(region.onFinallyEntry());
      }
      Object next = i + 1 < chain.size() ? chain.get(i + 1).finallyEntry() : exit;
      code.add("$L = $L;\n", region.pending(), next);
    }
    return code.build();
  }

  private static Map<TryRegion.Handler, List<State>> groupByHandler(List<State> states) {
    Map<TryRegion.Handler, List<State>> byHandler = new LinkedHashMap<>();
    for (State state : states) {
      if (state.handler() != null) {
        byHandler.computeIfAbsent(state.handler(), h -> new ArrayList<>()).add(state);
      }
    }
    return byHandler;
  }

  private static String caseLabels(List<State> states) {
    return states.stream().map(s -> "case " + s.number() + ":")
        .collect(Collectors.joining("\n"));
  }

}
