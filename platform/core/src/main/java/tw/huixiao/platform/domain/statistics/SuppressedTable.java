package tw.huixiao.platform.domain.statistics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * A table of counts with its row totals, column totals and grand total, as it may leave the
 * county's own officers: every cell (totals included) from 1 to the county's threshold hidden
 * (primary suppression), and further cells hidden (complementary suppression) until no hidden
 * cell can be worked out from what is shown.
 *
 * <p>Why this is enough: the published table says that each row's cells add up to its total and
 * each column's cells to theirs. Counting the totals row and column as a row and a column of
 * their own, every cell is in exactly one row equation and one column equation, so the hidden
 * cells are the edges of a bipartite graph between rows and columns and the equations are that
 * graph's incidence matrix (up to signs, which a change of variable removes). A hidden cell is
 * then determined by the equations exactly when its edge is a bridge — on no cycle — of that
 * graph. Complementary cells are added until no hidden cell is a bridge, and only cells of at
 * least 1 are hidden, so moving ±1 around a cycle through any hidden cell gives another table with
 * the same shown numbers and no negative count: no subtraction across rows, columns and totals,
 * nor the knowledge that counts are never negative, gives the hidden value back.
 */
public final class SuppressedTable {

    private final long[][] values;
    private final boolean[][] hidden;
    private final int rows;
    private final int columns;

    private SuppressedTable(long[][] values, boolean[][] hidden) {
        this.values = values;
        this.hidden = hidden;
        this.rows = values.length - 1;
        this.columns = values[0].length - 1;
    }

    /**
     * Suppresses {@code cells} (rows × columns, non-negative, at least one row and column) under
     * the threshold: 1..threshold is small; 0 is shown (an empty cell discloses no one).
     */
    public static SuppressedTable of(long[][] cells, int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1: " + threshold);
        }
        int r = cells.length;
        int c = r == 0 ? 0 : cells[0].length;
        if (r == 0 || c == 0) {
            throw new IllegalArgumentException("a table needs at least one row and one column");
        }
        long[][] values = new long[r + 1][c + 1];
        for (int i = 0; i < r; i++) {
            if (cells[i].length != c) {
                throw new IllegalArgumentException("row " + i + " has " + cells[i].length + " cells, expected " + c);
            }
            for (int j = 0; j < c; j++) {
                if (cells[i][j] < 0) {
                    throw new IllegalArgumentException("counts are never negative: [" + i + "][" + j + "]");
                }
                values[i][j] = cells[i][j];
                values[i][c] += cells[i][j];
                values[r][j] += cells[i][j];
                values[r][c] += cells[i][j];
            }
        }
        boolean[][] hidden = new boolean[r + 1][c + 1];
        for (int i = 0; i <= r; i++) {
            for (int j = 0; j <= c; j++) {
                hidden[i][j] = values[i][j] >= 1 && values[i][j] <= threshold;
            }
        }
        SuppressedTable table = new SuppressedTable(values, hidden);
        table.complement();
        return table;
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    /** The cell's count, or empty when it is hidden. Row {@link #rows()} / column {@link #columns()} are the totals. */
    public java.util.OptionalLong cell(int row, int column) {
        return hidden[row][column] ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(values[row][column]);
    }

    public boolean isHidden(int row, int column) {
        return hidden[row][column];
    }

    public java.util.OptionalLong rowTotal(int row) {
        return cell(row, columns);
    }

    public java.util.OptionalLong columnTotal(int column) {
        return cell(rows, column);
    }

    public java.util.OptionalLong grandTotal() {
        return cell(rows, columns);
    }

    /** The cell as published: its count, or {@code mark} when hidden. */
    public String shown(int row, int column, String mark) {
        return hidden[row][column] ? mark : String.valueOf(values[row][column]);
    }

    /** Adds complementary cells until no hidden cell is a bridge of the hidden cells' graph. */
    private void complement() {
        while (true) {
            int[] bridge = firstBridge();
            if (bridge == null) {
                return;
            }
            if (!closeCycle(bridge[0], bridge[1])) {
                // Nothing shown is left that could hide it (the rest are zeros): hide everything.
                for (boolean[] row : hidden) {
                    Arrays.fill(row, true);
                }
                return;
            }
        }
    }

    /**
     * Hides the smallest shown non-zero cell that puts the bridge (row, column) on a cycle: without
     * the bridge its row and its column fall into two parts, and any cell between a row of one part
     * and a column of the other closes a cycle through it. Failing that (only zeros there), the
     * smallest shown non-zero cell of its row or column, which the next round builds on.
     */
    private boolean closeCycle(int row, int column) {
        hidden[row][column] = false;
        boolean[] rowSideRows = new boolean[rows + 1];
        boolean[] rowSideColumns = new boolean[columns + 1];
        reach(row, -1, rowSideRows, rowSideColumns);
        boolean[] columnSideRows = new boolean[rows + 1];
        boolean[] columnSideColumns = new boolean[columns + 1];
        reach(-1, column, columnSideRows, columnSideColumns);
        hidden[row][column] = true;
        int[] best = null;
        for (int i = 0; i <= rows; i++) {
            for (int j = 0; j <= columns; j++) {
                boolean crosses = (rowSideRows[i] && columnSideColumns[j]) || (columnSideRows[i] && rowSideColumns[j]);
                if (crosses && candidate(i, j) && smaller(i, j, best)) {
                    best = new int[] {i, j};
                }
            }
        }
        if (best == null) {
            for (int j = 0; j <= columns; j++) {
                if (candidate(row, j) && smaller(row, j, best)) {
                    best = new int[] {row, j};
                }
            }
            for (int i = 0; i <= rows; i++) {
                if (candidate(i, column) && smaller(i, column, best)) {
                    best = new int[] {i, column};
                }
            }
        }
        if (best == null) {
            best = anyCandidate();
        }
        if (best == null) {
            return false;
        }
        hidden[best[0]][best[1]] = true;
        return true;
    }

    private int[] anyCandidate() {
        int[] best = null;
        for (int i = 0; i <= rows; i++) {
            for (int j = 0; j <= columns; j++) {
                if (candidate(i, j) && smaller(i, j, best)) {
                    best = new int[] {i, j};
                }
            }
        }
        return best;
    }

    private boolean candidate(int row, int column) {
        return !hidden[row][column] && values[row][column] > 0;
    }

    /** Smaller count first; interior cells before totals at equal counts. */
    private boolean smaller(int row, int column, int[] best) {
        if (best == null) {
            return true;
        }
        long a = values[row][column];
        long b = values[best[0]][best[1]];
        if (a != b) {
            return a < b;
        }
        return margins(row, column) < margins(best[0], best[1]);
    }

    private int margins(int row, int column) {
        return (row == rows ? 1 : 0) + (column == columns ? 1 : 0);
    }

    /** Marks the rows and columns connected through hidden cells, from a start row (or -1) and column (or -1). */
    private void reach(int startRow, int startColumn, boolean[] rowSeen, boolean[] columnSeen) {
        Deque<int[]> todo = new ArrayDeque<>();
        if (startRow >= 0) {
            rowSeen[startRow] = true;
            todo.add(new int[] {0, startRow});
        }
        if (startColumn >= 0) {
            columnSeen[startColumn] = true;
            todo.add(new int[] {1, startColumn});
        }
        while (!todo.isEmpty()) {
            int[] at = todo.poll();
            if (at[0] == 0) {
                for (int j = 0; j <= columns; j++) {
                    if (hidden[at[1]][j] && !columnSeen[j]) {
                        columnSeen[j] = true;
                        todo.add(new int[] {1, j});
                    }
                }
            } else {
                for (int i = 0; i <= rows; i++) {
                    if (hidden[i][at[1]] && !rowSeen[i]) {
                        rowSeen[i] = true;
                        todo.add(new int[] {0, i});
                    }
                }
            }
        }
    }

    /** A hidden cell on no cycle of the hidden cells' graph (Tarjan's bridges), or null. */
    int[] firstBridge() {
        int vertices = rows + 1 + columns + 1;
        List<int[]> edges = new ArrayList<>();
        List<List<int[]>> adjacent = new ArrayList<>();
        for (int v = 0; v < vertices; v++) {
            adjacent.add(new ArrayList<>());
        }
        for (int i = 0; i <= rows; i++) {
            for (int j = 0; j <= columns; j++) {
                if (hidden[i][j]) {
                    int id = edges.size();
                    edges.add(new int[] {i, j});
                    adjacent.get(i).add(new int[] {rows + 1 + j, id});
                    adjacent.get(rows + 1 + j).add(new int[] {i, id});
                }
            }
        }
        int[] order = new int[vertices];
        int[] low = new int[vertices];
        Arrays.fill(order, -1);
        int[] counter = {0};
        for (int v = 0; v < vertices; v++) {
            if (order[v] < 0) {
                int[] found = bridgeFrom(v, order, low, counter, adjacent);
                if (found != null) {
                    return edges.get(found[0]);
                }
            }
        }
        return null;
    }

    /** Iterative depth-first search (tables of a thousand schools would overflow a recursive one). */
    private static int[] bridgeFrom(int root, int[] order, int[] low, int[] counter, List<List<int[]>> adjacent) {
        Deque<int[]> stack = new ArrayDeque<>(); // vertex, edge it was entered by, next neighbour index
        order[root] = low[root] = counter[0]++;
        stack.push(new int[] {root, -1, 0});
        while (!stack.isEmpty()) {
            int[] frame = stack.peek();
            int v = frame[0];
            if (frame[2] < adjacent.get(v).size()) {
                int[] next = adjacent.get(v).get(frame[2]++);
                if (next[1] == frame[1]) {
                    continue;
                }
                int w = next[0];
                if (order[w] < 0) {
                    order[w] = low[w] = counter[0]++;
                    stack.push(new int[] {w, next[1], 0});
                } else {
                    low[v] = Math.min(low[v], order[w]);
                }
            } else {
                stack.pop();
                if (!stack.isEmpty()) {
                    int parent = stack.peek()[0];
                    low[parent] = Math.min(low[parent], low[v]);
                    if (low[v] > order[parent]) {
                        return new int[] {frame[1]};
                    }
                }
            }
        }
        return null;
    }
}
