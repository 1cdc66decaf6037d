package org.praxis.hub.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.praxis.hub.events.ResourceId;
import org.praxis.hub.internal.Format;
import org.praxis.hub.internal.HubViews.SearchHit;
import org.praxis.hub.internal.HubViews.SearchQuery;
import org.praxis.hub.internal.HubViews.SearchResult;
import org.praxis.hub.internal.Level;
import org.praxis.hub.internal.SearchService;
import org.praxis.hub.internal.SupersessionService;
import org.praxis.hub.internal.Vocabulary;
import org.praxis.hub.internal.VocabularyService;
import org.praxis.platform.ProblemException;
import org.praxis.platform.ui.UiFeedback;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Browse and search the library: free text, facet filters (real checkboxes in labelled groups),
 * counts, highlighted snippets, sort and pages. The number of results is announced to screen readers.
 * Resources replaced by a newer one stay in the results, with a text badge saying so.
 */
@Route("hub")
@PageTitle("hub.library.title")
@Menu(title = "hub.menu.library", order = 30, icon = "vaadin:book")
@PermitAll
public class LibraryView extends Main implements BeforeEnterObserver {

    static final int PAGE_SIZE = 20;

    private final SearchService search;
    private final VocabularyService vocabularies;
    private final SupersessionService supersessions;
    private final TextField text = new TextField();
    private final Select<SearchQuery.Sort> sort = new Select<>();
    private final Map<String, FacetGroup> facets = new LinkedHashMap<>();
    private final H2 resultCount = new H2();
    private final Div status = new Div();
    private final UnorderedList results = new UnorderedList();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Span page = new Span();
    private int offset;

    public LibraryView(SearchService search, VocabularyService vocabularies, SupersessionService supersessions) {
        this.search = search;
        this.vocabularies = vocabularies;
        this.supersessions = supersessions;
        addClassName("praxis-view");

        text.setLabel(getTranslation("hub.library.search"));
        text.setHelperText(getTranslation("hub.library.search-help"));
        text.setMaxLength(SearchService.TEXT_MAX);
        text.setClearButtonVisible(true);
        text.setWidth("28rem");
        text.addKeyPressListener(Key.ENTER, e -> searchFromStart());
        Button go = new Button(getTranslation("action.search"), e -> searchFromStart());
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sort.setLabel(getTranslation("hub.library.sort"));
        sort.setItems(SearchQuery.Sort.values());
        sort.setItemLabelGenerator(s -> getTranslation("hub.library.sort." + s.name()));
        sort.setValue(SearchQuery.Sort.RELEVANCE);
        sort.addValueChangeListener(e -> searchFromStart());
        HorizontalLayout searchBar = new HorizontalLayout(text, go, sort);
        searchBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        searchBar.setWrap(true);

        addFacet(SearchResult.TYPE, "hub.field.type", terms(Vocabulary.TYPE));
        addFacet(SearchResult.LEVEL, "hub.field.level", Arrays.stream(Level.values())
                .map(l -> new FacetGroup.Value(l.name(), getTranslation("hub.level." + l.name()))).toList());
        addFacet(SearchResult.FORMAT, "hub.field.formats", Arrays.stream(Format.values())
                .map(f -> new FacetGroup.Value(f.name(), getTranslation("hub.format." + f.name()))).toList());
        addFacet(SearchResult.BENEFICIARY, "hub.field.beneficiaries", terms(Vocabulary.BENEFICIARY));
        addFacet(SearchResult.STAKEHOLDER, "hub.field.stakeholders", terms(Vocabulary.STAKEHOLDER));
        addFacet(SearchResult.PRINCIPLE, "hub.field.principles", terms(Vocabulary.PRINCIPLE));
        addFacet(SearchResult.KEYWORD, "hub.field.keywords", terms(Vocabulary.KEYWORD));

        Button clear = new Button(getTranslation("action.clear-filters"), e -> {
            facets.values().forEach(FacetGroup::clear);
            searchFromStart();
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div filters = new Div(new H2(getTranslation("hub.library.filters")), clear);
        filters.addClassName("hub-filters");
        filters.getStyle().set("flex", "0 0 18rem").set("max-width", "100%");
        facets.values().forEach(filters::add);

        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        status.add(resultCount);
        results.addClassName("hub-results");
        results.getStyle().set("list-style", "none").set("padding-inline-start", "0");
        previous.setText(getTranslation("hub.library.previous"));
        previous.addClickListener(e -> {
            offset = Math.max(0, offset - PAGE_SIZE);
            refresh();
        });
        next.setText(getTranslation("hub.library.next"));
        next.addClickListener(e -> {
            offset += PAGE_SIZE;
            refresh();
        });
        HorizontalLayout paging = new HorizontalLayout(previous, page, next);
        paging.setAlignItems(FlexComponent.Alignment.CENTER);

        Div resultsColumn = new Div(status, results, paging);
        resultsColumn.addClassName("hub-results-column");
        resultsColumn.getStyle().set("flex", "1 1 28rem").set("min-width", "0");
        HorizontalLayout body = new HorizontalLayout(filters, resultsColumn);
        body.setWidthFull();
        body.setAlignItems(FlexComponent.Alignment.START);
        body.setWrap(true);
        body.setFlexGrow(1, resultsColumn);

        RouterLink share = new RouterLink(getTranslation("hub.library.share"), ResourceEditorView.class);
        add(new H1(getTranslation("hub.library.title")), new Paragraph(getTranslation("hub.library.intro")), share,
                searchBar, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        parameters.getOrDefault("q", List.of()).stream().findFirst().ifPresent(text::setValue);
        facets.forEach((name, group) -> parameters.getOrDefault(name, List.of()).forEach(group::select));
        offset = 0;
        refresh();
    }

    private void addFacet(String name, String titleKey, List<FacetGroup.Value> values) {
        facets.put(name, new FacetGroup(name, getTranslation(titleKey), values, this::searchFromStart));
    }

    private List<FacetGroup.Value> terms(Vocabulary vocabulary) {
        return vocabularies.active(vocabulary).stream().map(t -> new FacetGroup.Value(t.code(), t.label())).toList();
    }

    private void searchFromStart() {
        offset = 0;
        refresh();
    }

    SearchQuery query() {
        return new SearchQuery(text.getValue(), selected(SearchResult.TYPE), selected(SearchResult.BENEFICIARY),
                selected(SearchResult.STAKEHOLDER), selected(SearchResult.PRINCIPLE), selected(SearchResult.KEYWORD),
                enums(selected(SearchResult.LEVEL), Level.class), enums(selected(SearchResult.FORMAT), Format.class),
                sort.getValue() == null ? SearchQuery.Sort.RELEVANCE : sort.getValue(), offset, PAGE_SIZE);
    }

    private Set<String> selected(String facet) {
        return facets.get(facet).selected();
    }

    private static <E extends Enum<E>> Set<E> enums(Set<String> names, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        names.forEach(name -> set.add(Enum.valueOf(type, name)));
        return set;
    }

    private void refresh() {
        SearchResult result;
        try {
            result = search.search(query());
        } catch (ProblemException problem) {
            UiFeedback.problem(problem);
            return;
        }
        facets.forEach((name, group) -> group.showCounts(result.facets().getOrDefault(name, Map.of())));
        resultCount.setText(result.total() == 0 ? getTranslation("hub.library.none")
                : result.capped() ? getTranslation("hub.library.count-capped", result.total())
                : getTranslation("hub.library.count", result.total()));
        results.removeAll();
        Map<String, String> typeLabels = vocabularies.labels(Vocabulary.TYPE);
        // A separate small lookup for this page's results (the search itself does not know about the mark).
        Set<ResourceId> replaced = supersessions.replacedAmong(result.hits().stream().map(SearchHit::id).toList());
        for (SearchHit hit : result.hits()) {
            results.add(resultItem(hit, typeLabels, replaced.contains(hit.id())));
        }
        int pages = (result.total() + PAGE_SIZE - 1) / PAGE_SIZE;
        previous.setEnabled(offset > 0);
        next.setEnabled(offset + PAGE_SIZE < result.total());
        page.setText(pages <= 1 ? "" : getTranslation("hub.library.page", offset / PAGE_SIZE + 1, pages));
        previous.setVisible(pages > 1);
        next.setVisible(pages > 1);
    }

    private ListItem resultItem(SearchHit hit, Map<String, String> typeLabels, boolean replaced) {
        com.vaadin.flow.component.html.H3 title = new com.vaadin.flow.component.html.H3(HubLabels.linkTo(hit.title(), hit.id()));
        Span type = new Span(typeLabels.getOrDefault(hit.type(), hit.type()));
        type.addClassName("praxis-status");
        Paragraph meta = new Paragraph(type);
        if (replaced) {
            Span badge = new Span(getTranslation("hub.superseded.badge"));
            badge.addClassNames("praxis-status", "hub-superseded-badge");
            meta.add(new Span(" "), badge);
        }
        if (!hit.ownerOrganisationName().isBlank()) {
            meta.add(new Span(" " + getTranslation("hub.library.from", hit.ownerOrganisationName())));
        }
        if (hit.level() != Level.ANYONE) {
            meta.add(new Span(" · " + getTranslation("hub.level." + hit.level().name())));
        }
        ListItem item = new ListItem(title, meta);
        if (!hit.plainSummary().isBlank()) {
            item.add(new Paragraph(hit.plainSummary()));
        }
        if (!hit.snippetHtml().isBlank()) {
            Paragraph snippet = new Paragraph();
            snippet.addClassName("hub-snippet");
            // Safe: the snippet is escaped text with <mark> added around matched words (JooqSearchQuery).
            snippet.getElement().setProperty("innerHTML", hit.snippetHtml());
            item.add(snippet);
        }
        item.addClassName("praxis-card");
        item.getStyle().set("margin-bottom", "var(--lumo-space-m)");
        return item;
    }

    /** Labels of the chosen values, for tests and for the result heading. */
    String describeFilters() {
        return facets.values().stream().flatMap(f -> f.selected().stream()).collect(Collectors.joining(", "));
    }
}
