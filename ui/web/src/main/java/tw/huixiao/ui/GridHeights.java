package tw.huixiao.ui;

import com.vaadin.flow.component.grid.Grid;

/**
 * Grids whose rows grow with use: all rows shown while they are few (no empty space under a short
 * list), a fixed height that scrolls once they are many — never "all rows visible" over a long list,
 * which makes Vaadin fetch every page at once and refuse beyond ten.
 */
public final class GridHeights {

    /** Rows shown without scrolling; beyond them the grid scrolls in its own box. */
    public static final int FEW = 15;

    private GridHeights() {
    }

    public static void fit(Grid<?> grid, int rows) {
        if (rows <= FEW) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setAllRowsVisible(false);
            grid.setHeight("32rem");
        }
    }
}
