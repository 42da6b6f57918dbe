package dev.statecraft.processor.lowering;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The append-only listing of a machine's states (regenerator's emitter): code is added to the
 * current state; {@link #mark} places a label and starts a new state there; after a jump the
 * listing is unreachable until the next mark, so no dead code (which javac rejects) is written.
 */
public final class StateListing {
  private final List<State> states = new ArrayList<>();
  private State current;
  private boolean reachable = true;
  private TryRegion.Handler handler;
  private String dispatchLabel = "dispatch";
  private boolean entryRunsAtCreation;
  private CodeBlock creationCode;

  public StateListing() {
    current = new State(0, null);
    states.add(current);
  }

  public Label newLabel() {
    return new Label();
  }

  /** Places {@code label} here: a new state begins, unless the current one is still empty. */
  public void mark(Label label) {
    if (current.isEmpty() && java.util.Objects.equals(current.handler(), handler)) {
      label.target = current;
    } else {
      State next = new State(states.size(), handler);
      Label here = new Label();
      here.target = next;
      if (reachable && !java.util.Objects.equals(next.handler(), current.handler())) {
        current.add(CodeBlock.of("state = $L;\n", here), false);
      }
      next.enteredByFallThrough = reachable;
      states.add(next);
      current = next;
      label.target = next;
    }
    reachable = true;
  }

  /** Appends a statement to the current state, if control can reach it. */
  public void add(CodeBlock statement) {
    add(statement, false);
  }

  /** Appends a statement that declares a Java local of the case. */
  public void add(CodeBlock statement, boolean declaresLocal) {
    if (reachable) {
      current.add(statement, declaresLocal);
    }
  }

  /** Appends a source-line comment when the line differs from the last one in this state. */
  public void comment(String file, long line) {
    if (reachable && current.commentedLine() != line) {
      current.addComment(CodeBlock.of("// $L:$L\n", file, line));
      current.commentedLine(line);
    }
  }

  /**
   * Appends a statement nobody can see run ({@code EffectFreeCode}), which may therefore move
   * before a suspension or into the constructor; {@code declaresLocal} as for {@link #add}.
   */
  public void addEffectFree(CodeBlock statement, boolean declaresLocal) {
    if (reachable) {
      current.add(statement, declaresLocal, true);
    }
  }

  /**
   * Suspends handing over an element: {@code state = resume;} then {@code exit} (which
   * returns). The effect-free statements the body runs on resuming are moved before the
   * suspension at {@link #finish}, so that the machine resumes where the body next decides
   * something (a generator's loop then resumes at its condition, always the same state, and the
   * JIT sees a counted loop once the machine is inlined into its consumer). Only a suspension
   * outside every lowered try takes code: a pending finally that closing runs could see it.
   */
  public void suspend(Label resume, CodeBlock exit) {
    if (!reachable) {
      return;
    }
    current.add(CodeBlock.of("state = $L;\n", resume), false);
    if (handler == null) {
      current.suspension = new State.Suspension(resume, current.statements().size() - 1);
    }
    addTerminal(exit);
  }

  /**
   * Lets {@link #finish} move the body's first state into the constructor when it is all
   * effect-free code (a generator's {@code int i = 0;} before its first loop): the machine then
   * starts at that loop's condition, as every element resumes there.
   */
  public void runEntryAtCreation() {
    entryRunsAtCreation = true;
  }

  /** The code the constructor runs (see {@link #runEntryAtCreation}), or null. */
  public CodeBlock creationCode() {
    return creationCode;
  }

  /** Appends code after which control does not continue (a jump, return or throw). */
  public void addTerminal(CodeBlock statement) {
    add(statement);
    if (reachable) {
      current.endsWithJumpTo = null;
    }
    reachable = false;
  }

  /** Appends {@code state = target; continue;}. */
  public void jump(Label target) {
    if (reachable && !current.hasCode() && current.number() != 0) {
      current.forward(target); // a state that only jumps on: jumps to it go to the target
    }
    boolean wasReachable = reachable;
    addTerminal(jumpCode(target, false));
    if (wasReachable) {
      current.endsWithJumpTo = target;
    }
  }

  /**
   * Threads jumps and numbers the states (call once, after the last mark): a state whose only
   * code is a jump disappears, labels leading to it lead to its target, and a state that fell
   * through into it jumps there instead. State 0 stays the entry.
   */
  public void finish() {
    List<State> kept = new ArrayList<>();
    for (int i = 0; i < states.size(); i++) {
      State state = states.get(i);
      if (state.forward() != null && state.forward().resolve() == state) {
        state.forward(null); // a jump to itself is a real loop: keep it
      }
      if (state.forward() == null) {
        kept.add(state);
        continue;
      }
      if (state.enteredByFallThrough && !kept.isEmpty()) {
        kept.get(kept.size() - 1).add(jumpCode(state.forward(), false), false);
      }
    }
    rotateLoops(kept);
    removeUnentered(kept, moveResumeCodeBeforeSuspensions(kept));
    if (entryRunsAtCreation) {
      moveEntryToCreation(kept);
    }
    for (int i = 0; i + 1 < kept.size(); i++) {
      State state = kept.get(i);
      State next = kept.get(i + 1);
      if (state.endsWithJumpTo != null && state.endsWithJumpTo.resolve() == next
          && java.util.Objects.equals(state.handler(), next.handler())) {
        state.dropLastStatement(); // a jump to the very next state: fall through instead
      }
    }
    for (int i = 0; i < kept.size(); i++) {
      kept.get(i).renumber(i);
    }
    states.clear();
    states.addAll(kept);
  }

  /**
   * Loop rotation, as javac inverts a {@code while} loop: the states that end by jumping back to
   * an earlier state (the rest of a loop body after a suspension, then the update, jumping to the
   * loop's condition) move right before that state, so each iteration falls through into it
   * instead of going round the dispatch loop. Once the machine is inlined into its consumer, the
   * JIT then sees the template's loop as one loop (see docs/benchmarks.md); the state that fell
   * into the loop's head jumps there instead, once per entry into the loop. A run of states that
   * fall through into each other moves as one; states keep their code and handler, only their
   * order (so their numbers) changes.
   */
  private static void rotateLoops(List<State> kept) {
    for (State last : new ArrayList<>(kept)) {
      if (last.endsWithJumpTo == null) {
        continue;
      }
      State head = last.endsWithJumpTo.resolve();
      int end = kept.indexOf(last) + 1;
      int start = end - 1;
      while (kept.get(start).enteredByFallThrough && start > 0) {
        start--;
      }
      int headIndex = kept.indexOf(head);
      if (headIndex <= 0 || headIndex >= start || kept.get(start).enteredByFallThrough
          || !java.util.Objects.equals(head.handler(), last.handler())) {
        continue;
      }
      State before = kept.get(headIndex - 1);
      // A run rotated here before still ends with its jump (dropped later, as it falls into
      // head); it keeps it now. Any other state that fell into head jumps there instead.
      if (head.enteredByFallThrough && before.endsWithJumpTo == null) {
        Label target = new Label();
        target.target = head;
        before.add(jumpCode(target, false), false);
        before.endsWithJumpTo = target;
      }
      List<State> run = new ArrayList<>(kept.subList(start, end));
      kept.subList(start, end).clear();
      kept.addAll(headIndex, run);
      head.enteredByFallThrough = true;
    }
  }

  /**
   * For each suspension that may take code ({@link #suspend}): while its resume state is
   * effect-free code that goes on into one next state, that code moves before the suspension,
   * which resumes at the next state instead. Returns the states whose code was taken.
   */
  private static Set<State> moveResumeCodeBeforeSuspensions(List<State> kept) {
    Set<State> taken = identitySet();
    for (State state : kept) {
      if (state.suspension == null) {
        continue;
      }
      List<CodeBlock> code = new ArrayList<>();
      Set<State> passed = identitySet();
      State resume = state.suspension.resume().resolve();
      for (State next; resume.handler() == null && resume.isEffectFree() && passed.add(resume)
          && (next = successor(kept, resume)) != null && next.handler() == null; ) {
        code.add(resume.codeBeforeJump());
        taken.add(resume);
        resume = next;
      }
      if (resume != state.suspension.resume().resolve()) {
        state.runBeforeSuspending(code, labelOf(resume));
      }
    }
    return taken;
  }

  /** Removes the states of {@code candidates} that nothing enters any more. */
  private static void removeUnentered(List<State> kept, Set<State> candidates) {
    if (candidates.isEmpty()) {
      return;
    }
    Set<State> entered = Label.targetsPrintedBy(allCode(kept));
    for (int i = 1; i < kept.size(); ) {
      State state = kept.get(i);
      if (candidates.contains(state) && !entered.contains(state)
          && !state.enteredByFallThrough && state.handler() == null) {
        kept.remove(i);
        if (state.endsWithJumpTo == null && i < kept.size()) {
          kept.get(i).enteredByFallThrough = false; // its only way in was falling from here
        }
      } else {
        i++;
      }
    }
  }

  /** See {@link #runEntryAtCreation}. */
  private void moveEntryToCreation(List<State> kept) {
    State entry = kept.get(0);
    State start = kept.size() > 1 ? successor(kept, entry) : null;
    if (start == null || start == entry || !entry.hasCode() || !entry.isEffectFree()
        || entry.handler() != null || start.handler() != null
        || Label.targetsPrintedBy(allCode(kept)).contains(entry)) {
      return;
    }
    CodeBlock.Builder code = CodeBlock.builder().add(entry.codeBeforeJump());
    kept.remove(0);
    if (kept.get(0) == start) {
      start.enteredByFallThrough = false;
    } else {
      code.add("state = $L;\n", labelOf(start)); // where every resumption of it would go
    }
    creationCode = code.build();
  }

  /** The state that {@code state}'s code goes on into: its final jump's, or the next one. */
  private static State successor(List<State> kept, State state) {
    if (state.endsWithJumpTo != null) {
      return state.endsWithJumpTo.resolve();
    }
    int index = kept.indexOf(state);
    return index + 1 < kept.size() ? kept.get(index + 1) : null;
  }

  private static Label labelOf(State state) {
    Label label = new Label();
    label.target = state;
    return label;
  }

  private static List<CodeBlock> allCode(List<State> states) {
    List<CodeBlock> code = new ArrayList<>();
    states.forEach(state -> code.addAll(state.statements()));
    return code;
  }

  private static Set<State> identitySet() {
    return java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
  }

  /** The code of a jump to {@code target}; {@code labelled} when it must name the dispatch loop. */
  public static CodeBlock jumpCode(Label target, boolean labelled) {
    if (labelled) {
      throw new IllegalArgumentException("a labelled jump needs the listing's loop label");
    }
    return CodeBlock.of("state = $L;\ncontinue;\n", target);
  }

  /** A jump from inside a loop of spliced source, naming the dispatch loop. */
  public CodeBlock loopJumpCode(Label target) {
    return CodeBlock.of("state = $L;\ncontinue $L;\n", target, dispatchLabel);
  }

  /** The dispatch loop's label: {@code dispatch}, unless the template uses that label itself. */
  public void dispatchLabel(String name) {
    dispatchLabel = name;
  }

  public String dispatchLabel() {
    return dispatchLabel;
  }

  public boolean isReachable() {
    return reachable;
  }

  /** Marks the current position unreachable (after a statement that cannot complete normally). */
  public void unreachable() {
    reachable = false;
  }

  /**
   * Whether the code being added runs in a state of a lowered try block, catch or finally,
   * whose handler the dispatch loop looks up by {@code state} when that code throws.
   */
  public boolean handled() {
    return current.handler() != null;
  }

  /** The try block the code being added runs in, or null. */
  public TryRegion.Handler handler() {
    return handler;
  }

  public List<State> states() {
    return states;
  }

  /** States marked from now on run in {@code handler} (null: outside every lowered try). */
  public void enterHandler(TryRegion.Handler next) {
    handler = next;
  }
}
