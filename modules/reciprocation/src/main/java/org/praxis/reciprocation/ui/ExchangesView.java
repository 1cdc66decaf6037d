package org.praxis.reciprocation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.praxis.platform.Roles;
import org.praxis.reciprocation.internal.LedgerService;
import org.praxis.reciprocation.internal.LedgerViews.Exchange;
import org.praxis.reciprocation.internal.LedgerViews.ExchangeKind;
import org.praxis.reciprocation.internal.LedgerViews.Node;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Who helped whom across the community: a picture (drawn on the server as SVG) with the programme
 * team, the institutions and the whole community as circles and what flowed between them as arrows,
 * and the same facts as a table for anyone who cannot see the picture.
 */
@Route("community/exchanges")
@PageTitle("reciprocation.exchanges.title")
@Menu(title = "reciprocation.menu.exchanges", order = 55, icon = "vaadin:connect")
@RolesAllowed({Roles.PROGRAMME_TEAM, Roles.INSTITUTION_LEAD})
public class ExchangesView extends Main {

    public ExchangesView(LedgerService ledger) {
        addClassName("praxis-view");
        add(new H1(getTranslation("reciprocation.exchanges.title")),
                new Paragraph(getTranslation("reciprocation.exchanges.intro")));
        List<Exchange> exchanges = ledger.exchanges();
        if (exchanges.isEmpty()) {
            add(new Paragraph(getTranslation("reciprocation.exchanges.empty")));
            return;
        }
        String svg = ExchangeNetworkSvg.render(exchanges, this::name, kind -> getTranslation("reciprocation.exchanges.kind." + kind.name()),
                getTranslation("reciprocation.exchanges.picture-title"));
        Image picture = new Image("data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)),
                getTranslation("reciprocation.exchanges.picture-alt", exchanges.size()));
        picture.addClassName("praxis-network");
        picture.setMaxWidth("100%");
        add(new H2(getTranslation("reciprocation.exchanges.picture-heading")), picture);
        UnorderedList legend = new UnorderedList();
        legend.getElement().setAttribute("aria-label", getTranslation("reciprocation.exchanges.legend"));
        for (ExchangeKind kind : ExchangeKind.values()) {
            legend.add(new ListItem(getTranslation("reciprocation.exchanges.legend." + kind.name())));
        }
        add(legend);

        Grid<Exchange> table = new Grid<>();
        table.addColumn(e -> name(e.from())).setHeader(getTranslation("reciprocation.exchanges.from")).setFlexGrow(2);
        table.addColumn(e -> name(e.to())).setHeader(getTranslation("reciprocation.exchanges.to")).setFlexGrow(2);
        table.addColumn(e -> getTranslation("reciprocation.exchanges.kind." + e.kind().name()))
                .setHeader(getTranslation("reciprocation.exchanges.what")).setFlexGrow(2);
        table.addColumn(Exchange::items).setHeader(getTranslation("reciprocation.exchanges.items")).setAutoWidth(true);
        table.addColumn(Exchange::hours).setHeader(getTranslation("reciprocation.exchanges.hours")).setAutoWidth(true);
        table.setItems(exchanges);
        table.setAllRowsVisible(true);
        table.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.getElement().setAttribute("aria-label", getTranslation("reciprocation.exchanges.table"));
        add(new H2(getTranslation("reciprocation.exchanges.table")), table);
    }

    private String name(Node node) {
        return switch (node.kind()) {
            case PROGRAMME -> getTranslation("reciprocation.owner.programme-team");
            case COMMUNITY -> getTranslation("reciprocation.exchanges.whole-community");
            case INSTITUTION -> node.name();
        };
    }
}
