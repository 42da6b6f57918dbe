package dev.statecraft.tests.behaviour.async;

import static dev.statecraft.runtime.Coroutines.await;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.statecraft.Async;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Templates for Java's evaluation order around awaits (JLS 15.7, DESIGN.md "Java constructs
 * inside bodies"): operands left of an await are evaluated, and string-converted in a
 * concatenation, before it suspends; compound assignments read their left side first; the right
 * side of {@code &&}/{@code ||} and the untaken branch of {@code ?:} never run. The helpers log
 * each evaluation.
 */
class OrderTemplates {
  static int counter;

  final List<String> log;
  int total;
  String text = "";
  StringBuilder target = new StringBuilder();
  int[] slots = new int[4];

  OrderTemplates(List<String> log) {
    this.log = log;
  }

  /** Logs {@code name=value} and returns {@code value}. */
  static <T> T v(List<String> log, String name, T value) {
    log.add(name + "=" + value);
    return value;
  }

  /** Logs that the stage expression {@code name} was evaluated and returns the stage. */
  static <T> CompletableFuture<T> stage(List<String> log, String name, CompletableFuture<T> f) {
    log.add("stage " + name);
    return f;
  }

  /** Logs {@code name} and returns {@code value}. */
  static <T> T at(List<String> log, String name, T value) {
    log.add(name);
    return value;
  }

  static String join(Object a, Object b, Object c) {
    return a + "," + b + "," + c;
  }

  static String call(List<String> log, Object a, Object b, Object c) {
    String text = "f(" + a + "," + b + "," + c + ")";
    log.add(text);
    return text;
  }

  /** {@code f(a(), await(b), c())} */
  @Async
  static CompletableFuture<String> arguments(List<String> log, CompletableFuture<Integer> b) {
    return completedFuture(call(log, v(log, "a", 1), await(stage(log, "b", b)), v(log, "c", 3)));
  }

  /** A constructor's arguments, in order. */
  @Async
  static CompletableFuture<String> constructorArguments(List<String> log,
      CompletableFuture<String> b) {
    ArrayList<String> list = new ArrayList<>(List.of(v(log, "a", "x"), await(stage(log, "b", b)),
        v(log, "c", "z")));
    return completedFuture(String.join("", list));
  }

  /** {@code total += await(v)}: the field is read before the await suspends. */
  @Async
  CompletableFuture<Integer> addToTotal(CompletableFuture<Integer> value) {
    total += await(value);
    return completedFuture(total);
  }

  /** {@code text += await(v)} on a String field. */
  @Async
  CompletableFuture<String> appendToText(CompletableFuture<String> value) {
    text += await(value);
    return completedFuture(text);
  }

  /** {@code counter *= await(v)} on a static field. */
  @Async
  static CompletableFuture<Integer> multiplyCounter(CompletableFuture<Integer> value) {
    counter *= await(value);
    return completedFuture(counter);
  }

  /** A local read before its right side reassigns it (JLS 15.26.2). */
  @Async
  static CompletableFuture<Integer> compoundReadsFirst() {
    int x = 1;
    x += await(completedFuture(x = 10));
    return completedFuture(x);
  }

  /** A compound assignment narrowing back to the variable's type. */
  @Async
  static CompletableFuture<Integer> compoundNarrows(CompletableFuture<Double> value) {
    int x = 7;
    x *= await(value);
    short s = 1;
    s += await(value);
    return completedFuture(x * 1000 + s);
  }

  /** {@code "" + sb + await(s)}: sb is string-converted before the await suspends. */
  @Async
  static CompletableFuture<String> concatenation(StringBuilder sb, CompletableFuture<String> s) {
    return completedFuture("" + sb + await(s));
  }

  /** A field's text and a call's result taken before the await. */
  @Async
  CompletableFuture<String> concatenationOfMembers(CompletableFuture<String> s) {
    String joined = "[" + target + "|" + text + "]" + await(s) + "[" + target + "]";
    return completedFuture(joined);
  }

  /** Two awaits in one concatenation, with a mutable value between them. */
  @Async
  static CompletableFuture<String> concatenationBetween(StringBuilder sb,
      CompletableFuture<String> a, CompletableFuture<String> b) {
    return completedFuture(await(a) + ":" + sb + ":" + await(b));
  }

  /** The receiver is evaluated before the arguments. */
  @Async
  static CompletableFuture<String> receiverFirst(List<String> log, CompletableFuture<String> s) {
    StringBuilder sb = v(log, "receiver", new StringBuilder("r:"));
    String out = v(log, "target", sb).append(await(stage(log, "s", s))).toString();
    return completedFuture(out);
  }

  /** A field receiver replaced during the suspension still receives the call. */
  @Async
  CompletableFuture<String> fieldReceiver(CompletableFuture<String> s) {
    target.append(await(s));
    return completedFuture(target.toString());
  }

  /** An await as the receiver. */
  @Async
  static CompletableFuture<Integer> awaitAsReceiver(CompletableFuture<String> s) {
    return completedFuture(await(s).length() + await(s).indexOf('c'));
  }

  /** Null receiver: the arguments (with their await) are evaluated before the NPE (JLS 15.12.4). */
  @Async
  static CompletableFuture<String> nullReceiver(StringBuilder maybeNull, List<String> log,
      CompletableFuture<String> s) {
    log.add("before");
    String out = maybeNull.append(await(stage(log, "s", s))).toString();
    log.add("after");
    return completedFuture(out);
  }

  /** {@code l && await(r)}, {@code l || await(r)}, {@code c ? await(a) : await(b)}. */
  @Async
  static CompletableFuture<String> shortCircuits(List<String> log, boolean left,
      CompletableFuture<Boolean> right, boolean condition, CompletableFuture<String> a,
      CompletableFuture<String> b) {
    boolean and = v(log, "l&&", left) && await(stage(log, "r&&", right));
    boolean or = v(log, "l||", left) || await(stage(log, "r||", right));
    String choice = v(log, "c", condition) ? await(stage(log, "a", a)) : await(stage(log, "b", b));
    return completedFuture(and + " " + or + " " + choice);
  }

  /** Both sides suspending: {@code await(l) && await(r)}, {@code await(l) || await(r)}. */
  @Async
  static CompletableFuture<String> awaitedShortCircuits(List<String> log,
      CompletableFuture<Boolean> l, CompletableFuture<Boolean> r) {
    String out = "";
    if (await(stage(log, "l1", l)) && await(stage(log, "r1", r))) {
      out += "and ";
    }
    if (await(stage(log, "l2", l)) || await(stage(log, "r2", r))) {
      out += "or ";
    }
    boolean nested = (await(stage(log, "l3", l)) || await(stage(log, "r3", r)))
        && !await(stage(log, "r4", r));
    return completedFuture(out + nested);
  }

  /** A conditional whose condition awaits, with branches that await or not. */
  @Async
  static CompletableFuture<Integer> conditional(List<String> log, CompletableFuture<Boolean> c,
      CompletableFuture<Integer> a) {
    int x = await(stage(log, "c", c)) ? await(stage(log, "a", a)) : v(log, "other", -1);
    int y = !await(c) ? v(log, "other2", -2) : await(a) * 2;
    return completedFuture(x + y);
  }

  /** Array reads and writes: array, then index, then value (JLS 15.26.1). */
  @Async
  CompletableFuture<String> arrayStore(CompletableFuture<Integer> index,
      CompletableFuture<Integer> value) {
    slots[v(log, "i", 1)] = await(stage(log, "v", value));
    slots[await(stage(log, "i2", index))] = v(log, "v2", 7);
    int read = slots[await(index)] + slots[1];
    return completedFuture(slots[0] + "," + slots[1] + "," + slots[2] + "," + read);
  }

  /** An await in the index of an array that is null or too short: thrown after the await. */
  @Async
  static CompletableFuture<Integer> arrayIndex(int[] array, List<String> log,
      CompletableFuture<Integer> index) {
    int value = array[await(stage(log, "index", index))];
    log.add("read " + value);
    return completedFuture(value);
  }

  /** Storing into a null array: the right side is evaluated (and awaited) first. */
  @Async
  static CompletableFuture<String> storeIntoNull(int[] array, List<String> log,
      CompletableFuture<Integer> value) {
    array[v(log, "i", 0)] = await(stage(log, "value", value));
    log.add("stored");
    return completedFuture("stored");
  }

  /** New arrays sized by an await. */
  @Async
  static CompletableFuture<String> newArrays(CompletableFuture<Integer> n) {
    int[][] grid = new int[await(n)][await(n) + 1];
    String[] names = new String[] {"a", String.valueOf(await(n)), "c"};
    return completedFuture(grid.length + "x" + grid[0].length + " " + String.join("", names));
  }

  /** Unary operators, casts and instanceof around awaits. */
  @Async
  static CompletableFuture<String> operators(CompletableFuture<Integer> n,
      CompletableFuture<Object> o, CompletableFuture<String> later) {
    int neg = -await(n);
    boolean not = !(await(n) > 3);
    long widened = (long) await(n) << 33;
    String text = "";
    if (await(o) instanceof String && !((String) await(o)).isEmpty()) {
      Object value = await(o);
      text = value + await(later) + ((String) value).length();
    }
    Object after = await(o);
    if (after instanceof String s) {
      text += await(later) + s;
    }
    return completedFuture(neg + " " + not + " " + widened + " " + text);
  }

  /** An await as the operand of an instanceof pattern whose binding lives across an await. */
  @Async
  static CompletableFuture<String> patternAcrossAwait(CompletableFuture<Object> o,
      CompletableFuture<String> later) {
    if (await(o) instanceof String s && !s.isEmpty()) {
      return completedFuture(s + await(later) + s.length());
    }
    return completedFuture("other");
  }

  /** An await as the operand of an instanceof pattern used only in the condition and branch. */
  @Async
  static CompletableFuture<String> patternOfAwait(CompletableFuture<Object> o) {
    if (await(o) instanceof String s && !s.isEmpty()) {
      return completedFuture("string " + s);
    }
    return completedFuture("other");
  }

  /** An assignment of an await to a field through a changing receiver. */
  @Async
  static CompletableFuture<Integer> assignThroughReceiver(List<String> log,
      OrderTemplates holder, CompletableFuture<Integer> value) {
    v(log, "holder", holder).total = await(stage(log, "value", value));
    return completedFuture(holder.total);
  }

  /** JLS 15.7.1: the left operand {@code x} is read (1) before the await's argument assigns 10. */
  @Async
  static CompletableFuture<Integer> localReadBeforeAwaitArgument() {
    int x = 1;
    int r = x + await(completedFuture(x = 10));
    return completedFuture(r);
  }

  /** JLS 15.7.4: argument {@code x} is read (1) before the next argument assigns 2. */
  @Async
  static CompletableFuture<String> localArgumentBeforeAssignment(CompletableFuture<String> s) {
    int x = 1;
    return completedFuture(join(x, x = 2, await(s)));
  }

  /** {@code sb + await(s)}: a non-String local is string-converted before the await suspends. */
  @Async
  static CompletableFuture<String> builderLeftOfAwait(StringBuilder sb,
      CompletableFuture<String> s) {
    return completedFuture(sb + await(s));
  }

  /** {@code one + 2 + await(s)} is {@code (one + 2) + await(s)}. */
  @Async
  static CompletableFuture<String> numbersThenText(CompletableFuture<String> s) {
    int one = 1;
    return completedFuture(one + 2 + await(s));
  }

  /** Compound assignment to a field through a reference (JLS 15.26.2). */
  @Async
  static CompletableFuture<Integer> addThroughReference(List<String> log, OrderTemplates holder,
      CompletableFuture<Integer> value) {
    at(log, "holder", holder).total += await(stage(log, "value", value));
    return completedFuture(holder.total);
  }

  /** Compound assignment to an array element (JLS 15.26.2). */
  @Async
  static CompletableFuture<String> addToElement(List<String> log, int[] slots,
      CompletableFuture<Integer> value) {
    int i = 1;
    at(log, "array", slots)[i++] += await(stage(log, "value", value));
    return completedFuture(slots[0] + "," + slots[1] + "," + i);
  }
}
