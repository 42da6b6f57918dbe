package dev.statecraft.processor.lowering;

/** Names the generated resume method uses for itself. */
public final class MachineLabels {
  private MachineLabels() {}

  /** The label of the dispatch loop, used by jumps from inside a loop of spliced source. */
  public static final String DISPATCH = "dispatch";
}
