package dev.statecraft.tests.differential;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The locals a random program's statements see, scope by scope, and the names it hands out:
 * names never clash with a visible one, and often reuse one a closed sibling scope had (maybe
 * with another type, which is the point).
 */
final class ProgramScopes {
  enum VType { INT, LONG, STRING, BOOL, SUPPLIER, ARRAY, RECORD }

  record Var(String name, VType type, boolean mutable) {}

  static final class Scope {
    final List<Var> vars = new ArrayList<>();
    /** Local record types declared in this scope: {@code record RecN(int a, String b)}. */
    final List<String> records = new ArrayList<>();
    /** Names declared earlier in an enclosing switch block's groups: taken, not usable. */
    final Set<String> reserved = new HashSet<>();
  }

  Var pickVar(VType type) {
    List<Var> candidates = new ArrayList<>();
    for (Var v : visible()) {
      if (v.type() == type) {
        candidates.add(v);
      }
    }
    return candidates.isEmpty() ? null : candidates.get(r.nextInt(candidates.size()));
  }

  int id() {
    return nextId++;
  }

  void pushScope() {
    scopes.push(new Scope());
  }

  void popScope() {
    Scope s = scopes.pop();
    for (Var v : s.vars) {
      retiredNames.add(v.name());
    }
    retiredNames.addAll(s.reserved);
  }

  void reserve(String name) {
    scopes.peek().reserved.add(name);
  }

  void declare(String name, VType type, boolean mutable) {
    scopes.peek().vars.add(new Var(name, type, mutable));
  }

  List<Var> visible() {
    List<Var> out = new ArrayList<>();
    for (Scope s : scopes) {
      out.addAll(s.vars);
    }
    return out;
  }

  boolean taken(String name) {
    for (Scope s : scopes) {
      if (s.reserved.contains(name)) {
        return true;
      }
      for (Var v : s.vars) {
        if (v.name().equals(name)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A name no visible local has: often one a closed sibling scope used (maybe with another type,
   * which is the point), else a fresh one. It is reserved in the current scope at once.
   */
  String freshName(String prefix) {
    String name = prefix + id();
    if (!retiredNames.isEmpty() && r.nextInt(3) == 0) {
      String reuse = retiredNames.get(r.nextInt(retiredNames.size()));
      if (!taken(reuse)) {
        name = reuse;
      }
    }
    // Taken from now on in this scope: a variable is in scope in its own initializer, where a
    // lambda parameter must not reuse its name.
    reserve(name);
    return name;
  }

  private final Random r;
  private final Deque<Scope> scopes = new ArrayDeque<>();
  private final List<String> retiredNames = new ArrayList<>();
  private int nextId;

  ProgramScopes(Random r) {
    this.r = r;
  }

  Scope current() {
    return scopes.peek();
  }

  /** Local record types visible here. */
  List<String> visibleRecords() {
    List<String> out = new ArrayList<>();
    for (Scope s : scopes) {
      out.addAll(s.records);
    }
    return out;
  }

  void addRecord(String type) {
    scopes.peek().records.add(type);
  }

  /**
   * Ends an old-style switch group: its names stay taken (not usable) to the end of the switch
   * block, as Java scopes them.
   */
  void popKeepingNamesReserved() {
    Scope group = scopes.pop();
    for (Var v : group.vars) {
      scopes.peek().reserved.add(v.name());
    }
    scopes.peek().reserved.addAll(group.reserved);
  }
}
