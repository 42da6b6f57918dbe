package dev.statecraft.tests.differential;

import dev.statecraft.tests.differential.ProgramScopes.Var;
import dev.statecraft.tests.differential.ProgramScopes.VType;
import dev.statecraft.tests.differential.RandomProgram.Elem;
import dev.statecraft.tests.differential.RandomProgram.ReturnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The expressions of a random program: int, long, String and boolean expressions over the
 * visible locals and the template's members, with side effects ({@code log.add}, {@code v++}),
 * short-circuits, conditionals, possible {@code ArithmeticException}s, and (in {@code @Async}
 * templates) awaits anywhere; yielded elements, {@code yieldAll} sources and awaited stages.
 * Never anything that could throw inside a finally block (see {@link Context#inFinally}).
 */
final class ExpressionGenerator {
  /** What the statement being generated allows. */
  interface Context {
    /** No suspension point here (a try body when suspending in try is off). */
    boolean noSuspend();

    /** Inside a finally block: nothing may throw (closing could not reproduce it). */
    boolean inFinally();
  }

  private final Random r;
  private final ProgramScopes scopes;
  private final Context context;
  private final boolean async;
  private final boolean instance;
  private final ReturnType returnType;
  private final String className;

  ExpressionGenerator(Random r, ProgramScopes scopes, Context context, boolean async,
      boolean instance, ReturnType returnType, String className) {
    this.r = r;
    this.scopes = scopes;
    this.context = context;
    this.async = async;
    this.instance = instance;
    this.returnType = returnType;
    this.className = className;
  }

  /** One of the template's futures: {@code fs.get(i)}. */
  String future() {
    return "fs.get(" + (r.nextInt(4) == 0 ? "Math.floorMod(" + intExpr(0) + ", 3)"
        : String.valueOf(r.nextInt(3))) + ")";
  }

  /** {@code await(stage)} of an int-valued stage. */
  String awaitCall() {
    switch (r.nextInt(6)) {
      case 0:
        return "await(completedFuture(" + intExpr(0) + "))";
      case 1: {
        String x = scopes.freshName("x");
        return "await(" + future() + ".thenApply(" + x + " -> " + x + " + 1))";
      }
      default:
        return "await(" + future() + ")";
    }
  }

  /** Whether an expression may contain an await here. */
  boolean mayAwait() {
    return async && !context.noSuspend();
  }

  String elementExpr() {
    switch (returnType.elem) {
      case OBJECT:
        return expr(pickType(), 2);
      case INTEGER:
      case INT:
        return intExpr(2);
      case STRING:
        return stringExpr(2);
      case LONG_BOXED:
        return longExpr(2);
      case LONG:
      case NUMBER:
        return r.nextBoolean() ? intExpr(2) : longExpr(2);
      default:
        return r.nextBoolean() ? intExpr(2) : "(" + intExpr(1) + " * 0.5)";
    }
  }

  String yieldAllSource() {
    Elem e = returnType.elem;
    if (e == Elem.STRING || (e == Elem.OBJECT && r.nextInt(3) == 0)) {
      switch (r.nextInt(4)) {
        case 0:
          return "List.of(" + stringExpr(1) + ", " + stringExpr(1) + ")";
        case 1:
          return "List.of(" + stringExpr(1) + ").iterator()";
        case 2:
          return "Stream.of(" + stringExpr(1) + ").onClose(() -> log.add(\"S" + scopes.id() + "\"))";
        default:
          return "List.<String>of()";
      }
    }
    if (e == Elem.LONG || e == Elem.LONG_BOXED) {
      return r.nextBoolean() ? "List.of(" + longExpr(1) + ", " + longExpr(1) + ")"
          : "LongStream.range(0, Math.floorMod(" + intExpr(1) + ", 3)).boxed()";
    }
    if (e == Elem.DOUBLE) {
      return r.nextBoolean() ? "List.of(0.5, 1.5)" : "Stream.of(" + intExpr(1) + " * 0.25)";
    }
    switch (r.nextInt(7)) {
      case 0:
        return "List.of(" + intExpr(1) + ", " + intExpr(1) + ")";
      case 1:
        return "List.of(" + intExpr(1) + ").iterator()";
      case 2:
        return "Stream.of(" + intExpr(1) + ", " + intExpr(1) + ")";
      case 3:
        return "IntStream.range(0, Math.floorMod(" + intExpr(1) + ", 4)).boxed()"
            + ".onClose(() -> log.add(\"S" + scopes.id() + "\"))";
      case 4: {
        if (context.inFinally()) {
          return "List.<Integer>of()";
        }
        String x = scopes.freshName("x");
        return "Stream.of(2, 1, 0).map(" + x + " -> 6 / " + x + ")";
      }
      case 5:
        return "List.<Integer>of()";
      default:
        return "List.of(" + intExpr(1) + ", " + intExpr(1) + ", " + intExpr(1) + ").iterator()";
    }
  }

  VType pickType() {
    int roll = r.nextInt(10);
    return roll < 5 ? VType.INT : roll < 7 ? VType.STRING : roll < 8 ? VType.LONG : VType.BOOL;
  }

  static String typeName(VType type) {
    switch (type) {
      case INT:
        return "int";
      case LONG:
        return "long";
      case STRING:
        return "String";
      default:
        return "boolean";
    }
  }

  String expr(VType type, int d) {
    switch (type) {
      case INT:
        return intExpr(d);
      case LONG:
        return longExpr(d);
      case STRING:
        return stringExpr(d);
      default:
        return bool(d);
    }
  }

  String intExpr(int d) {
    if (mayAwait() && r.nextInt(d <= 0 ? 12 : 6) == 0) {
      return awaitCall();
    }
    int roll = r.nextInt(d <= 0 ? 4 : 16);
    Var v = scopes.pickVar(VType.INT);
    switch (roll) {
      case 0:
      case 1:
        return String.valueOf(r.nextInt(10));
      case 2:
      case 3:
        return v != null ? v.name() : String.valueOf(r.nextInt(10));
      case 4:
        return "(" + intExpr(d - 1) + " + " + intExpr(d - 1) + ")";
      case 5:
        return "(" + intExpr(d - 1) + " - " + intExpr(d - 1) + ")";
      case 6:
        return "(" + intExpr(d - 1) + " * " + intExpr(d - 1) + ")";
      case 7:
        return "Math.floorMod(" + intExpr(d - 1) + ", " + (2 + r.nextInt(5)) + ")";
      case 8:
        return "(" + intExpr(d - 1) + " % " + (2 + r.nextInt(5)) + ")";
      case 9: {
        Var s = scopes.pickVar(VType.STRING);
        return s != null ? s.name() + ".length()" : "n";
      }
      case 10: {
        Var l = scopes.pickVar(VType.LONG);
        return l != null ? "(int) (" + l.name() + " % 1000)" : "n";
      }
      case 11:
        return "(" + bool(d - 1) + " ? " + intExpr(d - 1) + " : " + intExpr(d - 1) + ")";
      case 12: {
        Var f = scopes.pickVar(VType.SUPPLIER);
        if (f != null && r.nextBoolean()) {
          return f.name() + ".getAsInt()";
        }
        Var a = scopes.pickVar(VType.ARRAY);
        if (a != null && r.nextBoolean()) {
          return r.nextInt(4) == 0 ? a.name() + ".length"
              : a.name() + "[Math.floorMod(" + intExpr(d - 1) + ", 3)]";
        }
        Var rec = scopes.pickVar(VType.RECORD);
        if (rec != null && r.nextBoolean()) {
          return rec.name() + ".a()";
        }
        return f != null ? f.name() + ".getAsInt()" : "log.size()";
      }
      case 13:
        if (v != null && v.mutable() && r.nextInt(3) == 0) {
          return r.nextBoolean() ? v.name() + "++" : "--" + v.name();
        }
        return "n";
      case 14:
        return r.nextInt(4) == 0 && !context.inFinally() ? "(10 / " + intExpr(d - 1) + ")"
            : "(n + " + r.nextInt(3) + ")";
      default:
        if (r.nextInt(3) == 0) {
          return member(d);
        }
        return v != null ? v.name() : "n";
    }
  }

  /** A member of the template's class: fields and methods, static ones in static templates. */
  String member(int d) {
    switch (r.nextInt(instance ? 6 : 3)) {
      case 0:
        return "shared";
      case 1:
        return className + ".shared";
      case 2:
        return "thrice(" + intExpr(d - 1) + ")";
      case 3:
        return r.nextBoolean() ? "field" : "this.field";
      case 4:
        return "twice(" + intExpr(d - 1) + ")";
      default:
        return "this.twice(" + intExpr(d - 1) + ")";
    }
  }

  String longExpr(int d) {
    Var v = scopes.pickVar(VType.LONG);
    switch (r.nextInt(d <= 0 ? 2 : 5)) {
      case 0:
        return r.nextInt(10) + "L";
      case 1:
        return v != null ? v.name() : "(long) " + intExpr(0);
      case 2:
        return "(" + longExpr(d - 1) + " + " + intExpr(d - 1) + ")";
      case 3:
        return "((long) " + intExpr(d - 1) + " * " + (1 + r.nextInt(1000)) + "L)";
      default:
        return v != null ? v.name() : "(long) " + intExpr(d - 1);
    }
  }

  String stringExpr(int d) {
    Var v = scopes.pickVar(VType.STRING);
    switch (r.nextInt(d <= 0 ? 2 : 6)) {
      case 0:
        return "\"" + (char) ('a' + r.nextInt(5)) + "\"";
      case 1:
        return v != null ? v.name() : "\"" + (char) ('p' + r.nextInt(5)) + "\"";
      case 2:
        return "(\"" + (char) ('a' + r.nextInt(5)) + "\" + " + intExpr(d - 1) + ")";
      case 3:
        return "(" + stringExpr(d - 1) + " + " + stringExpr(d - 1) + ")";
      case 4:
        return "String.valueOf(" + (r.nextBoolean() ? longExpr(d - 1) : bool(d - 1)) + ")";
      default: {
        Var rec = scopes.pickVar(VType.RECORD);
        if (rec != null && r.nextInt(3) == 0) {
          return r.nextBoolean() ? rec.name() + ".b()" : "String.valueOf(" + rec.name() + ")";
        }
        return v != null ? v.name() : "(\"q\" + " + intExpr(d - 1) + ")";
      }
    }
  }

  String bool(int d) {
    Var v = scopes.pickVar(VType.BOOL);
    switch (r.nextInt(d <= 0 ? 3 : 9)) {
      case 0:
        return intExpr(0) + " < " + intExpr(0);
      case 1:
        return "Math.floorMod(" + intExpr(0) + ", 2) == 0";
      case 2:
        return v != null ? (r.nextBoolean() ? "!" : "") + v.name() : intExpr(0) + " >= 2";
      case 3:
        return "(" + bool(d - 1) + " && " + bool(d - 1) + ")";
      case 4:
        return "(" + bool(d - 1) + " || " + bool(d - 1) + ")";
      case 5:
        return "!(" + bool(d - 1) + ")";
      case 6: {
        Var s = scopes.pickVar(VType.STRING);
        return s != null ? s.name() + ".length() > " + r.nextInt(4) : intExpr(d - 1) + " == 1";
      }
      case 7:
        return "(" + intExpr(d - 1) + " > " + r.nextInt(3) + " && log.add(\"A" + scopes.id() + "\"))";
      default:
        return intExpr(d - 1) + " != " + intExpr(d - 1);
    }
  }

  /** A condition that holds about one time in five (for exits). */
  String rareCondition() {
    int mod = 4 + r.nextInt(4);
    return "Math.floorMod(" + intExpr(1) + ", " + mod + ") == " + r.nextInt(mod);
  }
}
