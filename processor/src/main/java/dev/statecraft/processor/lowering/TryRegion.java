package dev.statecraft.processor.lowering;

/**
 * A lowered {@code try} whose blocks suspend: states inside it dispatch exceptions to its
 * handler. Kept in the listing's model so that the try lowering extends the same listing.
 */
public final class TryRegion {
  private final TryRegion parent;
  private final int id;

  TryRegion(TryRegion parent, int id) {
    this.parent = parent;
    this.id = id;
  }

  public TryRegion parent() {
    return parent;
  }

  public int id() {
    return id;
  }
}
