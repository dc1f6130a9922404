package tw.huixiao.ui.views.errors;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.enterprise.context.Dependent;
import jakarta.servlet.http.HttpServletResponse;
import tw.huixiao.ui.MainLayout;

/**
 * An unknown address — and a view the user's roles do not allow, so that its existence is not
 * revealed (UiAccessControl reroutes those here).
 */
@ParentLayout(MainLayout.class)
@Dependent
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        ErrorPage.fill(this, "notFound");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
