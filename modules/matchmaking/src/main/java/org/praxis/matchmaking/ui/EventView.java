package org.praxis.matchmaking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.praxis.matchmaking.events.AttendeeSide;
import org.praxis.matchmaking.events.MatchEventId;
import org.praxis.matchmaking.internal.DirectoryVisibility;
import org.praxis.matchmaking.internal.MatchEventService;
import org.praxis.matchmaking.internal.MatchmakingTime;
import org.praxis.matchmaking.internal.MatchmakingViews.ChecklistItem;
import org.praxis.matchmaking.internal.MatchmakingViews.DirectoryEntry;
import org.praxis.matchmaking.internal.MatchmakingViews.MatchEvent;
import org.praxis.matchmaking.internal.MatchmakingViews.Material;
import org.praxis.matchmaking.internal.MatchmakingViews.Places;
import org.praxis.matchmaking.internal.MatchmakingViews.Registration;
import org.praxis.matchmaking.internal.PartnershipForm;
import org.praxis.matchmaking.internal.PartnershipService;
import org.praxis.matchmaking.internal.ProfileForm;
import org.praxis.matchmaking.internal.RegistrationService;
import org.praxis.matchmaking.internal.RegistrationStatus;
import org.praxis.matchmaking.internal.RotationService;
import org.praxis.matchmaking.internal.Translator;
import org.praxis.platform.ProblemException;
import org.praxis.platform.ui.ProblemList;
import org.praxis.platform.ui.UiFeedback;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A match event as attendees meet it: when and where, what to read before coming, applying with a short
 * profile, one's place (or offer, or place in the queue), the "before you come" checklist, the directory of those
 * who chose to appear, one's own run sheet, and forming a partnership with someone met there.
 */
@Route("matchmaking/events/:id([0-9a-fA-F-]{36})")
@PageTitle("matchmaking.event.title")
@PermitAll
public class EventView extends Main implements BeforeEnterObserver {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.UK);

    private final MatchEventService events;
    private final RegistrationService registrations;
    private final RotationService rotations;
    private final PartnershipService partnerships;
    private final MatchmakingTime time;
    private final I18NProvider i18n;
    private final ProblemList problems = new ProblemList("matchmaking.form.problems");
    private MatchEventId id = new MatchEventId(new java.util.UUID(0, 0));

    public EventView(MatchEventService events, RegistrationService registrations, RotationService rotations,
                     PartnershipService partnerships, MatchmakingTime time, I18NProvider i18n) {
        this.events = events;
        this.registrations = registrations;
        this.rotations = rotations;
        this.partnerships = partnerships;
        this.time = time;
        this.i18n = i18n;
        addClassName("praxis-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = MatchEventId.of(event.getRouteParameters().get("id").orElseThrow());
            render();
        } catch (IllegalArgumentException | ProblemException notFound) {
            UiFeedback.problem("matchmaking.error.event-not-found");
            event.forwardTo(MatchEventsView.class);
        }
    }

    private void render() {
        removeAll();
        problems.clear();
        MatchEvent event = events.event(id);
        add(new H1(event.title()), new Paragraph(MatchmakingLabels.when(this, event, time.zone())));
        if (event.online() && !event.link().isBlank()) {
            add(new Paragraph(getTranslation("matchmaking.event.link", event.link())));
        }
        if (!event.description().isBlank()) {
            add(new Paragraph(event.description()));
        }
        add(new Paragraph(MatchmakingLabels.places(this, event)));
        List<Material> materials = events.materials(id);
        if (!materials.isEmpty()) {
            UnorderedList list = new UnorderedList();
            materials.forEach(m -> list.add(new ListItem(m.title())));
            add(section("matchmaking.event.materials", list));
        }
        Optional<Registration> mine = registrations.mineFor(id);
        add(problems);
        if (mine.isEmpty()) {
            if (event.startsAt().isAfter(time.now())) {
                add(applyForm(event));
            }
        } else {
            add(myPlace(mine.get()));
            if (mine.get().status() == RegistrationStatus.CONFIRMED) {
                add(checklist(mine.get()));
            }
        }
        List<DirectoryEntry> directory = registrations.directory(id);
        add(directory(directory));
        if (mine.isPresent() && mine.get().status() == RegistrationStatus.CONFIRMED
                && mine.get().side() != AttendeeSide.BROKER) {
            add(partnershipForm(mine.get(), directory));
        }
    }

    private Section applyForm(MatchEvent event) {
        Binder<ProfileForm> binder = new Binder<>(ProfileForm.class);
        Select<AttendeeSide> side = new Select<>();
        side.setLabel(getTranslation("matchmaking.field.side"));
        side.setItems(event.places().stream().filter(p -> p.places() > 0).map(Places::side).toList());
        side.setItemLabelGenerator(s -> getTranslation("matchmaking.side." + s.name()));
        TextArea offer = new TextArea(getTranslation("matchmaking.field.offer"));
        offer.setMaxLength(ProfileForm.OFFER_MAX);
        TextArea lookingFor = new TextArea(getTranslation("matchmaking.field.looking-for"));
        lookingFor.setMaxLength(ProfileForm.LOOKING_FOR_MAX);
        TextField themes = new TextField(getTranslation("matchmaking.field.themes"));
        themes.setMaxLength(ProfileForm.THEMES_MAX);
        TextField location = new TextField(getTranslation("matchmaking.field.location"));
        location.setMaxLength(ProfileForm.LOCATION_MAX);
        TextArea access = new TextArea(getTranslation("matchmaking.field.access-needs"));
        access.setHelperText(getTranslation("matchmaking.field.access-needs-help"));
        access.setMaxLength(ProfileForm.ACCESS_NEEDS_MAX);
        RadioButtonGroup<DirectoryVisibility> visibility = new RadioButtonGroup<>(
                getTranslation("matchmaking.field.visibility"));
        visibility.setItems(DirectoryVisibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("matchmaking.visibility." + v.name()));
        Checkbox trio = new Checkbox(getTranslation("matchmaking.field.prefers-group"));
        binder.forField(side).bind(ProfileForm::getSide, ProfileForm::setSide);
        binder.forField(offer).bind(ProfileForm::getOffer, ProfileForm::setOffer);
        binder.forField(lookingFor).bind(ProfileForm::getLookingFor, ProfileForm::setLookingFor);
        binder.forField(themes).bind(ProfileForm::getThemes, ProfileForm::setThemes);
        binder.forField(location).bind(ProfileForm::getLocation, ProfileForm::setLocation);
        binder.forField(access).bind(ProfileForm::getAccessNeeds, ProfileForm::setAccessNeeds);
        binder.forField(visibility).bind(ProfileForm::getVisibility, ProfileForm::setVisibility);
        binder.forField(trio).bind(ProfileForm::isPrefersGroup, ProfileForm::setPrefersGroup);
        binder.readBean(new ProfileForm());
        Button apply = new Button(getTranslation("matchmaking.event.apply"), e -> {
            ProfileForm form = new ProfileForm();
            binder.writeBeanAsDraft(form, true);
            if (UiFeedback.attempt(() -> registrations.apply(id, form), problems::show)) {
                UiFeedback.success("matchmaking.event.applied");
                render();
            }
        });
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(side, offer, lookingFor, themes, location, access, visibility, trio);
        return section("matchmaking.event.apply-heading", new Paragraph(getTranslation("matchmaking.event.apply-intro")),
                form, apply);
    }

    private Section myPlace(Registration mine) {
        Section section = section("matchmaking.event.your-place",
                MatchmakingLabels.status(this, "matchmaking.status." + mine.status().name()));
        if (mine.status() == RegistrationStatus.OFFERED && mine.offeredUntil() != null) {
            section.add(new Paragraph(getTranslation("matchmaking.event.offer-until",
                    UNTIL.format(mine.offeredUntil().atZoneSameInstant(time.zone())))));
            Button take = new Button(getTranslation("matchmaking.event.take-place"), e -> {
                if (UiFeedback.attempt(() -> registrations.acceptOffer(mine.id(), mine.version()), problems::show)) {
                    UiFeedback.success("matchmaking.event.place-taken");
                    render();
                }
            });
            take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(take);
        }
        Button cancel = new Button(getTranslation(mine.status() == RegistrationStatus.OFFERED
                ? "matchmaking.event.decline-place" : "matchmaking.event.cancel"), e -> {
            if (UiFeedback.attempt(() -> registrations.cancel(mine.id(), mine.version()), problems::show)) {
                UiFeedback.success("matchmaking.event.cancelled");
                render();
            }
        });
        section.add(cancel);
        if (mine.status() == RegistrationStatus.CONFIRMED) {
            Locale locale = getLocale();
            Translator texts = (key, arguments) -> i18n.getTranslation(key, locale, arguments);
            section.add(new Paragraph(MatchmakingLabels.download(getTranslation("matchmaking.event.my-run-sheet"),
                    () -> rotations.myRunSheet(id, texts))));
        }
        return section;
    }

    private Section checklist(Registration mine) {
        Section section = section("matchmaking.event.checklist");
        for (ChecklistItem item : registrations.checklist(id)) {
            Checkbox box = new Checkbox(item.text(), item.confirmed());
            box.addValueChangeListener(e -> UiFeedback.attempt(
                    () -> registrations.confirm(mine.id(), item.id(), e.getValue()), problems::show));
            section.add(new Paragraph(box));
        }
        return section;
    }

    private Section directory(List<DirectoryEntry> directory) {
        Section section = section("matchmaking.event.directory",
                new Paragraph(getTranslation("matchmaking.event.directory-intro")));
        if (directory.isEmpty()) {
            section.add(new Paragraph(getTranslation("matchmaking.event.directory-empty")));
        }
        for (DirectoryEntry entry : directory) {
            Section card = new Section(new com.vaadin.flow.component.html.H3(entry.name()),
                    new Paragraph(getTranslation("matchmaking.side." + entry.side().name())
                            + (entry.organisation() == null ? "" : ", " + entry.organisation())
                            + (entry.location().isBlank() ? "" : ", " + entry.location())),
                    new Paragraph(getTranslation("matchmaking.event.offers", entry.offer())),
                    new Paragraph(getTranslation("matchmaking.event.looks-for", entry.lookingFor())));
            if (!entry.themes().isBlank()) {
                card.add(new Paragraph(getTranslation("matchmaking.event.themes", entry.themes())));
            }
            card.addClassName("praxis-card");
            section.add(card);
        }
        return section;
    }

    private Section partnershipForm(Registration mine, List<DirectoryEntry> directory) {
        AttendeeSide other = mine.side() == AttendeeSide.COMMUNITY ? AttendeeSide.RESEARCHER : AttendeeSide.COMMUNITY;
        TextField name = new TextField(getTranslation("matchmaking.field.partnership-name"));
        name.setMaxLength(PartnershipForm.NAME_MAX);
        ComboBox<DirectoryEntry> partner = new ComboBox<>(getTranslation("matchmaking.field.partner"));
        partner.setItems(directory.stream().filter(d -> d.side() == other).toList());
        partner.setItemLabelGenerator(DirectoryEntry::name);
        ComboBox<DirectoryEntry> broker = new ComboBox<>(getTranslation("matchmaking.field.broker"));
        broker.setItems(directory.stream().filter(d -> d.side() == AttendeeSide.BROKER).toList());
        broker.setItemLabelGenerator(DirectoryEntry::name);
        Button form = new Button(getTranslation("matchmaking.event.form-partnership"), e -> {
            PartnershipForm partnership = new PartnershipForm();
            partnership.setName(name.getValue());
            partnership.setPartner(partner.getValue() == null ? null : partner.getValue().registration());
            partnership.setBroker(broker.getValue() == null ? null : broker.getValue().registration());
            var formed = new org.praxis.matchmaking.events.PartnershipId[1];
            if (UiFeedback.attempt(() -> formed[0] = partnerships.form(id, partnership), problems::show)) {
                UiFeedback.success("matchmaking.event.partnership-formed");
                getUI().ifPresent(ui -> ui.navigate(PartnershipView.class,
                        new RouteParameters("id", formed[0].toString())));
            }
        });
        return section("matchmaking.event.partnership", new Paragraph(getTranslation("matchmaking.event.partnership-intro")),
                new FormLayout(name, partner, broker), form);
    }

    private Section section(String headingKey, com.vaadin.flow.component.Component... content) {
        Section section = new Section(new H2(getTranslation(headingKey)));
        section.add(content);
        return section;
    }
}
