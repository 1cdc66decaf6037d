package org.praxis.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.server.HttpStatusCode;

/**
 * What a signed-in person sees at the address of a page their roles do not open: a plain explanation
 * inside the usual frame, and a way back, instead of Vaadin's technical message (and, in development,
 * its list of routes). People who are not signed in are sent to the sign-in page before this.
 */
@ParentLayout(MainLayout.class)
@PageTitle("shell.refused.title")
@PermitAll
public class RefusedPageView extends Main implements HasErrorParameter<AccessDeniedException> {

    public RefusedPageView() {
        addClassName("praxis-view");
        add(new H1(getTranslation("shell.refused.heading")),
                new Paragraph(getTranslation("shell.refused.explanation")),
                new Paragraph(new Anchor("", getTranslation("shell.back-home"))));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
