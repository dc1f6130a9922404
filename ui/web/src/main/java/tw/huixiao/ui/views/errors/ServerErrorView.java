package tw.huixiao.ui.views.errors;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.enterprise.context.Dependent;
import jakarta.servlet.http.HttpServletResponse;
import java.util.logging.Level;
import java.util.logging.Logger;
import tw.huixiao.ui.MainLayout;

/** Anything unexpected while opening a page: a plain apology in the user's language; the details go to the log only. */
@ParentLayout(MainLayout.class)
@Dependent
public class ServerErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger LOG = Logger.getLogger(ServerErrorView.class.getName());

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        LOG.log(Level.SEVERE, "unexpected error opening " + event.getLocation().getPath(), parameter.getCaughtException());
        ErrorPage.fill(this, "server");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
