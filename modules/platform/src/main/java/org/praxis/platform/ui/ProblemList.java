package org.praxis.platform.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;

/**
 * The box above a form's buttons that lists, in plain words, everything that stops it being saved
 * or submitted. Hidden while there is nothing to say; announced to screen readers when it appears
 * ({@code role="alert"}).
 */
public class ProblemList extends Div {

    private final String introKey;

    /** @param introKey i18n key of the sentence before the list, e.g. "Please fix these:" */
    public ProblemList(String introKey) {
        this.introKey = introKey;
        addClassName("praxis-problems");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    /** Shows these problems (i18n keys), or hides the box when there are none. */
    public void show(List<String> problemKeys) {
        removeAll();
        setVisible(!problemKeys.isEmpty());
        if (!problemKeys.isEmpty()) {
            UnorderedList list = new UnorderedList();
            problemKeys.forEach(key -> list.add(new ListItem(getTranslation(key))));
            add(new Paragraph(getTranslation(introKey)), list);
        }
    }

    public void clear() {
        show(List.of());
    }
}
