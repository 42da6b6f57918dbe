package dev.statecraft.tests.golden;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified-style line diff for golden failures: hunks with three lines of context, {@code -}
 * for expected lines, {@code +} for generated ones, found by a longest-common-subsequence table
 * (generated files are a few hundred lines, so the quadratic table is small).
 */
final class LineDiff {
  private static final int CONTEXT = 3;

  private LineDiff() {}

  static String unified(String expected, String actual) {
    String[] a = expected.split("\n", -1);
    String[] b = actual.split("\n", -1);
    int[][] common = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        common[i][j] = a[i].equals(b[j])
            ? common[i + 1][j + 1] + 1
            : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    // One entry per output line: ' ', '-' or '+', with the line numbers it belongs to.
    List<String> lines = new ArrayList<>();
    List<int[]> positions = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        lines.add(" " + a[i]);
        positions.add(new int[] {++i, ++j});
      } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
        lines.add("-" + a[i]);
        positions.add(new int[] {++i, j});
      } else {
        lines.add("+" + b[j]);
        positions.add(new int[] {i, ++j});
      }
    }
    return hunks(lines, positions);
  }

  private static String hunks(List<String> lines, List<int[]> positions) {
    StringBuilder out = new StringBuilder();
    int k = 0;
    while (k < lines.size()) {
      if (lines.get(k).charAt(0) == ' ') {
        k++;
        continue;
      }
      int start = Math.max(0, k - CONTEXT);
      int end = k;
      int quiet = 0;
      while (end < lines.size() && quiet <= 2 * CONTEXT) {
        quiet = lines.get(end).charAt(0) == ' ' ? quiet + 1 : 0;
        end++;
      }
      end = Math.min(lines.size(), end - Math.max(0, quiet - CONTEXT));
      int[] first = positions.get(start);
      out.append("@@ expected line ").append(first[0] + (lines.get(start).charAt(0) == '+' ? 1 : 0))
          .append(", generated line ").append(first[1] + (lines.get(start).charAt(0) == '-' ? 1 : 0))
          .append(" @@\n");
      for (int m = start; m < end; m++) {
        out.append(lines.get(m)).append('\n');
      }
      k = end;
    }
    return out.toString();
  }
}
