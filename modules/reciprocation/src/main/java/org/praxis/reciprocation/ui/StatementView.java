package org.praxis.reciprocation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Roles;
import org.praxis.reciprocation.internal.ItemStatus;
import org.praxis.reciprocation.internal.LedgerService;
import org.praxis.reciprocation.internal.LedgerViews.CategoryTotal;
import org.praxis.reciprocation.internal.LedgerViews.LedgerLine;
import org.praxis.reciprocation.internal.LedgerViews.Statement;
import org.praxis.reciprocation.internal.LedgerViews.Totals;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One institution's statement: support received and contributions given back, in items and hours,
 * the balance, totals by kind, every exchange, and a CSV download. The programme team may open any
 * institution's; a lead only their own (anyone else's looks as if it did not exist).
 */
@Route("ledger/:organisation([0-9a-fA-F-]{36})")
@PageTitle("reciprocation.statement.title")
@RolesAllowed({Roles.PROGRAMME_TEAM, Roles.INSTITUTION_LEAD})
public class StatementView extends Main implements BeforeEnterObserver {

    private final LedgerService ledger;
    private final I18NProvider i18n;

    public StatementView(LedgerService ledger, I18NProvider i18n) {
        this.ledger = ledger;
        this.i18n = i18n;
        addClassName("praxis-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            show(ledger.statement(OrganisationId.of(event.getRouteParameters().get("organisation").orElseThrow())));
        } catch (IllegalArgumentException | ProblemException notFound) {
            add(new H1(getTranslation("reciprocation.ledger.not-found-title")),
                    new Paragraph(getTranslation("reciprocation.ledger.not-found")));
        }
    }

    private void show(Statement statement) {
        add(new H1(getTranslation("reciprocation.statement.heading", statement.organisationName())),
                new Paragraph(getTranslation("reciprocation.statement.intro")));
        if (statement.member()) {
            add(new Paragraph(ReciprocationLabels.badge(getTranslation("reciprocation.statement.member",
                    ReciprocationLabels.day(statement.memberSince())))));
        }

        Totals totals = statement.totals();
        Div summary = new Div();
        summary.addClassName("praxis-dashboard");
        summary.add(card("reciprocation.statement.received",
                getTranslation("reciprocation.ledger.items-hours", totals.supportItemsReceived(), totals.hoursReceived()),
                getTranslation("reciprocation.statement.still-to-come", totals.supportItemsPlanned(), totals.hoursPlanned())));
        summary.add(card("reciprocation.statement.given",
                getTranslation("reciprocation.ledger.items-hours", totals.contributionsDelivered(),
                        totals.contributionHoursDelivered()),
                getTranslation("reciprocation.statement.still-to-come", totals.contributionsPlanned(),
                        totals.contributionHoursPlanned())));
        summary.add(card("reciprocation.ledger.balance", balanceText(this, totals.hoursBalance()),
                getTranslation("reciprocation.statement.balance-explained")));
        add(summary);

        Locale locale = getLocale();
        OrganisationId organisation = statement.organisationId();
        String fileName = "statement-" + statement.organisationName().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "") + "-" + LocalDate.now() + ".csv";
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            var bytes = new java.io.ByteArrayOutputStream();
            try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
                ledger.writeStatementCsv(organisation, key -> i18n.getTranslation(key, locale), out);
            }
            byte[] content = bytes.toByteArray();
            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(content),
                    fileName, "text/csv; charset=utf-8", content.length);
        }), "");
        csv.add(VaadinIcon.DOWNLOAD.create(), new com.vaadin.flow.component.html.Span(
                getTranslation("reciprocation.statement.download")));
        csv.getElement().setAttribute("download", true);
        csv.addClassName("praxis-download");
        csv.getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "var(--lumo-space-s)");
        add(new Paragraph(csv));

        add(new H2(getTranslation("reciprocation.statement.by-kind")));
        Grid<CategoryTotal> kinds = new Grid<>();
        kinds.addColumn(c -> ReciprocationLabels.direction(this, c.side()))
                .setHeader(getTranslation("reciprocation.csv.direction"));
        kinds.addColumn(c -> ReciprocationLabels.category(this, c.side(), c.category()))
                .setHeader(getTranslation("reciprocation.csv.category")).setFlexGrow(2);
        kinds.addColumn(c -> getTranslation("reciprocation.ledger.items-hours", c.itemsDone(), c.hoursDone()))
                .setHeader(getTranslation("reciprocation.statement.done"));
        kinds.addColumn(c -> getTranslation("reciprocation.ledger.items-hours", c.itemsOpen(), c.hoursOpen()))
                .setHeader(getTranslation("reciprocation.statement.to-do"));
        kinds.setItems(statement.byCategory());
        kinds.setAllRowsVisible(true);
        kinds.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        kinds.setAriaLabel(getTranslation("reciprocation.statement.by-kind"));
        add(kinds);

        add(new H2(getTranslation("reciprocation.statement.exchanges")));
        if (statement.lines().isEmpty()) {
            add(new Paragraph(getTranslation("reciprocation.statement.empty")));
            return;
        }
        Grid<LedgerLine> lines = new Grid<>();
        lines.addComponentColumn(l -> ReciprocationLabels.linkTo(l.agreementTitle(), l.agreementId()))
                .setHeader(getTranslation("reciprocation.csv.agreement")).setFlexGrow(2);
        lines.addColumn(l -> ReciprocationLabels.direction(this, l.side()))
                .setHeader(getTranslation("reciprocation.csv.direction"));
        lines.addColumn(l -> ReciprocationLabels.category(this, l.side(), l.category()))
                .setHeader(getTranslation("reciprocation.csv.category"));
        lines.addColumn(LedgerLine::itemTitle).setHeader(getTranslation("reciprocation.csv.item")).setFlexGrow(3);
        lines.addColumn(LedgerLine::effortHours).setHeader(getTranslation("reciprocation.csv.hours")).setAutoWidth(true);
        lines.addComponentColumn(l -> ReciprocationLabels.itemStatusBadge(this, l.status()))
                .setHeader(getTranslation("reciprocation.csv.status"));
        lines.addColumn(l -> l.status() == ItemStatus.DONE ? ReciprocationLabels.day(l.completedAt())
                        : ReciprocationLabels.date(l.dueDate()))
                .setHeader(getTranslation("reciprocation.statement.when"));
        lines.setItems(statement.lines());
        lines.setAllRowsVisible(true);
        lines.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        lines.setAriaLabel(getTranslation("reciprocation.statement.exchanges"));
        add(lines);
    }

    private Component card(String titleKey, String main, String note) {
        Div card = new Div();
        card.addClassName("praxis-card");
        card.add(new H2(getTranslation(titleKey)), new Paragraph(main), new Paragraph(note));
        return card;
    }

    /** A balance of hours in plain words. */
    static String balanceText(Component component, int hours) {
        if (hours == 0) {
            return component.getTranslation("reciprocation.balance.even");
        }
        return hours > 0 ? component.getTranslation("reciprocation.balance.gave-more", hours)
                : component.getTranslation("reciprocation.balance.received-more", -hours);
    }
}
