package tw.huixiao.ui.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import tw.huixiao.platform.application.EditConflictException;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.StudentService;
import tw.huixiao.platform.application.StudentView;
import tw.huixiao.platform.application.transfers.TransferService;
import tw.huixiao.platform.domain.student.EnrolmentStatus;
import tw.huixiao.platform.domain.student.TransferView;
import tw.huixiao.ui.FieldErrors;
import tw.huixiao.ui.MainLayout;
import tw.huixiao.ui.RecordText;
import tw.huixiao.ui.RocDatePicker;
import tw.huixiao.ui.RocDates;

/**
 * Transfers between schools for the registrar (issue 20 §5): students coming in, to confirm 報到
 * (the student joins the register from the handshake's minimum data); recording a transfer out
 * (date, the receiving school's MOE code, reason); the transfers out with where each stands —
 * confirmed, waiting (with the county module's last day, late after it) or, for a school off the
 * service, the phone check to record.
 */
@Route(value = "transfers", layout = MainLayout.class)
@PageTitle("轉學 · 回校 Huixiao")
@RolesAllowed({"REGISTRAR", "ACADEMIC_AFFAIRS", "PRINCIPAL"})
@Dependent
public class TransfersView extends VerticalLayout {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Inject
    TransferService transfers;

    @Inject
    StudentService students;

    @Inject
    Clock clock;

    private final Div incoming = new Div();
    private final Div outgoing = new Div();

    @PostConstruct
    void build() {
        setId("transfers");
        setMaxWidth("60rem");
        incoming.setId("transfers-incoming");
        incoming.setWidthFull();
        outgoing.setId("transfers-outgoing");
        outgoing.setWidthFull();
        add(new H2(getTranslation("transfers.title")), new H3(getTranslation("transfers.incoming")), incoming,
                new H3(getTranslation("transfers.out.title")), outForm(), new H3(getTranslation("transfers.outgoing")),
                outgoing);
        refresh();
    }

    private void refresh() {
        incoming.removeAll();
        List<TransferView> in = transfers.incoming();
        if (in.isEmpty()) {
            incoming.add(new Paragraph(getTranslation("transfers.none")));
        }
        in.forEach(t -> incoming.add(incomingCard(t)));
        outgoing.removeAll();
        List<TransferView> out = transfers.outgoing();
        if (out.isEmpty()) {
            outgoing.add(new Paragraph(getTranslation("transfers.none")));
        }
        out.forEach(t -> outgoing.add(outgoingCard(t)));
    }

    private FormLayout outForm() {
        ComboBox<StudentView> student = new ComboBox<>(getTranslation("transfers.out.student"));
        student.setId("transfer-student");
        // Searched as typed (name or class), a page at a time: a school has hundreds of students.
        student.setItems(query -> {
            String text = query.getFilter().filter(t -> !t.isBlank()).orElse(null);
            int size = Math.min(query.getLimit(), StudentService.MAX_PAGE_SIZE);
            return students.search(new StudentService.Filter(text, null, null, Set.of()), query.getOffset() / size, size)
                    .items().stream().filter(s -> s.enrolmentStatus() == EnrolmentStatus.ENROLLED);
        });
        student.setItemLabelGenerator(s -> s.name() + (s.className() == null ? "" : "（" + s.className()
                + (s.seatNumber() == null ? "" : " " + s.seatNumber() + "號") + "）"));
        RocDatePicker on = new RocDatePicker(getTranslation("transfers.out.date"), today());
        on.setId("transfer-date");
        TextField moeCode = new TextField(getTranslation("transfers.out.moeCode"));
        moeCode.setId("transfer-moe-code");
        moeCode.setMaxLength(6);
        moeCode.setAllowedCharPattern("[0-9]");
        moeCode.setHelperText(getTranslation("transfers.out.moeCode.help"));
        TextArea reason = new TextArea(getTranslation("transfers.out.reason"));
        reason.setId("transfer-reason");
        FieldErrors errors = new FieldErrors().on("studentId", student).on("transferredOn", on)
                .on("toMoeCode", moeCode).on("reason", reason);
        Button record = new Button(getTranslation("transfers.out.record"), e -> {
            try {
                TransferView done = transfers.recordOut(new TransferService.TransferOut(
                        student.getValue() == null ? null : student.getValue().id(),
                        on.getValue() == null ? null : on.getValue().toString(), moeCode.getValue(), reason.getValue()));
                errors.clear();
                student.clear();
                moeCode.clear();
                reason.clear();
                Notification.show(getTranslation("transfers.out.recorded", done.studentName(),
                        done.toSchoolName() == null ? done.toMoeCode() : done.toSchoolName()), 4000,
                        Notification.Position.BOTTOM_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setId("transfer-record");
        FormLayout form = new FormLayout(student, on, moeCode, reason, record);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(reason, 2);
        return form;
    }

    private Div incomingCard(TransferView t) {
        Div card = card(t);
        card.addClassName("transfer-incoming");
        card.add(line(getTranslation("transfers.from", t.fromSchoolName(), t.fromMoeCode(),
                RocDates.compact(t.transferredOn()))));
        card.add(line(getTranslation("transfers.minimum", RocDates.compact(t.birthDate()),
                getTranslation("transfers.gender." + t.gender()), t.grade(), t.nationalIdMasked())));
        if (t.confirmBy() != null && "PENDING".equals(t.status())) {
            card.add(line(getTranslation("transfers.confirmBy", RocDates.compact(t.confirmBy()))));
        }
        if ("PENDING".equals(t.status())) {
            Button confirm = new Button(getTranslation("transfers.confirm"), e -> confirmDialog(t));
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.setId("transfer-confirm-" + t.id());
            card.add(confirm);
        } else {
            card.add(line(getTranslation("transfers.arrived", RocDates.compact(t.arrivedOn()), t.confirmedByName())));
        }
        return card;
    }

    private void confirmDialog(TransferView t) {
        Dialog dialog = new Dialog();
        dialog.setId("transfer-confirm-dialog");
        dialog.setHeaderTitle(getTranslation("transfers.confirm.title", t.studentName()));
        dialog.setWidth("calc(100vw - 2em)");
        dialog.setMaxWidth("28em");
        RocDatePicker on = new RocDatePicker(getTranslation("transfers.confirm.date"), today());
        on.setId("transfer-arrived-on");
        Paragraph what = new Paragraph(getTranslation("transfers.confirm.what"));
        what.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        FieldErrors errors = new FieldErrors().on("arrivedOn", on);
        Button confirm = new Button(getTranslation("transfers.confirm"), e -> {
            try {
                transfers.confirm(t.id(), new TransferService.Arrival(on.getValue() == null ? null
                        : on.getValue().toString(), null, t.version()));
                dialog.close();
                Notification.show(getTranslation("transfers.confirmed", t.studentName()), 4000,
                        Notification.Position.BOTTOM_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (InvalidInputException refused) {
                errors.show(refused);
            } catch (EditConflictException | StateConflictException changed) {
                dialog.close();
                refresh();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("transfer-confirm-send");
        dialog.add(new VerticalLayout(what, on));
        dialog.getFooter().add(new Button(getTranslation("today.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private Div outgoingCard(TransferView t) {
        Div card = card(t);
        card.addClassName("transfer-outgoing");
        card.add(line(getTranslation("transfers.to", t.toSchoolName() == null ? getTranslation("transfers.offService")
                : t.toSchoolName(), t.toMoeCode(), RocDates.compact(t.transferredOn()))));
        card.add(line(getTranslation("transfers.reason")), RecordText.of(t.reason()));
        if ("PENDING".equals(t.status()) && t.confirmBy() != null) {
            Span by = new Span(getTranslation(t.late() ? "transfers.late" : "transfers.confirmBy",
                    RocDates.compact(t.confirmBy())));
            by.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Display.BLOCK,
                    t.late() ? LumoUtility.TextColor.ERROR : LumoUtility.TextColor.SECONDARY);
            card.add(by);
        }
        if (t.arrivedOn() != null) {
            card.add(line(getTranslation("transfers.arrived", RocDates.compact(t.arrivedOn()), t.confirmedByName())));
        }
        if (t.phoneNote() != null) {
            card.add(line(getTranslation("transfers.phone.noted")), RecordText.of(t.phoneNote()));
        }
        if ("PENDING".equals(t.status()) && !t.toOnService()) {
            Button phone = new Button(getTranslation("transfers.phone"), e -> phoneDialog(t));
            phone.setId("transfer-phone-" + t.id());
            card.add(phone);
        }
        return card;
    }

    private void phoneDialog(TransferView t) {
        Dialog dialog = new Dialog();
        dialog.setId("transfer-phone-dialog");
        dialog.setHeaderTitle(getTranslation("transfers.phone.title", t.studentName()));
        dialog.setWidth("calc(100vw - 2em)");
        dialog.setMaxWidth("28em");
        RadioButtonGroup<Boolean> enrolled = new RadioButtonGroup<>(getTranslation("transfers.phone.result"));
        enrolled.setItems(true, false);
        enrolled.setItemLabelGenerator(b -> getTranslation(b ? "transfers.phone.enrolled" : "transfers.phone.notEnrolled"));
        RocDatePicker on = new RocDatePicker(getTranslation("transfers.phone.date"), today());
        TextArea note = new TextArea(getTranslation("transfers.phone.note"));
        note.setWidthFull();
        FieldErrors errors = new FieldErrors().on("enrolled", enrolled).on("checkedOn", on).on("note", note);
        Button save = new Button(getTranslation("transfers.phone.save"), e -> {
            try {
                transfers.phoneCheck(t.id(), new TransferService.PhoneCheck(enrolled.getValue(),
                        on.getValue() == null ? null : on.getValue().toString(), note.getValue(), t.version()));
                dialog.close();
                refresh();
            } catch (InvalidInputException refused) {
                errors.show(refused);
            } catch (EditConflictException | StateConflictException changed) {
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(enrolled, on, note));
        dialog.getFooter().add(new Button(getTranslation("today.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private Div card(TransferView t) {
        Div card = new Div();
        card.setId("transfer-" + t.id());
        card.addClassNames(LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Padding.MEDIUM, LumoUtility.Margin.Bottom.SMALL);
        card.setWidthFull();
        card.getStyle().set("box-sizing", "border-box"); // padding inside the width: no sideways scroll on a phone
        Span name = new Span(t.studentName());
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Span status = new Span(getTranslation("transfers.status." + t.status()));
        status.getElement().getThemeList().add("badge" + switch (t.status()) {
            case "ARRIVED", "PHONE_CONFIRMED" -> " success";
            case "PHONE_NOT_ENROLLED" -> " error";
            default -> t.late() ? " error" : "";
        });
        status.addClassName("transfer-status");
        FlexLayout head = new FlexLayout(name, status);
        head.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        head.addClassNames(LumoUtility.Gap.SMALL, LumoUtility.AlignItems.BASELINE);
        card.add(head);
        return card;
    }

    private static Span line(String text) {
        Span line = new Span(text);
        line.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Display.BLOCK, LumoUtility.TextColor.SECONDARY);
        return line;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TAIPEI));
    }
}
