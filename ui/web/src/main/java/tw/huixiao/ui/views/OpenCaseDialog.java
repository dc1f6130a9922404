package tw.huixiao.ui.views;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.CaseInput;
import tw.huixiao.platform.application.CaseService;
import tw.huixiao.platform.application.CaseView;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.StudentService;
import tw.huixiao.platform.application.StudentView;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.ui.PlatformText;
import tw.huixiao.ui.FieldErrors;
import tw.huixiao.ui.UiLocale;

/**
 * Opening a case by hand (issue 17 §5): a category of the school's county module that staff open
 * by judgement (high care, protective concern, deviant behaviour …; attendance-detected ones open
 * themselves), the student (fixed from the student page, picked from the register on the case
 * list) and the reason. {@link CaseService#openByHand} decides who may (輔導室, 學務處, 校長) and lays
 * out the category's duties like any other case's; the workspace of the new case opens.
 */
class OpenCaseDialog extends Dialog {

    /**
     * @param student the student, or null to pick one (searched in the register a page at a time)
     */
    OpenCaseDialog(CaseService cases, StudentService students, StudentView student) {
        boolean english = UiLocale.isEnglish(getLocale());
        setHeaderTitle(getTranslation("cases.openByHand"));
        setId("open-case-dialog");
        setMaxWidth("36em");
        setWidth("calc(100vw - 2em)");
        List<CaseCategory> categories = cases.categoriesOpenedByHand();
        if (categories.isEmpty()) {
            add(new Paragraph(getTranslation("cases.openByHand.none")));
            getFooter().add(new Button(getTranslation("today.cancel"), e -> close()));
            return;
        }
        ComboBox<StudentView> who = new ComboBox<>(getTranslation("cases.openByHand.student"));
        who.setItemLabelGenerator(s -> (s.className() == null ? "" : s.className() + " ")
                + (s.seatNumber() == null ? "" : s.seatNumber() + "號 ") + s.name());
        if (student != null) {
            who.setItems(student);
            who.setValue(student);
            who.setReadOnly(true);
        } else {
            who.setItems(query -> students.search(new StudentService.Filter(query.getFilter().orElse(null), null, null,
                    java.util.Set.of()), query.getPage(), query.getPageSize()).items().stream());
        }
        who.setWidthFull();
        who.setId("open-case-student");
        ComboBox<CaseCategory> category = new ComboBox<>(getTranslation("cases.openByHand.category"));
        category.setItems(categories);
        category.setItemLabelGenerator(c -> (english ? c.name().en() : c.name().zhTw()) + "（" + c.ruleId() + "）");
        category.setWidthFull();
        category.setId("open-case-category");
        TextArea reason = new TextArea(getTranslation("cases.openByHand.reason"));
        reason.setWidthFull();
        reason.setMaxLength(2000);
        reason.setId("open-case-reason");
        FieldErrors fields = new FieldErrors().on("studentId", who).on("categoryId", category).on("note", reason);
        Button open = new Button(getTranslation("cases.openByHand.save"), e -> {
            fields.clear();
            // Said here in the user's words; the service checks again.
            if (category.getValue() == null || reason.getValue().isBlank()) {
                if (category.getValue() == null) {
                    category.setErrorMessage(getTranslation("cases.openByHand.categoryRequired"));
                    category.setInvalid(true);
                }
                if (reason.getValue().isBlank()) {
                    reason.setErrorMessage(getTranslation("cases.openByHand.reasonRequired"));
                    reason.setInvalid(true);
                }
                return;
            }
            try {
                CaseView opened = cases.openByHand(new CaseInput(who.getValue() == null ? null : who.getValue().id(),
                        category.getValue() == null ? null : category.getValue().id(), reason.getValue()));
                Notification.show(getTranslation("cases.openByHand.opened"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                // Navigate before closing: a closed dialog is no longer attached to the UI.
                UI.getCurrent().navigate(CaseWorkspaceView.class, opened.id());
                close();
            } catch (InvalidInputException ex) {
                fields.show(ex);
            } catch (StateConflictException | AccessDeniedException ex) {
                Notification.show(PlatformText.of(ex.getMessage()), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("open-case-save");
        VerticalLayout body = new VerticalLayout(who, category, reason);
        body.setPadding(false);
        add(body);
        Button cancel = new Button(getTranslation("today.cancel"), e -> close());
        getFooter().add(cancel, open);
    }
}
