package org.praxis.hub.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.praxis.hub.events.ResourceId;
import org.praxis.hub.internal.HubViews.ResourceRef;
import org.praxis.hub.internal.ResourceForm;
import org.praxis.hub.internal.ResourceService;
import org.praxis.platform.PraxisUser;
import praxis.testsupport.KaribuTest;
import praxis.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static praxis.testsupport.TestWords.marker;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Superseded by" as people meet it: Priya (programme team and moderator) marks a resource as replaced by
 * a newer one and clears the mark; Kemi (community member) is told first, on the page and in the library.
 * Titles are unique: the database is shared.
 */
class HubSupersessionViewsTests extends KaribuTest {

    static final String KEMI = "kemi@riverside.example";
    static final String LENA = "lena@liceria.example";
    static final String PRIYA = "team@praxis.example";

    @Autowired
    ResourceService resources;

    // --- superseded by ---------------------------------------------------------------------------------

    @Test
    void priyaMarksAResourceAsReplacedAndReadersAreToldFirstThenPriyaClearsIt() {
        String marker = marker("okapi");
        String oldTitle = "Co-production charter, first edition " + marker;
        String newTitle = "Co-production charter, second edition " + marker;
        ResourceId older = publishAsLena(oldTitle);
        ResourceId newer = publishAsLena(newTitle);

        signInAs(PRIYA);
        navigate(ResourceView.class, new RouteParameters("id", older.toString()));
        _click(_get(Button.class, spec -> spec.withText("Mark as replaced")));
        assertThat(notifications()).contains("Choose the newer resource first.");
        @SuppressWarnings("unchecked")
        ComboBox<ResourceRef> picker = _get(ComboBox.class, spec -> spec.withLabel("Newer resource that replaces this one"));
        _setValue(picker, resources.describe(newer).orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Mark as replaced")));
        assertThat(notifications()).contains("Marked as replaced.");
        assertThat(_find(Span.class)).anySatisfy(span -> assertThat(span.getText())
                .endsWith(" – Marked as replaced by a newer resource, by Priya Shah"));

        // Kemi reads the old one: the notice comes first, before the plain-language summary.
        signInAs(KEMI);
        navigate(ResourceView.class, new RouteParameters("id", older.toString()));
        Div notice = _get(Div.class, spec -> spec.withClasses("hub-superseded"));
        assertThat(notice.getElement().getAttribute("role")).isEqualTo("note");
        assertThat(text(notice)).isEqualTo("A newer resource replaces this one: " + newTitle);
        RouterLink link = _get(notice, RouterLink.class, spec -> spec.withText(newTitle));
        assertThat(link.getHref()).isEqualTo("hub/resources/" + newer);
        List<Component> page = _get(ResourceView.class).getChildren().toList();
        Component inShort = _get(H2.class, spec -> spec.withText("In short")).getParent().orElseThrow();
        assertThat(page.indexOf(notice)).isNotNegative().isLessThan(page.indexOf(inShort));
        // The new one says what it replaces.
        navigate(ResourceView.class, new RouteParameters("id", newer.toString()));
        _assertNone(Div.class, spec -> spec.withClasses("hub-superseded"));
        assertThat(text(_get(Paragraph.class, spec -> spec.withClasses("hub-replaces"))))
                .isEqualTo("This replaces: " + oldTitle);

        // The library still finds the old one, with a text badge.
        navigate(LibraryView.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Search the library")), marker);
        _click(_get(Button.class, spec -> spec.withText("Search")));
        assertThat(resultCard(oldTitle).getChildren().anyMatch(c -> text(c).contains("Replaced by a newer resource")))
                .isTrue();
        assertThat(resultCard(newTitle).getChildren().anyMatch(c -> text(c).contains("Replaced by a newer resource")))
                .isFalse();

        // Priya clears the mark.
        signInAs(PRIYA);
        navigate(ResourceView.class, new RouteParameters("id", older.toString()));
        _click(_get(Button.class, spec -> spec.withText("Clear the “replaced” mark")));
        assertThat(notifications()).contains("The “replaced” mark was cleared.");
        _assertNone(Div.class, spec -> spec.withClasses("hub-superseded"));
    }

    // --- helpers ----------------------------------------------------------------------------------------

    private ResourceId publishAsLena(String title) {
        ResourceForm form = new ResourceForm();
        form.setType("how-to-guide");
        form.setTitle(title);
        form.setPlainSummary("A plain summary of " + title + ".");
        PraxisUser lena = load(LENA);
        PraxisUser priya = load(PRIYA);
        ResourceId id = TestUsers.as(lena, () -> resources.create(form));
        TestUsers.as(lena, () -> resources.submit(id, 0, ""));
        TestUsers.as(priya, () -> resources.publish(id, 1, ""));
        return id;
    }

    private static ListItem resultCard(String title) {
        return _find(ListItem.class, spec -> spec.withClasses("praxis-card")).stream()
                .filter(item -> item.getChildren().anyMatch(c -> c instanceof com.vaadin.flow.component.html.H3
                        && text(c).equals(title)))
                .findFirst().orElseThrow();
    }

    /** The text a person reads in a component, children included. */
    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    /** 32 random lower-case letters (a–p): a UUID's hex digits with 0–9 mapped to g–p, so never too short. */
}
