package dev.statecraft.tests.behaviour.async;

import static dev.statecraft.tests.behaviour.async.Completions.failureNow;
import static dev.statecraft.tests.behaviour.async.Completions.runOnThread;
import static dev.statecraft.tests.behaviour.async.Completions.valueNow;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Java's evaluation order around awaits (JLS 15.7; DESIGN.md: "operands to the left of an await
 * are evaluated, and string-converted in a concatenation, before it suspends; compound
 * assignments read their left side first"; the right side of {@code &&}/{@code ||} and the
 * untaken branch of {@code ?:} never run). Where the difference can only show while the machine
 * is suspended, the test changes the state the expression reads during the suspension.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class EvaluationOrderTest {
  private final List<String> log = Collections.synchronizedList(new ArrayList<>());

  private static <T> CompletableFuture<T> done(T value) {
    return CompletableFuture.completedFuture(value);
  }

  private static <T> void completeElsewhere(CompletableFuture<T> future, T value) {
    runOnThread("completer", () -> future.complete(value));
  }

  @Test
  void argumentsLeftOfTheAwaitAreEvaluatedBeforeItSuspendsAndTheRestAfter() {
    CompletableFuture<Integer> b = new CompletableFuture<>();
    CompletableFuture<String> result = OrderTemplatesGen.arguments(log, b);
    assertEquals(List.of("a=1", "stage b"), log);
    completeElsewhere(b, 2);
    assertEquals("f(1,2,3)", valueNow(result));
    assertEquals(List.of("a=1", "stage b", "c=3", "f(1,2,3)"), log);
  }

  @Test
  void argumentsInOrderOnTheFastPath() {
    assertEquals("f(1,2,3)", valueNow(OrderTemplatesGen.arguments(log, done(2))));
    assertEquals(List.of("a=1", "stage b", "c=3", "f(1,2,3)"), log);
  }

  @Test
  void argumentsRightOfAFailedAwaitAreNeverEvaluated() {
    IllegalStateException boom = new IllegalStateException();
    CompletableFuture<String> result =
        OrderTemplatesGen.arguments(log, CompletableFuture.failedFuture(boom));
    assertEquals(boom, failureNow(result));
    assertEquals(List.of("a=1", "stage b"), log);
  }

  @Test
  void constructorArgumentsInOrder() {
    CompletableFuture<String> b = new CompletableFuture<>();
    CompletableFuture<String> result = OrderTemplatesGen.constructorArguments(log, b);
    assertEquals(List.of("a=x", "stage b"), log);
    completeElsewhere(b, "y");
    assertEquals("xyz", valueNow(result));
    assertEquals(List.of("a=x", "stage b", "c=z"), log);
  }

  @Test
  void compoundAssignmentToAFieldReadsTheFieldBeforeSuspending() {
    OrderTemplates self = new OrderTemplates(log);
    self.total = 1;
    CompletableFuture<Integer> value = new CompletableFuture<>();
    CompletableFuture<Integer> result = OrderTemplatesGen.addToTotal(self, value);
    self.total = 100; // changed while suspended: Java already read 1
    completeElsewhere(value, 5);
    assertEquals(6, valueNow(result));
    assertEquals(6, self.total);
  }

  @Test
  void compoundAssignmentToAStringField() {
    OrderTemplates self = new OrderTemplates(log);
    self.text = "ab";
    CompletableFuture<String> value = new CompletableFuture<>();
    CompletableFuture<String> result = OrderTemplatesGen.appendToText(self, value);
    self.text = "changed";
    completeElsewhere(value, "c");
    assertEquals("abc", valueNow(result));
  }

  @Test
  void compoundAssignmentToAStaticField() {
    OrderTemplates.counter = 3;
    CompletableFuture<Integer> value = new CompletableFuture<>();
    CompletableFuture<Integer> result = OrderTemplatesGen.multiplyCounter(value);
    OrderTemplates.counter = 1000;
    completeElsewhere(value, 7);
    assertEquals(21, valueNow(result));
    assertEquals(21, OrderTemplates.counter);
  }

  @Test
  void compoundAssignmentThroughAReferenceReadsTheFieldBeforeSuspending() {
    OrderTemplates holder = new OrderTemplates(log);
    holder.total = 1;
    CompletableFuture<Integer> value = new CompletableFuture<>();
    CompletableFuture<Integer> result =
        OrderTemplatesGen.addThroughReference(log, holder, value);
    assertEquals(List.of("holder", "stage value"), log);
    holder.total = 100;
    completeElsewhere(value, 4);
    assertEquals(5, valueNow(result));
  }

  @Test
  void compoundAssignmentThroughANullReferenceThrowsBeforeTheRightSide() {
    CompletableFuture<Integer> result =
        OrderTemplatesGen.addThroughReference(log, null, new CompletableFuture<>());
    assertInstanceOf(NullPointerException.class, failureNow(result));
    assertEquals(List.of("holder"), log, "JLS 15.26.2: the right side is not evaluated");
  }

  @Test
  void compoundAssignmentToAnArrayElementReadsTheElementBeforeSuspending() {
    int[] slots = {1, 2};
    CompletableFuture<Integer> value = new CompletableFuture<>();
    CompletableFuture<String> result = OrderTemplatesGen.addToElement(log, slots, value);
    assertEquals(List.of("array", "stage value"), log);
    slots[1] = 100;
    completeElsewhere(value, 40);
    assertEquals("1,42,2", valueNow(result));
    assertArrayEquals(new int[] {1, 42}, slots);
  }

  @Test
  void compoundAssignmentToAMissingArrayElementThrowsBeforeTheRightSide() {
    CompletableFuture<String> nullArray =
        OrderTemplatesGen.addToElement(log, null, new CompletableFuture<>());
    assertInstanceOf(NullPointerException.class, failureNow(nullArray));
    CompletableFuture<String> tooShort =
        OrderTemplatesGen.addToElement(log, new int[1], new CompletableFuture<>());
    assertInstanceOf(ArrayIndexOutOfBoundsException.class, failureNow(tooShort));
    assertEquals(List.of("array", "array"), log, "JLS 15.26.2: the right side is not evaluated");
  }

  @Test
  void aLocalLeftOfAnAwaitIsReadBeforeTheAwaitArgumentReassignsIt() {
    assertEquals(11, valueNow(OrderTemplatesGen.localReadBeforeAwaitArgument()));
  }

  @Test
  void aLocalArgumentIsReadBeforeALaterArgumentReassignsIt() {
    CompletableFuture<String> s = new CompletableFuture<>();
    CompletableFuture<String> result = OrderTemplatesGen.localArgumentBeforeAssignment(s);
    completeElsewhere(s, "s");
    assertEquals("1,2,s", valueNow(result));
  }

  @Test
  void compoundAssignmentToALocalReadsItBeforeTheRightSide() {
    assertEquals(11, valueNow(OrderTemplatesGen.compoundReadsFirst()));
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void compoundAssignmentNarrowsToTheVariableType(boolean now) {
    CompletableFuture<Double> value = now ? done(2.5) : new CompletableFuture<>();
    CompletableFuture<Integer> result = OrderTemplatesGen.compoundNarrows(value);
    if (!now) {
      completeElsewhere(value, 2.5);
    }
    int x = 7;
    x *= 2.5;
    short s = 1;
    s += 2.5;
    assertEquals(x * 1000 + s, valueNow(result));
  }

  @Test
  void concatenationConvertsTheLeftSideBeforeSuspending() {
    StringBuilder sb = new StringBuilder("before");
    CompletableFuture<String> s = new CompletableFuture<>();
    CompletableFuture<String> result = OrderTemplatesGen.concatenation(sb, s);
    sb.append("-changed");
    completeElsewhere(s, "!");
    assertEquals("before!", valueNow(result));
  }

  @Test
  void aBuilderLocalLeftOfAnAwaitIsStringConvertedBeforeSuspending() {
    // As javac does since JDK 19 (JDK-8273914): the left operand is converted before the right
    // one is evaluated.
    StringBuilder sb = new StringBuilder("before");
    CompletableFuture<String> s = new CompletableFuture<>();
    CompletableFuture<String> result = OrderTemplatesGen.builderLeftOfAwait(sb, s);
    sb.append("-changed");
    completeElsewhere(s, "!");
    assertEquals("before!", valueNow(result));
  }

  @Test
  void numericAdditionLeftOfAConcatenatedAwaitKeepsItsGrouping() {
    CompletableFuture<String> s = new CompletableFuture<>();
    CompletableFuture<String> result = OrderTemplatesGen.numbersThenText(s);
    completeElsewhere(s, "x");
    assertEquals("3x", valueNow(result));
    assertEquals("3y", valueNow(OrderTemplatesGen.numbersThenText(done("y"))));
  }

  @Test
  void concatenationOfMembersTakesTheirTextBeforeSuspending() {
    OrderTemplates self = new OrderTemplates(log);
    self.target.append("t");
    self.text = "x";
    CompletableFuture<String> s = new CompletableFuture<>();
    CompletableFuture<String> result = OrderTemplatesGen.concatenationOfMembers(self, s);
    self.target.append("2");
    self.text = "changed";
    completeElsewhere(s, "!");
    assertEquals("[t|x]![t2]", valueNow(result));
  }

  @Test
  void concatenationBetweenTwoAwaitsReadsTheMiddleBeforeTheSecond() {
    StringBuilder sb = new StringBuilder("m");
    CompletableFuture<String> a = new CompletableFuture<>();
    CompletableFuture<String> b = new CompletableFuture<>();
    CompletableFuture<String> result = OrderTemplatesGen.concatenationBetween(sb, a, b);
    sb.append("1"); // before the first await resumes: read after it, so seen
    completeElsewhere(a, "A");
    sb.append("2"); // while suspended at the second await: already converted
    completeElsewhere(b, "B");
    assertEquals("A:m1:B", valueNow(result));
  }

  @Test
  void theReceiverIsEvaluatedBeforeTheArguments() {
    CompletableFuture<String> s = new CompletableFuture<>();
    CompletableFuture<String> result = OrderTemplatesGen.receiverFirst(log, s);
    assertEquals(List.of("receiver=r:", "target=r:", "stage s"), log);
    completeElsewhere(s, "x");
    assertEquals("r:x", valueNow(result));
  }

  @Test
  void aFieldReceiverReplacedDuringTheSuspensionStillReceivesTheCall() {
    OrderTemplates self = new OrderTemplates(log);
    StringBuilder original = self.target.append("o:");
    CompletableFuture<String> s = new CompletableFuture<>();
    CompletableFuture<String> result = OrderTemplatesGen.fieldReceiver(self, s);
    self.target = new StringBuilder("new:");
    completeElsewhere(s, "x");
    assertEquals("o:x", original.toString());
    assertEquals("new:", valueNow(result), "the later read sees the new field");
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void anAwaitAsTheReceiver(boolean now) {
    CompletableFuture<String> s = now ? done("abcd") : new CompletableFuture<>();
    CompletableFuture<Integer> result = OrderTemplatesGen.awaitAsReceiver(s);
    if (!now) {
      completeElsewhere(s, "abcd");
    }
    assertEquals(4 + 2, valueNow(result));
  }

  @Test
  void aNullReceiverThrowsAfterItsArgumentsAreEvaluated() {
    CompletableFuture<String> s = new CompletableFuture<>();
    CompletableFuture<String> result = OrderTemplatesGen.nullReceiver(null, log, s);
    assertEquals(List.of("before", "stage s"), log);
    assertFalse(result.isDone(), "the argument's await suspends before the NPE");
    completeElsewhere(s, "x");
    assertInstanceOf(NullPointerException.class, failureNow(result));
    assertEquals(List.of("before", "stage s"), log);
  }

  @ParameterizedTest(name = "left={0}")
  @ValueSource(booleans = {true, false})
  void shortCircuitOperatorsAndConditionalSkipTheUntakenSide(boolean left) {
    CompletableFuture<Boolean> right = new CompletableFuture<>();
    CompletableFuture<String> a = new CompletableFuture<>();
    CompletableFuture<String> b = new CompletableFuture<>();
    CompletableFuture<String> result =
        OrderTemplatesGen.shortCircuits(log, left, right, left, a, b);
    completeElsewhere(right, true);
    completeElsewhere(left ? a : b, left ? "A" : "B");
    if (left) {
      assertEquals("true true A", valueNow(result));
      assertEquals(List.of("l&&=true", "stage r&&", "l||=true", "c=true", "stage a"), log);
    } else {
      assertEquals("false true B", valueNow(result));
      assertEquals(List.of("l&&=false", "l||=false", "stage r||", "c=false", "stage b"), log);
    }
  }

  @Test
  void awaitedShortCircuitsWithAFalseLeftSide() {
    CompletableFuture<Boolean> l = new CompletableFuture<>();
    CompletableFuture<Boolean> r = new CompletableFuture<>();
    CompletableFuture<String> result = OrderTemplatesGen.awaitedShortCircuits(log, l, r);
    assertEquals(List.of("stage l1"), log);
    completeElsewhere(l, false);
    assertEquals(List.of("stage l1", "stage l2", "stage r2"), log);
    completeElsewhere(r, true);
    assertEquals("or false", valueNow(result));
    assertEquals(List.of("stage l1", "stage l2", "stage r2", "stage l3", "stage r3", "stage r4"),
        log);
  }

  @Test
  void awaitedShortCircuitsWithATrueLeftSide() {
    CompletableFuture<Boolean> l = new CompletableFuture<>();
    CompletableFuture<Boolean> r = new CompletableFuture<>();
    CompletableFuture<String> result = OrderTemplatesGen.awaitedShortCircuits(log, l, r);
    completeElsewhere(l, true);
    assertEquals(List.of("stage l1", "stage r1"), log);
    completeElsewhere(r, false);
    assertEquals("or true", valueNow(result));
    assertEquals(List.of("stage l1", "stage r1", "stage l2", "stage l3", "stage r4"), log);
  }

  @ParameterizedTest(name = "condition={0}")
  @ValueSource(booleans = {true, false})
  void conditionalWithAnAwaitedCondition(boolean condition) {
    CompletableFuture<Boolean> c = new CompletableFuture<>();
    CompletableFuture<Integer> a = new CompletableFuture<>();
    CompletableFuture<Integer> result = OrderTemplatesGen.conditional(log, c, a);
    completeElsewhere(c, condition);
    if (condition) {
      assertEquals(List.of("stage c", "stage a"), log);
      completeElsewhere(a, 5);
      assertEquals(5 + 10, valueNow(result));
    } else {
      assertEquals(-1 + -2, valueNow(result));
      assertEquals(List.of("stage c", "other=-1", "other2=-2"), log);
    }
  }

  @Test
  void arrayStoresEvaluateArrayThenIndexThenValue() {
    OrderTemplates self = new OrderTemplates(log);
    int[] original = self.slots;
    CompletableFuture<Integer> index = new CompletableFuture<>();
    CompletableFuture<Integer> value = new CompletableFuture<>();
    CompletableFuture<String> result = OrderTemplatesGen.arrayStore(self, index, value);
    assertEquals(List.of("i=1", "stage v"), log);
    self.slots = new int[4]; // replaced while suspended: the store goes to the original
    completeElsewhere(value, 9);
    assertEquals(9, original[1]);
    assertEquals(0, self.slots[1]);
    assertEquals(List.of("i=1", "stage v", "stage i2"), log);
    completeElsewhere(index, 2);
    assertEquals(List.of("i=1", "stage v", "stage i2", "v2=7"), log);
    assertEquals("0,0,7,7", valueNow(result));
    assertArrayEquals(new int[] {0, 9, 0, 0}, original);
  }

  @Test
  void anAwaitedIndexIntoANullArrayThrowsAfterTheAwait() {
    CompletableFuture<Integer> index = new CompletableFuture<>();
    CompletableFuture<Integer> result = OrderTemplatesGen.arrayIndex(null, log, index);
    assertEquals(List.of("stage index"), log);
    assertFalse(result.isDone());
    completeElsewhere(index, 0);
    assertInstanceOf(NullPointerException.class, failureNow(result));
  }

  @Test
  void anAwaitedIndexOutOfBoundsThrowsAfterTheAwait() {
    CompletableFuture<Integer> index = new CompletableFuture<>();
    CompletableFuture<Integer> result = OrderTemplatesGen.arrayIndex(new int[] {4}, log, index);
    completeElsewhere(index, 1);
    assertInstanceOf(ArrayIndexOutOfBoundsException.class, failureNow(result));
    assertEquals(4, valueNow(OrderTemplatesGen.arrayIndex(new int[] {4}, log, done(0))));
    assertEquals(List.of("stage index", "stage index", "read 4"), log);
  }

  @Test
  void storingIntoANullArrayEvaluatesTheRightSideFirst() {
    CompletableFuture<Integer> value = new CompletableFuture<>();
    CompletableFuture<String> result = OrderTemplatesGen.storeIntoNull(null, log, value);
    assertEquals(List.of("i=0", "stage value"), log);
    assertFalse(result.isDone());
    completeElsewhere(value, 1);
    assertInstanceOf(NullPointerException.class, failureNow(result));
    assertEquals(List.of("i=0", "stage value"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void newArraysSizedAndFilledByAwaits(boolean now) {
    CompletableFuture<Integer> n = now ? done(3) : new CompletableFuture<>();
    CompletableFuture<String> result = OrderTemplatesGen.newArrays(n);
    if (!now) {
      completeElsewhere(n, 3);
    }
    assertEquals("3x4 a3c", valueNow(result));
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void unaryCastAndPatternOperators(boolean now) {
    CompletableFuture<Integer> n = now ? done(5) : new CompletableFuture<>();
    CompletableFuture<Object> o = now ? done("xy") : new CompletableFuture<>();
    CompletableFuture<String> later = now ? done("-") : new CompletableFuture<>();
    CompletableFuture<String> result = OrderTemplatesGen.operators(n, o, later);
    if (!now) {
      completeElsewhere(n, 5);
      completeElsewhere(o, "xy");
      completeElsewhere(later, "-");
    }
    assertEquals("-5 false " + (5L << 33) + " xy-2-xy", valueNow(result));
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void anAwaitAsThePatternOperandWithTheBindingLivingAcrossAnAwait(boolean now) {
    CompletableFuture<Object> o = now ? done("xy") : new CompletableFuture<>();
    CompletableFuture<String> later = now ? done("-") : new CompletableFuture<>();
    CompletableFuture<String> result = OrderTemplatesGen.patternAcrossAwait(o, later);
    if (!now) {
      completeElsewhere(o, "xy");
      completeElsewhere(later, "-");
    }
    assertEquals("xy-2", valueNow(result));
    assertEquals("other", valueNow(OrderTemplatesGen.patternAcrossAwait(done(4), later)));
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void anAwaitAsThePatternOperand(boolean now) {
    CompletableFuture<Object> o = now ? done("xy") : new CompletableFuture<>();
    CompletableFuture<String> result = OrderTemplatesGen.patternOfAwait(o);
    if (!now) {
      completeElsewhere(o, "xy");
    }
    assertEquals("string xy", valueNow(result));
    assertEquals("other", valueNow(OrderTemplatesGen.patternOfAwait(done(""))));
  }

  @Test
  void assignmentThroughAReceiverEvaluatesTheReceiverFirst() {
    OrderTemplates holder = new OrderTemplates(log);
    CompletableFuture<Integer> value = new CompletableFuture<>();
    CompletableFuture<Integer> result =
        OrderTemplatesGen.assignThroughReceiver(log, holder, value);
    assertEquals(List.of("holder=" + holder, "stage value"), log);
    completeElsewhere(value, 8);
    assertEquals(8, valueNow(result));
  }
}
