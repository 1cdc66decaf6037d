package org.praxis.reciprocation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.jspecify.annotations.Nullable;
import org.praxis.reciprocation.events.AgreementId;
import org.praxis.reciprocation.events.Side;
import org.praxis.reciprocation.internal.AgreementStatus;
import org.praxis.reciprocation.internal.AgreementViews.Item;
import org.praxis.reciprocation.internal.ItemStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Plain-words labels for the module's values, shared by its views. */
final class ReciprocationLabels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.UK);
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.UK);

    private ReciprocationLabels() {
    }

    static String status(Component component, AgreementStatus status) {
        return component.getTranslation("reciprocation.status." + status.name());
    }

    static Span statusBadge(Component component, AgreementStatus status) {
        return badge(status(component, status));
    }

    static Span itemStatusBadge(Component component, ItemStatus status) {
        return badge(component.getTranslation("reciprocation.item-status." + status.name()));
    }

    static Span badge(String text) {
        Span badge = new Span(text);
        badge.addClassName("praxis-status");
        return badge;
    }

    /** The kind of an item: its support route or its contribution type, or "other". */
    static String category(Component component, Side side, @Nullable String category) {
        if (category == null) {
            return component.getTranslation("reciprocation.category.none");
        }
        return component.getTranslation((side == Side.SUPPORT ? "reciprocation.route." : "reciprocation.type.") + category);
    }

    static String category(Component component, Item item) {
        return category(component, item.side(), item.category());
    }

    /** Who delivers an item: as written, or the side's default. */
    static String owner(Component component, Item item, String organisationName) {
        if (item.owner() != null && !item.owner().isBlank()) {
            return item.owner();
        }
        return item.side() == Side.SUPPORT ? component.getTranslation("reciprocation.owner.programme-team")
                : organisationName;
    }

    static String direction(Component component, Side side) {
        return component.getTranslation("reciprocation.csv.direction." + side.name());
    }

    static RouterLink linkTo(String text, AgreementId id) {
        return new RouterLink(text, AgreementView.class, new RouteParameters("id", id.toString()));
    }

    /** Lays a description list out as two compact columns: term, then its value. */
    static DescriptionList compact(DescriptionList list) {
        list.getStyle().set("display", "grid").set("grid-template-columns", "max-content 1fr")
                .set("column-gap", "var(--lumo-space-m)").set("row-gap", "var(--lumo-space-xs)")
                .set("margin", "var(--lumo-space-s) 0");
        list.getChildren().forEach(child -> {
            if (child instanceof DescriptionList.Term term) {
                term.getStyle().set("font-weight", "600");
            } else if (child instanceof DescriptionList.Description description) {
                description.getStyle().set("margin", "0");
            }
        });
        return list;
    }

    static String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String dateTime(@Nullable OffsetDateTime dateTime) {
        return dateTime == null ? "" : DATE_TIME.format(dateTime.atZoneSameInstant(ZoneId.systemDefault()));
    }

    static String day(@Nullable OffsetDateTime dateTime) {
        return dateTime == null ? "" : DATE.format(dateTime.atZoneSameInstant(ZoneId.systemDefault()));
    }
}
