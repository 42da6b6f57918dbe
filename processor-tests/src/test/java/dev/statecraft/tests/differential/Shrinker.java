package dev.statecraft.tests.differential;

import dev.statecraft.tests.differential.ProgramAst.Block;
import dev.statecraft.tests.differential.ProgramAst.If;
import dev.statecraft.tests.differential.ProgramAst.Jump;
import dev.statecraft.tests.differential.ProgramAst.Labeled;
import dev.statecraft.tests.differential.ProgramAst.Loop;
import dev.statecraft.tests.differential.ProgramAst.Simple;
import dev.statecraft.tests.differential.ProgramAst.Stmt;
import dev.statecraft.tests.differential.ProgramAst.Switch;
import dev.statecraft.tests.differential.ProgramAst.SwitchExprDecl;
import dev.statecraft.tests.differential.ProgramAst.Try;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Shrinks a failing random program to a small one that fails the same way (same kind of compile
 * error, or differing traces). Each round builds every one-step reduction of the current program
 * (delete a statement or a run of statements, replace a compound statement by one of its blocks,
 * drop an else), compiles them all as one batch, and keeps the smallest that still fails alike.
 * javac is the judge of validity: a reduction it rejects is simply not kept. Loop counter steps
 * are never deleted, so every candidate still terminates.
 */
final class Shrinker {
  private static final int MAX_CANDIDATES = 400;
  private static final int CHUNK = 40;
  private static final int MAX_ROUNDS = 40;

  private final Differential differential;

  Shrinker(Differential differential) {
    this.differential = differential;
  }

  /** The report of the smallest failing program found, starting from the failing {@code p}. */
  String shrink(RandomProgram p) {
    Outcome first = evaluate(List.of(p), 0);
    String signature = first.signatures.get(caseName(p));
    if (signature == null) {
      return "--- shrinking seed " + p.seed + ": the program does not fail (any more)\n";
    }
    RandomProgram current = p;
    String report = first.reports.get(caseName(p));
    for (int round = 1; round <= MAX_ROUNDS; round++) {
      List<RandomProgram> candidates = candidates(current, round);
      if (candidates.isEmpty()) {
        break;
      }
      // Smallest first, a chunk at a time: the first chunk with a failing candidate wins.
      RandomProgram best = null;
      Outcome outcome = null;
      for (int from = 0; from < candidates.size() && best == null; from += CHUNK) {
        List<RandomProgram> chunk = candidates.subList(from, Math.min(candidates.size(), from + CHUNK));
        outcome = evaluate(chunk, round);
        for (RandomProgram c : chunk) {
          if (signature.equals(outcome.signatures.get(caseName(c)))) {
            best = c;
            break;
          }
        }
      }
      if (best == null) {
        break;
      }
      current = best;
      report = outcome.reports.get(caseName(best));
    }
    return "--- shrunk seed " + p.seed + " (failure: " + signature + ") to "
        + current.source().split("\n").length + " lines:\n" + report;
  }

  private static String caseName(RandomProgram p) {
    return "seed " + p.seed + " " + p.className;
  }

  /** A batch's failure signatures and reports by case name. */
  private static final class Outcome {
    final Map<String, String> signatures = new LinkedHashMap<>();
    final Map<String, String> reports = new LinkedHashMap<>();
  }

  private Outcome evaluate(List<RandomProgram> programs, int round) {
    Map<String, String> sources = new LinkedHashMap<>();
    Map<String, String> standIns = new LinkedHashMap<>();
    List<TemplateCase> cases = new ArrayList<>();
    for (RandomProgram p : programs) {
      sources.put("rnd/" + p.className + ".java", p.source());
      if (p.recursive) {
        standIns.put("rnd/" + p.className + "Gen.java", p.referenceFactorySource());
      }
      TemplateCase c = RandomDifferentialTest.testCase(p);
      cases.add(new TemplateCase(caseName(p), c.className, c.methodName, c.kind, c.source)
          .copyRunsFrom(c));
    }
    Differential.Outcome o = differential.run(sources, standIns, cases, false);
    Outcome out = new Outcome();
    out.signatures.putAll(o.signatures);
    for (String f : o.failures) {
      for (TemplateCase c : cases) {
        if (f.startsWith("=== " + c.name + ":")) {
          out.reports.putIfAbsent(c.name, f);
        }
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ candidates

  private List<RandomProgram> candidates(RandomProgram p, int round) {
    List<Stmt> all = new ArrayList<>();
    collect(p.body, all);
    List<Function<Stmt, List<Stmt>>> edits = new ArrayList<>();
    // Runs of statements first (big steps), then single statements, then structure.
    for (Stmt s : all) {
      for (List<Stmt> list : lists(s)) {
        int n = list.size();
        for (int size = n / 2; size >= 2; size /= 2) {
          for (int from = 0; from + size <= n; from += size) {
            Set<Stmt> run = identitySet(list.subList(from, from + size));
            if (run.stream().noneMatch(x -> x.essential)) {
              edits.add(x -> run.contains(x) ? List.of() : null);
            }
          }
        }
      }
    }
    for (Stmt s : all) {
      if (!s.essential && s != p.body) {
        edits.add(x -> x == s ? List.of() : null);
      }
    }
    for (Stmt s : all) {
      for (List<Stmt> inner : inlinings(s)) {
        edits.add(x -> x == s ? inner : null);
      }
      if (s instanceof If && ((If) s).otherwise != null) {
        If withoutElse = new If(((If) s).condition);
        withoutElse.then = ((If) s).then;
        edits.add(x -> x == s ? List.of(withoutElse) : null);
      }
    }
    Map<String, RandomProgram> unique = new LinkedHashMap<>();
    int i = 0;
    for (Function<Stmt, List<Stmt>> edit : edits) {
      Block body = (Block) copy(p.body, edit);
      String name = "S" + round + "x" + (i++) + "r" + p.seed;
      RandomProgram candidate =
          new RandomProgram(p.seed, name, p.returnType, body, p.recursive, p.generatedAs);
      unique.putIfAbsent(candidate.source().replace(name, "#"), candidate);
    }
    List<RandomProgram> out = new ArrayList<>(unique.values());
    out.removeIf(c -> c.source().replace(c.className, "#")
        .equals(p.source().replace(p.className, "#")));
    out.sort(Comparator.comparingInt(c -> c.source().length()));
    return out.size() > MAX_CANDIDATES ? out.subList(0, MAX_CANDIDATES) : out;
  }

  private static Set<Stmt> identitySet(List<Stmt> stmts) {
    Set<Stmt> set = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    set.addAll(stmts);
    return set;
  }

  private static void collect(Stmt s, List<Stmt> out) {
    out.add(s);
    for (Stmt child : s.children()) {
      collect(child, out);
    }
  }

  /** The statement lists directly inside {@code s} (block contents, switch groups). */
  private static List<List<Stmt>> lists(Stmt s) {
    List<List<Stmt>> out = new ArrayList<>();
    if (s instanceof Block) {
      out.add(((Block) s).stmts);
    }
    return out;
  }

  /** What {@code s} may be replaced by: the contents of one of its blocks. */
  private static List<List<Stmt>> inlinings(Stmt s) {
    List<List<Stmt>> out = new ArrayList<>();
    if (s instanceof Block || s instanceof SwitchExprDecl || s instanceof Simple
        || s instanceof Jump) {
      if (s instanceof Block) {
        out.add(((Block) s).stmts);
      }
      return out;
    }
    for (Stmt child : s.children()) {
      out.add(child instanceof Block ? ((Block) child).stmts : List.of(child));
    }
    return out;
  }

  // ------------------------------------------------------------------ copying with an edit

  /**
   * A deep copy of {@code s} where every statement for which {@code edit} answers a list is
   * replaced by (copies of) that list. Jump targets are not needed after generation: the copy
   * is only printed.
   */
  static Stmt copy(Stmt s, Function<Stmt, List<Stmt>> edit) {
    Stmt c = copyNode(s, edit);
    c.essential = s.essential;
    return c;
  }

  private static Stmt copyNode(Stmt s, Function<Stmt, List<Stmt>> edit) {
    if (s instanceof Block) {
      Block b = new Block();
      b.stmts.addAll(copyList(((Block) s).stmts, edit));
      return b;
    }
    if (s instanceof If) {
      If original = (If) s;
      If c = new If(original.condition);
      c.then = copySingle(original.then, edit);
      c.otherwise = original.otherwise == null ? null : copySingle(original.otherwise, edit);
      return c;
    }
    if (s instanceof Loop) {
      Loop original = (Loop) s;
      Loop c = new Loop(original.kind, original.header, original.constantTrue);
      c.body = copySingle(original.body, edit);
      return c;
    }
    if (s instanceof Labeled) {
      Labeled c = new Labeled(((Labeled) s).label);
      c.body = copySingle(((Labeled) s).body, edit);
      return c;
    }
    if (s instanceof Switch) {
      Switch original = (Switch) s;
      Switch c = new Switch(original.selector, original.arrows);
      for (Switch.Case k : original.cases) {
        Switch.Case copied = new Switch.Case(k.labels);
        copied.body.stmts.addAll(copyList(k.body.stmts, edit));
        copied.single = k.single && copied.body.stmts.size() == 1;
        c.cases.add(copied);
      }
      return c;
    }
    if (s instanceof Try) {
      Try original = (Try) s;
      Try c = new Try();
      c.resources = original.resources;
      c.body.stmts.addAll(copyList(original.body.stmts, edit));
      for (Try.Catch k : original.catches) {
        c.catches.add(new Try.Catch(k.parameter(), (Block) copy(k.body(), edit)));
      }
      c.finallyBlock = original.finallyBlock == null ? null
          : (Block) copy(original.finallyBlock, edit);
      return c;
    }
    if (s instanceof SwitchExprDecl) {
      SwitchExprDecl original = (SwitchExprDecl) s;
      SwitchExprDecl c = new SwitchExprDecl(original.head);
      for (SwitchExprDecl.Arm a : original.arms) {
        c.arms.add(new SwitchExprDecl.Arm(a.labels(), a.expression(),
            a.block() == null ? null : (Block) copy(a.block(), edit)));
      }
      return c;
    }
    return s; // Simple and Jump are immutable
  }

  private static List<Stmt> copyList(List<Stmt> list, Function<Stmt, List<Stmt>> edit) {
    List<Stmt> out = new ArrayList<>();
    for (Stmt s : list) {
      List<Stmt> replacement = edit.apply(s);
      if (replacement == null) {
        out.add(copy(s, edit));
      } else {
        for (Stmt r : replacement) {
          out.add(copy(r, edit));
        }
      }
    }
    return out;
  }

  private static Stmt copySingle(Stmt s, Function<Stmt, List<Stmt>> edit) {
    List<Stmt> replacement = edit.apply(s);
    if (replacement == null) {
      return copy(s, edit);
    }
    if (replacement.size() == 1 && replacement.get(0).simple()) {
      return copy(replacement.get(0), edit);
    }
    Block b = new Block();
    for (Stmt r : replacement) {
      b.stmts.add(copy(r, edit));
    }
    return b;
  }
}
