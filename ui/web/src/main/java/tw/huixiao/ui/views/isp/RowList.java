package tw.huixiao.ui.views.isp;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.function.Supplier;

/**
 * The rows of one table of the plan (team, teachers, courses, visits, services), each drawn by
 * the section, with a remove button per row and an add button below — or just the rows when
 * the plan is not editable. Adding or removing a row tells the editor the plan changed.
 */
final class RowList<T> extends VerticalLayout {

    interface RowRenderer<T> {
        Component render(T row, int index);
    }

    private final String id;
    private final List<T> rows;
    private final Supplier<T> blank;
    private final RowRenderer<T> renderer;
    private final boolean editable;
    private final Runnable changed;
    private final VerticalLayout rowsBox = new VerticalLayout();

    RowList(String id, List<T> rows, Supplier<T> blank, RowRenderer<T> renderer, String addLabel, boolean editable,
            Runnable changed) {
        this.id = id;
        this.rows = rows;
        this.blank = blank;
        this.renderer = renderer;
        this.editable = editable;
        this.changed = changed;
        setId(id);
        setPadding(false);
        rowsBox.setPadding(false);
        add(rowsBox);
        if (editable) {
            // Outside the rows, so that drawing them again never replaces the button a user is clicking.
            Button add = new Button(addLabel, VaadinIcon.PLUS.create(), e -> {
                rows.add(blank.get());
                render();
                changed.run();
            });
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add.setId(id + "-add");
            add(add);
        }
        render();
    }

    /** Draws the rows again (after another section changed what they offer, e.g. the teachers' names). */
    void render() {
        rowsBox.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            int index = i;
            Component content = renderer.render(rows.get(i), i);
            HorizontalLayout row = new HorizontalLayout(content);
            row.setAlignItems(Alignment.BASELINE);
            row.addClassNames("isp-row", LumoUtility.Padding.Bottom.SMALL, LumoUtility.Border.BOTTOM,
                    LumoUtility.BorderColor.CONTRAST_10);
            row.setWidthFull();
            if (editable) {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                    rows.remove(index);
                    render();
                    changed.run();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_ICON);
                remove.setAriaLabel(getTranslation("isp.row.remove"));
                remove.setId(id + "-remove-" + i);
                row.add(remove);
            }
            rowsBox.add(row);
        }
    }
}
