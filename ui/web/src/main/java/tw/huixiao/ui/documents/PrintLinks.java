package tw.huixiao.ui.documents;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.documents.DocumentsUnavailableException;
import tw.huixiao.ui.PlatformText;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.CaseService;
import tw.huixiao.platform.application.CaseView;
import tw.huixiao.platform.application.StudentAccess;
import tw.huixiao.platform.application.casework.CaseListQuery;
import tw.huixiao.platform.application.casework.CaseListService;
import tw.huixiao.platform.application.documents.DocumentService;
import tw.huixiao.platform.application.forms.FormPrefillService;
import tw.huixiao.platform.application.isp.IspService;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.spi.funding.FundingPolicy;
import tw.huixiao.ui.UiLocale;

/**
 * Print and download links wherever a document applies: a case's letters and forms (those its
 * county module supplies and that apply to it, for the offices that issue them: a button, since
 * issuing takes a number), blank forms
 * prefilled from the case, the case's ISPs (counties with per-case funding), a form record, and
 * the case list as CSV or Excel under the list's filter. What to offer is decided here through the application services;
 * each link opens the PDF or file from the API in a new tab. The UI's login session
 * authenticates those requests (the platform's authentication mechanism keeps the identity in
 * the session for every path, /api/ included, for reading: GET only — the API takes no write on
 * the session alone), and they are access-logged like any other — as the UI, since they carry no
 * API credentials.
 */
@Dependent
public class PrintLinks {

    @Inject
    DocumentService documents;

    @Inject
    FormPrefillService prefills;

    @Inject
    IspService isps;

    @Inject
    CaseService cases;

    @Inject
    StudentAccess access;

    @Inject
    CallerProvider callers;

    /** The case's printable documents, blank forms and ISPs. */
    public Component forCase(CaseView k, Locale locale) {
        boolean english = UiLocale.isEnglish(locale);
        FlexLayout links = new FlexLayout();
        links.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        links.addClassNames(LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.BASELINE);
        links.setId("print-links");
        Span title = new Span(text(locale, "print.title"));
        title.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        links.add(title);
        if (access.seesWholeSchool(callers.get())) {
            documents.list(k.id()).available().stream().filter(DocumentService.Available::applies).forEach(d ->
                    links.add(issue(k.id(), d.kind(), english ? d.titleEn() : d.title(), locale)));
        }
        for (FormDefinition form : prefills.prefillable(k.id())) {
            links.add(link(text(locale, "print.blankForm", english ? form.title().en() : form.title().zhTw()),
                    "/cases/" + k.id() + "/forms/" + encode(form.id()) + "/pdf", "print-blank-" + form.id()));
        }
        if (cases.pinnedPolicy(k.id()).funding() instanceof FundingPolicy.Rules) {
            isps.list(k.id()).forEach(p -> links.add(link(text(locale, "print.isp", p.id(),
                    english ? p.stateLabel().en() : p.stateLabel().zhTw()),
                    "/cases/" + k.id() + "/isps/" + p.id() + "/pdf", "print-isp-" + p.id())));
        }
        if (links.getComponentCount() == 1) {
            links.add(new Span(text(locale, "print.none")));
        }
        return links;
    }

    /**
     * Issuing a document takes the school's next 發文字號, so it is a button (a POST through the
     * service), never a link a browser may prefetch or follow twice; the PDF issued is then opened
     * from this session without issuing another number.
     */
    private Component issue(long caseId, String kind, String title, Locale locale) {
        HorizontalLayout issue = new HorizontalLayout();
        issue.setSpacing(false);
        issue.addClassNames(LumoUtility.Gap.SMALL, LumoUtility.AlignItems.BASELINE);
        Button button = new Button(text(locale, "print.document", title), new Icon(VaadinIcon.PRINT));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setId("print-document-" + kind);
        button.addClickListener(e -> {
            try {
                DocumentService.Generated generated = documents.generate(caseId, kind);
                byte[] pdf = generated.pdf();
                Anchor open = new Anchor(new StreamResource(kind + "-" + generated.number() + ".pdf",
                        () -> new ByteArrayInputStream(pdf)), text(locale, "duty.document.openPdf",
                        generated.referenceNumber()));
                open.setTarget(AnchorTarget.BLANK);
                open.setId("print-issued-" + kind);
                issue.getChildren().filter(c -> c instanceof Anchor).toList().forEach(issue::remove);
                issue.add(open);
            } catch (StateConflictException | DocumentsUnavailableException | AccessDeniedException ex) {
                Notification.show(PlatformText.of(ex.getMessage()), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        issue.add(button);
        return issue;
    }

    /** A form record with its sign-off chain. */
    public Component forRecord(long recordId, Locale locale) {
        return link(text(locale, "print.record"), "/form-records/" + recordId + "/pdf", "form-print");
    }

    /** The form prefilled from the case, to fill in and sign by hand. */
    public Component forBlankForm(long caseId, FormDefinition form, Locale locale) {
        return link(text(locale, "print.blankForm", UiLocale.isEnglish(locale) ? form.title().en() : form.title().zhTw()),
                "/cases/" + caseId + "/forms/" + encode(form.id()) + "/pdf", "form-print-blank");
    }

    /** The case list as CSV and Excel; the view points them at its filter ({@link CaseListExport#follow}). */
    public CaseListExport forCaseList(Locale locale) {
        return new CaseListExport(link(text(locale, "print.exportCsv"), "", "cases-export-csv"),
                link(text(locale, "print.exportXlsx"), "", "cases-export-xlsx"));
    }

    /** The case list's export links, asking the API for the list's own filter (same parameter names). */
    public static final class CaseListExport extends HorizontalLayout {

        private final Anchor csv;
        private final Anchor xlsx;

        CaseListExport(Anchor csv, Anchor xlsx) {
            super(csv, xlsx);
            this.csv = csv;
            this.xlsx = xlsx;
            setId("cases-export");
        }

        /** Points both links at the export of the cases this filter lists. */
        public void follow(CaseListService.Filter filter) {
            String query = CaseListQuery.of(filter);
            String filters = query.isEmpty() ? "" : "&" + query;
            csv.setHref(api("/cases/export?format=csv" + filters));
            xlsx.setHref(api("/cases/export?format=xlsx" + filters));
        }
    }

    /** The Yunlin school-year roster (附表二) as CSV and Excel: masked names only, as the service stores them. */
    public Component forRoster(int schoolYear, Locale locale) {
        return new HorizontalLayout(
                link(text(locale, "print.exportCsv"), "/rosters/" + schoolYear + "/export?format=csv", "roster-export-csv"),
                link(text(locale, "print.exportXlsx"), "/rosters/" + schoolYear + "/export?format=xlsx",
                        "roster-export-xlsx"));
    }

    private static Anchor link(String text, String apiPath, String id) {
        Anchor anchor = new Anchor(apiPath.isEmpty() ? "" : api(apiPath), text);
        anchor.setTarget(AnchorTarget.BLANK);
        anchor.setRouterIgnore(true); // a file from the API, not a view of the application
        Icon icon = new Icon(VaadinIcon.PRINT);
        icon.setSize("var(--lumo-icon-size-s)");
        icon.getStyle().set("margin-inline-end", "var(--lumo-space-xs)");
        anchor.getElement().insertChild(0, icon.getElement());
        anchor.setId(id);
        return anchor;
    }

    private static String api(String path) {
        VaadinRequest request = VaadinRequest.getCurrent();
        return (request == null ? "" : request.getContextPath()) + "/api/v1" + path;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String text(Locale locale, String key, Object... params) {
        return I18NProvider.translate(locale, key, params);
    }
}
