package tw.huixiao.platform.domain.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 §2: small numbers (1..threshold) leave the county only hidden, and an attacker holding
 * the published table cannot get a hidden cell back — neither by subtraction across rows, columns
 * and totals (peeling: any row or column with one unknown left gives it away), nor by solving all
 * the equations at once (linear algebra), nor with the knowledge that counts are never negative
 * (for every hidden cell another table with the same shown numbers exists, with a different value).
 */
class SuppressedTableTest {

    @Test
    void smallCellsAreHiddenAndLargeOnesShown() {
        SuppressedTable t = SuppressedTable.of(new long[][] {{3, 40, 12}, {25, 30, 18}, {14, 22, 9}}, 5);
        assertTrue(t.isHidden(0, 0), "3 is small");
        assertEquals(40, t.cell(0, 1).orElseThrow());
        assertEquals(173, t.grandTotal().orElseThrow());
        assertUnrecoverable(t, new long[][] {{3, 40, 12}, {25, 30, 18}, {14, 22, 9}}, 5);
    }

    @Test
    void aLoneSmallCellInARowHidesAPartnerInItsRowAndColumn() {
        long[][] cells = {{2, 50, 60}, {70, 80, 90}};
        SuppressedTable t = SuppressedTable.of(cells, 5);
        int hiddenInRow = 0;
        int hiddenInColumn = 0;
        for (int j = 0; j <= t.columns(); j++) {
            hiddenInRow += t.isHidden(0, j) ? 1 : 0;
        }
        for (int i = 0; i <= t.rows(); i++) {
            hiddenInColumn += t.isHidden(i, 0) ? 1 : 0;
        }
        assertTrue(hiddenInRow >= 2 && hiddenInColumn >= 2, "a hidden cell never stands alone in a line");
        assertUnrecoverable(t, cells, 5);
    }

    @Test
    void smallTotalsAreHiddenToo() {
        // A school with 3 open cases in one category: the row total is as small as the cell.
        long[][] cells = {{3, 0, 0}, {20, 30, 40}, {11, 12, 13}};
        SuppressedTable t = SuppressedTable.of(cells, 5);
        assertTrue(t.rowTotal(0).isEmpty(), "the school's total 3 is small");
        assertTrue(t.isHidden(0, 0));
        assertEquals(0, t.cell(0, 1).orElseThrow(), "zeros disclose no one and stay shown");
        assertUnrecoverable(t, cells, 5);
    }

    @Test
    void theThresholdIsTheCountysChoice() {
        long[][] cells = {{7, 40}, {30, 50}};
        assertFalse(SuppressedTable.of(cells, 5).isHidden(0, 0));
        SuppressedTable strict = SuppressedTable.of(cells, 9);
        assertTrue(strict.isHidden(0, 0));
        assertUnrecoverable(strict, cells, 9);
    }

    @Test
    void aTableOfOnlySmallNumbersAndZerosIsHiddenWhole() {
        long[][] cells = {{0, 2}, {0, 0}};
        SuppressedTable t = SuppressedTable.of(cells, 5);
        assertUnrecoverable(t, cells, 5);
        assertTrue(t.grandTotal().isEmpty());
    }

    @Test
    void randomCountyTablesNeverGiveAHiddenCellBack() {
        Random random = new Random(20_2026);
        for (int round = 0; round < 400; round++) {
            int rows = 1 + random.nextInt(8);
            int columns = 1 + random.nextInt(6);
            long[][] cells = new long[rows][columns];
            for (long[] row : cells) {
                for (int j = 0; j < columns; j++) {
                    int kind = random.nextInt(10);
                    row[j] = kind < 3 ? 0 : kind < 7 ? 1 + random.nextInt(5) : 6 + random.nextInt(60);
                }
            }
            int threshold = 3 + random.nextInt(5);
            assertUnrecoverable(SuppressedTable.of(cells, threshold), cells, threshold);
        }
    }

    @Test
    void aCountyOfAThousandSchoolsIsSuppressedQuickly() {
        Random random = new Random(1000);
        long[][] cells = new long[1000][8];
        for (long[] row : cells) {
            for (int j = 0; j < row.length; j++) {
                row[j] = random.nextInt(4) == 0 ? 0 : random.nextInt(12);
            }
        }
        long start = System.nanoTime();
        SuppressedTable t = SuppressedTable.of(cells, 5);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertNull(t.firstBridge());
        assertEquals(0, peel(t).length, "subtraction gives nothing back");
        assertTrue(millis < 5_000, "1,000 × 8 suppressed in " + millis + " ms");
    }

    /** Every attack on the published table fails for every hidden cell. */
    private static void assertUnrecoverable(SuppressedTable t, long[][] cells, int threshold) {
        long[][] full = withTotals(cells);
        for (int i = 0; i <= t.rows(); i++) {
            for (int j = 0; j <= t.columns(); j++) {
                long v = full[i][j];
                if (v >= 1 && v <= threshold) {
                    assertTrue(t.isHidden(i, j), "small cell [" + i + "][" + j + "] = " + v + " is hidden");
                } else if (!t.isHidden(i, j)) {
                    assertEquals(v, t.cell(i, j).orElseThrow(), "shown cells are true");
                }
            }
        }
        int[] recovered = peel(t);
        assertEquals(0, recovered.length, "subtraction across rows, columns and totals recovered cell "
                + Arrays.toString(recovered) + " of " + Arrays.deepToString(cells));
        boolean allHidden = true;
        for (int i = 0; i <= t.rows(); i++) {
            for (int j = 0; j <= t.columns(); j++) {
                allHidden &= t.isHidden(i, j);
            }
        }
        if (allHidden) {
            return; // nothing is published
        }
        for (int i = 0; i <= t.rows(); i++) {
            for (int j = 0; j <= t.columns(); j++) {
                if (t.isHidden(i, j)) {
                    assertFalse(determinedByEquations(t, i, j), "linear algebra determines [" + i + "][" + j + "] of "
                            + Arrays.deepToString(cells));
                    assertAnotherTableExists(t, full, i, j);
                }
            }
        }
    }

    private static long[][] withTotals(long[][] cells) {
        int r = cells.length;
        int c = cells[0].length;
        long[][] full = new long[r + 1][c + 1];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                full[i][j] = cells[i][j];
                full[i][c] += cells[i][j];
                full[r][j] += cells[i][j];
                full[r][c] += cells[i][j];
            }
        }
        return full;
    }

    /**
     * The subtraction attack: a row or column (the totals' included) with exactly one unknown
     * gives it away; returns the first such cell, or nothing (no first step, no cascade).
     */
    private static int[] peel(SuppressedTable t) {
        boolean[][] unknown = new boolean[t.rows() + 1][t.columns() + 1];
        for (int i = 0; i <= t.rows(); i++) {
            for (int j = 0; j <= t.columns(); j++) {
                unknown[i][j] = t.isHidden(i, j);
            }
        }
        {
            for (int i = 0; i <= t.rows(); i++) {
                int count = 0;
                int at = -1;
                for (int j = 0; j <= t.columns(); j++) {
                    if (unknown[i][j]) {
                        count++;
                        at = j;
                    }
                }
                if (count == 1) {
                    return new int[] {i, at};
                }
            }
            for (int j = 0; j <= t.columns(); j++) {
                int count = 0;
                int at = -1;
                for (int i = 0; i <= t.rows(); i++) {
                    if (unknown[i][j]) {
                        count++;
                        at = i;
                    }
                }
                if (count == 1) {
                    return new int[] {at, j};
                }
            }
        }
        return new int[0];
    }

    /**
     * Whether the row and column equations determine the hidden cell: its unit vector lies in the
     * row space of the equations restricted to the hidden cells (Gaussian elimination).
     */
    private static boolean determinedByEquations(SuppressedTable t, int row, int column) {
        int rows = t.rows();
        int columns = t.columns();
        int[][] index = new int[rows + 1][columns + 1];
        int unknowns = 0;
        for (int i = 0; i <= rows; i++) {
            for (int j = 0; j <= columns; j++) {
                index[i][j] = t.isHidden(i, j) ? unknowns++ : -1;
            }
        }
        double[][] equations = new double[rows + 1 + columns + 1][unknowns];
        for (int i = 0; i <= rows; i++) {
            for (int j = 0; j <= columns; j++) {
                if (index[i][j] >= 0) {
                    // Row i: cells minus its total = 0; column j: cells minus its total = 0.
                    equations[i][index[i][j]] = j == columns ? -1 : 1;
                    equations[rows + 1 + j][index[i][j]] = i == rows ? -1 : 1;
                }
            }
        }
        int before = rank(equations);
        double[][] with = Arrays.copyOf(equations, equations.length + 1);
        with[equations.length] = new double[unknowns];
        with[equations.length][index[row][column]] = 1;
        return rank(with) == before;
    }

    private static int rank(double[][] matrix) {
        double[][] m = new double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            m[i] = matrix[i].clone();
        }
        int rank = 0;
        int width = m.length == 0 ? 0 : m[0].length;
        for (int col = 0; col < width && rank < m.length; col++) {
            int pivot = -1;
            for (int i = rank; i < m.length; i++) {
                if (Math.abs(m[i][col]) > 1e-9) {
                    pivot = i;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            double[] swap = m[pivot];
            m[pivot] = m[rank];
            m[rank] = swap;
            for (int i = 0; i < m.length; i++) {
                if (i != rank && Math.abs(m[i][col]) > 1e-9) {
                    double f = m[i][col] / m[rank][col];
                    for (int k = col; k < width; k++) {
                        m[i][k] -= f * m[rank][k];
                    }
                }
            }
            rank++;
        }
        return rank;
    }

    /**
     * Another table with the same shown numbers, no negative count and a different value in the
     * hidden cell: found by moving 1 around a cycle of hidden cells through it.
     */
    private static void assertAnotherTableExists(SuppressedTable t, long[][] full, int row, int column) {
        int rows = t.rows();
        int columns = t.columns();
        // Path from the cell's column back to its row through other hidden cells (BFS).
        int vertices = rows + 1 + columns + 1;
        int[] previous = new int[vertices];
        int[][] via = new int[vertices][];
        Arrays.fill(previous, -2);
        int start = rows + 1 + column;
        previous[start] = -1;
        Deque<Integer> todo = new ArrayDeque<>();
        todo.add(start);
        while (!todo.isEmpty() && previous[row] == -2) {
            int v = todo.poll();
            for (int w = 0; w < vertices; w++) {
                if (previous[w] != -2 || (v <= rows) == (w <= rows)) {
                    continue;
                }
                int i = v <= rows ? v : w;
                int j = (v <= rows ? w : v) - rows - 1;
                if (t.isHidden(i, j) && !(i == row && j == column)) {
                    previous[w] = v;
                    via[w] = new int[] {i, j};
                    todo.add(w);
                }
            }
        }
        assertTrue(previous[row] != -2, "[" + row + "][" + column + "] lies on a cycle of hidden cells");
        long[][] other = new long[rows + 1][];
        for (int i = 0; i <= rows; i++) {
            other[i] = full[i].clone();
        }
        // Signs after the change of variable: totals row/column cells move the other way.
        other[row][column] += sign(row, column, rows, columns);
        int step = 1;
        for (int v = row; previous[v] != -1; v = previous[v]) {
            int[] cell = via[v];
            other[cell[0]][cell[1]] += (step % 2 == 1 ? -1 : 1) * sign(cell[0], cell[1], rows, columns);
            step++;
        }
        for (int i = 0; i <= rows; i++) {
            long sum = 0;
            for (int j = 0; j < columns; j++) {
                sum += other[i][j];
            }
            assertEquals(other[i][columns], sum, "row " + i + " still adds up");
        }
        for (int j = 0; j <= columns; j++) {
            long sum = 0;
            for (int i = 0; i < rows; i++) {
                sum += other[i][j];
            }
            assertEquals(other[rows][j], sum, "column " + j + " still adds up");
        }
        for (int i = 0; i <= rows; i++) {
            for (int j = 0; j <= columns; j++) {
                assertTrue(other[i][j] >= 0, "no negative count");
                if (!t.isHidden(i, j)) {
                    assertEquals(full[i][j], other[i][j], "shown cells unchanged");
                }
            }
        }
        assertTrue(other[row][column] != full[row][column]);
    }

    private static int sign(int row, int column, int rows, int columns) {
        return (row == rows) == (column == columns) ? 1 : -1;
    }
}
