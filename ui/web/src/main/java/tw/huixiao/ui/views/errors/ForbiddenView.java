package tw.huixiao.ui.views.errors;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.enterprise.context.Dependent;
import jakarta.servlet.http.HttpServletResponse;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.ui.MainLayout;

/** A service refused the user while a page was being opened (the record's existence is already known to them). */
@ParentLayout(MainLayout.class)
@Dependent
public class ForbiddenView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        ErrorPage.fill(this, "forbidden");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
