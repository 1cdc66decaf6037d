package org.praxis.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.server.HttpStatusCode;

/** An address that leads nowhere: said plainly, inside the usual frame, with a way back. */
@ParentLayout(MainLayout.class)
@PageTitle("shell.missing.title")
@PermitAll
public class MissingPageView extends Main implements HasErrorParameter<NotFoundException> {

    public MissingPageView() {
        addClassName("praxis-view");
        add(new H1(getTranslation("shell.missing.heading")),
                new Paragraph(getTranslation("shell.missing.explanation")),
                new Paragraph(new Anchor("", getTranslation("shell.back-home"))));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
