package org.praxis.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.praxis.platform.Ids;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form's error summary, after the GOV.UK pattern: the box above the form that lists, in plain words,
 * everything that stops it being saved or submitted. Hidden while there is nothing to say. When problems
 * appear it scrolls into view and takes the keyboard focus, so people (and screen readers) notice at once;
 * each problem that belongs to a field (see {@link #field}) links to that field, and the field itself is
 * marked invalid with the same words.
 */
public class ProblemList extends Div {

    private final String introKey;
    private final Map<String, Component> fields = new LinkedHashMap<>();
    private final List<HasValidation> marked = new ArrayList<>();

    /** @param introKey i18n key of the summary's heading, e.g. "Please fix these:" */
    public ProblemList(String introKey) {
        this.introKey = introKey;
        addClassName("praxis-problems");
        // Focusable by script only: the summary is focused when it appears, never a Tab stop of its own.
        getElement().setAttribute("tabindex", "-1");
        // A link to a field focuses the field itself (a plain #id jump would only scroll to it).
        getElement().executeJs("this.addEventListener('click', event => {"
                + "const link = event.target.closest('a[data-field]'); if (!link) { return; }"
                + "const field = document.getElementById(link.dataset.field); if (!field) { return; }"
                + "event.preventDefault(); field.scrollIntoView({block: 'center'}); field.focus(); });");
        setVisible(false);
    }

    /**
     * Ties a problem (its i18n key) to the field where it is fixed: the summary links to the field and
     * the field shows the message. Returns this list, to chain.
     */
    public <F extends Component & HasValidation> ProblemList field(String problemKey, F field) {
        if (field.getId().isEmpty()) {
            field.setId("field-" + Ids.newId());
        }
        fields.put(problemKey, field);
        return this;
    }

    /** Shows these problems (i18n keys), or hides the summary when there are none. */
    public void show(List<String> problemKeys) {
        removeAll();
        marked.forEach(field -> field.setInvalid(false));
        marked.clear();
        setVisible(!problemKeys.isEmpty());
        if (problemKeys.isEmpty()) {
            return;
        }
        String headingId = getId().orElseGet(() -> {
            String id = "problems-" + Ids.newId();
            setId(id);
            return id;
        }) + "-heading";
        H2 heading = new H2(getTranslation(introKey));
        heading.setId(headingId);
        getElement().setAttribute("aria-labelledby", headingId);
        UnorderedList list = new UnorderedList();
        problemKeys.forEach(key -> list.add(item(key)));
        add(heading, list);
        getElement().executeJs("this.scrollIntoView({block: 'start'}); this.focus({preventScroll: true});");
    }

    public void clear() {
        show(List.of());
    }

    private ListItem item(String problemKey) {
        String message = getTranslation(problemKey);
        Component field = fields.get(problemKey);
        if (field == null) {
            return new ListItem(message);
        }
        HasValidation validated = (HasValidation) field;
        validated.setErrorMessage(message);
        validated.setInvalid(true);
        marked.add(validated);
        String fieldId = field.getId().orElseThrow();
        Anchor link = new Anchor("#" + fieldId, message);
        link.getElement().setAttribute("data-field", fieldId);
        return new ListItem(link);
    }
}
