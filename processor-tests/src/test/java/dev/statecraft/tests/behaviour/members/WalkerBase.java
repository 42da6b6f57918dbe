package dev.statecraft.tests.behaviour.members;

import java.util.List;

/** Declares member types that a subclass's template uses by simple name (they are inherited). */
abstract class WalkerBase {
  static class Node {
    final String name;

    Node(String name) {
      this.name = name;
    }
  }

  interface Visitor {
    String visit(Node n);
  }

  abstract List<String> children();
}
