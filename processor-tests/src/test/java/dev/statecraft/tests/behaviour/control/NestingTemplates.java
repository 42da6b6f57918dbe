package dev.statecraft.tests.behaviour.control;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.List;

/** Realistic bodies mixing the constructs: each needs several of them to cooperate. */
class NestingTemplates {
  /** Labelled continue from a nested for to the outer for; a counter across yields. */
  @Generator
  static Iterable<Integer> primes(int count) {
    int found = 0;
    outer:
    for (int n = 2; found < count; n++) {
      for (int d = 2; d * d <= n; d++) {
        if (n % d == 0) {
          continue outer;
        }
      }
      yieldReturn(n);
      found++;
    }
    return done();
  }

  @Generator
  static Iterable<Long> collatz(long n) {
    while (n != 1) {
      yieldReturn(n);
      n = n % 2 == 0 ? n / 2 : 3 * n + 1;
    }
    yieldReturn(1L);
    return done();
  }

  /** A tokenizer: a while over characters with a switch inside, inner loops and yields in cases. */
  @Generator
  static Iterable<String> tokens(String input) {
    int i = 0;
    while (i < input.length()) {
      char c = input.charAt(i);
      switch (c) {
        case ' ':
          i++;
          continue;
        case '(':
        case ')':
          yieldReturn("paren " + c);
          i++;
          break;
        default:
          int start = i;
          if (Character.isDigit(c)) {
            while (i < input.length() && Character.isDigit(input.charAt(i))) {
              i++;
            }
            yieldReturn("number " + input.substring(start, i));
          } else {
            do {
              i++;
            } while (i < input.length() && Character.isLetter(input.charAt(i)));
            yieldReturn("word " + input.substring(start, i));
          }
      }
    }
    yieldReturn("eof");
    return done();
  }

  /** A for-each inside an arrow switch inside a while, left by a labelled break. */
  @Generator
  static Iterable<String> commands(List<String> script) {
    int pc = 0;
    run:
    while (pc < script.size()) {
      String cmd = script.get(pc++);
      switch (cmd.charAt(0)) {
        case 'p' -> yieldReturn("print " + cmd.substring(1));
        case 'r' -> {
          for (String part : cmd.substring(1).split(",")) {
            if (part.equals("stop")) {
              yieldReturn("halt");
              break run;
            }
            yieldReturn("repeat " + part);
          }
        }
        case 'j' -> {
          pc = Integer.parseInt(cmd.substring(1));
          yieldReturn("jump " + pc);
          continue run;
        }
        default -> yieldReturn("unknown " + cmd);
      }
      yieldReturn("step " + pc);
    }
    yieldReturn("end");
    return done();
  }

  /** A do/while inside an if inside a for-each, with continue and a try/catch without yields. */
  @Generator
  static Iterable<String> parseAndCount(List<String> inputs) {
    int errors = 0;
    for (String s : inputs) {
      int value;
      try {
        value = Integer.parseInt(s);
      } catch (NumberFormatException e) {
        errors++;
        yieldReturn("bad " + s);
        continue;
      }
      if (value > 0) {
        int k = value;
        do {
          yieldReturn(s + "#" + k);
          k /= 2;
        } while (k > 0);
      } else {
        yieldReturn("non-positive " + value);
      }
    }
    yieldReturn("errors " + errors);
    return done();
  }

  /** Diagonals of a square: nested loops on two variables bound by one another. */
  @Generator
  static Iterable<String> diagonals(int size) {
    for (int sum = 0; sum <= 2 * (size - 1); sum++) {
      StringBuilder line = new StringBuilder();
      for (int row = Math.max(0, sum - size + 1); row <= Math.min(sum, size - 1); row++) {
        int col = sum - row;
        line.append(row).append(col).append(' ');
        if (row == col) {
          yieldReturn("centre " + row);
        }
      }
      yieldReturn(line.toString().trim());
    }
    return done();
  }
}
