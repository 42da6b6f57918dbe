package dev.statecraft.tests.behaviour.control;

import static dev.statecraft.tests.behaviour.Sequences.assertEnded;
import static dev.statecraft.tests.behaviour.Sequences.assertYields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SwitchStatementsTest {
  private final List<String> log = new ArrayList<>();

  private static Object[] split(String s) {
    return s.split(",");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1 | one,one-or-two,after",
      "2 | one-or-two,after",
      "3 | three-or-four,default,after",
      "4 | three-or-four,default,after",
      "9 | default,after",
  })
  void fallthrough(int n, String expected) {
    assertYields(SwitchTemplatesGen.fallthrough(n), split(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1 | one,default,two",
      "2 | two",
      "3 | three",
      "7 | default,two",
  })
  void defaultInTheMiddle(int n, String expected) {
    assertYields(SwitchTemplatesGen.defaultInTheMiddle(n), split(expected));
  }

  @Test
  void caseGroupScopes() {
    assertYields(SwitchTemplatesGen.caseScope(1), "one", "two-ish", "two-ish!");
    assertYields(SwitchTemplatesGen.caseScope(2), "two-ish", "two-ish!");
    assertYields(SwitchTemplatesGen.caseScope(5), "other");
  }

  @Test
  void stringsWithCollidingHashCodes() {
    assertEquals("Aa".hashCode(), "BB".hashCode());
    assertYields(SwitchTemplatesGen.onString("Aa"), "Aa-case");
    assertYields(SwitchTemplatesGen.onString("BB"), "BB-case", "BB again");
    assertYields(SwitchTemplatesGen.onString(""), "empty");
    assertYields(SwitchTemplatesGen.onString("C#"), "default C#");
  }

  @Test
  void stringsArrowForm() {
    assertYields(SwitchTemplatesGen.onStringArrow("BB"), "collision BB", "hash 2112", "after");
    assertYields(SwitchTemplatesGen.onStringArrow("x"), "ex", "after");
    assertYields(SwitchTemplatesGen.onStringArrow("y"), "default", "after");
  }

  @Test
  void nullStringSelectorThrowsWhenReached() {
    Iterator<String> it = SwitchTemplatesGen.onString(null).iterator();
    assertThrows(NullPointerException.class, it::hasNext);
    assertEnded(it);
  }

  @Test
  void enums() {
    assertYields(SwitchTemplatesGen.onEnum(Color.RED), "red", "warm", "after RED");
    assertYields(SwitchTemplatesGen.onEnum(Color.GREEN), "green", "after GREEN");
    assertYields(SwitchTemplatesGen.onEnum(Color.BLUE), "after BLUE");
    assertYields(SwitchTemplatesGen.onEnumArrow(SwitchTemplates.Size.SMALL), "s", "after");
    assertYields(SwitchTemplatesGen.onEnumArrow(SwitchTemplates.Size.MEDIUM), "m-or-l", "after");
    assertYields(SwitchTemplatesGen.onEnumArrow(SwitchTemplates.Size.LARGE), "m-or-l", "l", "after");
  }

  @Test
  void intArrowForm() {
    assertYields(SwitchTemplatesGen.onIntArrow(0), "zero");
    assertYields(SwitchTemplatesGen.onIntArrow(2), "small 0", "small 1");
    assertYields(SwitchTemplatesGen.onIntArrow(7), "big");
    Iterator<String> it = SwitchTemplatesGen.onIntArrow(-1).iterator();
    assertEquals("minus one", assertThrows(IllegalStateException.class, it::hasNext).getMessage());
  }

  @Test
  void charByteAndBoxedSelectors() {
    assertYields(SwitchTemplatesGen.otherSelectors('a', (byte) -1, 42), "char a", "byte minus one", "answer");
    assertYields(SwitchTemplatesGen.otherSelectors('z', (byte) 5, 7), "char other", "byte 5", "boxed 7");
  }

  @Test
  void selectorIsEvaluatedOnce() {
    assertYields(SwitchTemplatesGen.selectorOnce(log, 1), "a", "b", "c");
    assertEquals(List.of("selector"), log);
  }

  @Test
  void nestedSwitches() {
    assertYields(SwitchTemplatesGen.nested(1, "x"), "a1");
    assertYields(SwitchTemplatesGen.nested(2, "x"), "a?", "bx", "end default");
    assertYields(SwitchTemplatesGen.nested(2, ""), "a?", "b?", "empty b", "end default");
    assertYields(SwitchTemplatesGen.nested(2, "yz"), "a?", "b?", "long b", "end default");
  }

  @Test
  void yieldOnlyInDefault() {
    assertYields(SwitchTemplatesGen.yieldOnlyInDefault(List.of(1, 3, 4, 6, 9, 11)), 1, 4, 11, -3);
  }
}
