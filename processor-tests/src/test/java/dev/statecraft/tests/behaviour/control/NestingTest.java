package dev.statecraft.tests.behaviour.control;

import static dev.statecraft.tests.behaviour.Sequences.assertYields;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class NestingTest {
  @Test
  void primes() {
    assertYields(NestingTemplatesGen.primes(10), 2, 3, 5, 7, 11, 13, 17, 19, 23, 29);
  }

  @Test
  void collatz() {
    assertYields(NestingTemplatesGen.collatz(6), 6L, 3L, 10L, 5L, 16L, 8L, 4L, 2L, 1L);
    assertYields(NestingTemplatesGen.collatz(1), 1L);
  }

  @Test
  void tokenizer() {
    assertYields(NestingTemplatesGen.tokens("(ab 12)x"),
        "paren (", "word ab", "number 12", "paren )", "word x", "eof");
    assertYields(NestingTemplatesGen.tokens("  "), "eof");
  }

  @Test
  void interpreter() {
    assertYields(NestingTemplatesGen.commands(List.of("pa", "rx,y", "j4", "pskipped", "?", "ra,stop,b", "pnever")),
        "print a", "step 1", "repeat x", "repeat y", "step 2", "jump 4", "unknown ?", "step 5",
        "repeat a", "halt", "end");
  }

  @Test
  void parseAndCount() {
    assertYields(NestingTemplatesGen.parseAndCount(List.of("5", "x", "-2", "1")),
        "5#5", "5#2", "5#1", "bad x", "non-positive -2", "1#1", "errors 1");
  }

  @Test
  void diagonals() {
    assertYields(NestingTemplatesGen.diagonals(3),
        "centre 0", "00", "01 10", "centre 1", "02 11 20", "12 21", "centre 2", "22");
  }
}
