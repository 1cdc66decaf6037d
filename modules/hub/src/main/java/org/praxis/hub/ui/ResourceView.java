package org.praxis.hub.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import org.praxis.hub.events.ResourceId;
import org.praxis.hub.internal.CollectionService;
import org.praxis.hub.internal.CollectionViews.Membership;
import org.praxis.hub.internal.FeedbackService;
import org.praxis.hub.internal.HubViews.FeedbackSummary;
import org.praxis.hub.internal.HubViews.FileInfo;
import org.praxis.hub.internal.HubViews.ResourceDetails;
import org.praxis.hub.internal.HubViews.ResourceRef;
import org.praxis.hub.internal.ResourceForm;
import org.praxis.hub.internal.ResourceService;
import org.praxis.hub.internal.ResourceStatus;
import org.praxis.hub.internal.SafeMarkdown;
import org.praxis.hub.internal.SupersessionService;
import org.praxis.hub.internal.SupersessionService.Supersession;
import org.praxis.hub.internal.Vocabulary;
import org.praxis.hub.internal.VocabularyService;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.Licence;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Role;
import org.praxis.platform.ui.UiFeedback;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One resource: the plain-language summary first, then what it is, the resource itself (Markdown
 * rendered safely), files and links, licence and how to credit it, versions and adaptations, and
 * readers' feedback. Submitters see where their submission is; moderators act on it here. A resource
 * replaced by a newer one says so first, with a link; the collections and pathways it is part of are named.
 */
@Route("hub/resources/:id([0-9a-fA-F-]{36})")
@PageTitle("hub.resource.title")
@PermitAll
public class ResourceView extends Main implements BeforeEnterObserver {

    private final ResourceService resources;
    private final FeedbackService feedback;
    private final VocabularyService vocabularies;
    private final SupersessionService supersessions;
    private final CollectionService collections;
    private final CurrentUser currentUser;

    public ResourceView(ResourceService resources, FeedbackService feedback, VocabularyService vocabularies,
                        SupersessionService supersessions, CollectionService collections, CurrentUser currentUser) {
        this.resources = resources;
        this.feedback = feedback;
        this.vocabularies = vocabularies;
        this.supersessions = supersessions;
        this.collections = collections;
        this.currentUser = currentUser;
        addClassName("praxis-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            ResourceId id = new ResourceId(UUID.fromString(event.getRouteParameters().get("id").orElseThrow()));
            show(resources.open(id));
        } catch (IllegalArgumentException | ProblemException notFound) {
            removeAll();
            add(new H1(getTranslation("hub.error.not-found-title")), new Paragraph(getTranslation("hub.error.not-found")),
                    new RouterLink(getTranslation("hub.resource.back-to-library"), LibraryView.class));
        }
    }

    private void reload(ResourceId id) {
        show(resources.get(id));
    }

    private void show(ResourceDetails resource) {
        removeAll();
        ResourceForm content = resource.content();
        add(new H1(content.getTitle()));
        if (resource.status() != ResourceStatus.PUBLISHED) {
            add(new Paragraph(new Span(getTranslation("hub.field.status") + ": "),
                    HubLabels.statusBadge(this, resource.status()),
                    new Span(" " + getTranslation("hub.status-explained." + resource.status().name()))));
        }
        Supersession supersession = supersessions.of(resource.id());
        replacedNotice(supersession);

        // The plain-language summary comes first, for everyone.
        Div inShort = new Div(new H2(getTranslation("hub.resource.in-short")));
        inShort.addClassName("praxis-card");
        inShort.add(new Paragraph(content.getPlainSummary().isBlank()
                ? getTranslation("hub.resource.no-plain-summary") : content.getPlainSummary()));
        add(inShort);
        if (!content.getSummary().isBlank()) {
            add(new Paragraph(content.getSummary()));
        }
        if (resource.status() == ResourceStatus.PUBLISHED) {
            partOf(resource.id());
        }

        add(new H2(getTranslation("hub.resource.about")), about(resource));

        if (!content.getBody().isBlank()) {
            add(new H2(getTranslation("hub.resource.body")));
            // Markdown → HTML through commonmark (raw HTML escaped) and the OWASP sanitizer: nothing runs.
            add(new Html("<div class=\"hub-body\">" + SafeMarkdown.toHtml(content.getBody()) + "</div>"));
        }

        filesAndLinks(resource);
        licence(content);
        versionsAndAdaptations(resource);
        if (resource.status() == ResourceStatus.PUBLISHED) {
            feedbackSection(resource.id());
        }
        if (resource.status() != ResourceStatus.PUBLISHED || isModerator()) {
            progress(resource);
        }
        if (isModerator()) {
            moderation(resource, supersession);
        }
    }

    /** "A newer resource replaces this one: …" first, and what this one replaces. */
    private void replacedNotice(Supersession supersession) {
        ResourceRef newer = supersession.replacedBy();
        if (newer != null) {
            Div notice = new Div(new Paragraph(new Span(getTranslation("hub.superseded.notice") + " "),
                    HubLabels.linkTo(newer.title(), newer.id())));
            notice.addClassName("praxis-card");
            notice.addClassName("hub-superseded");
            notice.getElement().setAttribute("role", "note");
            notice.getStyle().set("border-width", "2px").set("margin-bottom", "var(--lumo-space-m)");
            add(notice);
        }
        if (!supersession.replaces().isEmpty()) {
            Paragraph replaces = new Paragraph(new Span(getTranslation("hub.superseded.replaces") + " "));
            replaces.addClassName("hub-replaces");
            for (int i = 0; i < supersession.replaces().size(); i++) {
                ResourceRef older = supersession.replaces().get(i);
                if (i > 0) {
                    replaces.add(new Span(", "));
                }
                replaces.add(HubLabels.linkTo(older.title(), older.id()));
            }
            add(replaces);
        }
    }

    /** "Part of: <collection>, step 3 of 6" for each published collection this resource is in. */
    private void partOf(ResourceId id) {
        List<Membership> memberships = collections.partOf(id);
        if (memberships.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("hub-part-of");
        for (Membership membership : memberships) {
            ListItem item = new ListItem(new Span(getTranslation("hub.collection.part-of") + " "),
                    CollectionView.linkTo(membership.title(), membership.id()));
            if (membership.pathway()) {
                item.add(new Span(getTranslation("hub.collection.part-of-step", membership.step(), membership.steps())));
            }
            list.add(item);
        }
        add(list);
    }

    private DescriptionList about(ResourceDetails resource) {
        ResourceForm content = resource.content();
        DescriptionList list = new DescriptionList();
        HubLabels.term(this, list, "hub.field.type", vocabularies.labels(Vocabulary.TYPE, List.of(content.getType())).getFirst());
        HubLabels.term(this, list, "hub.field.level", getTranslation("hub.level." + content.getLevel().name()));
        HubLabels.term(this, list, "hub.field.formats", content.getFormats().stream()
                .map(f -> getTranslation("hub.format." + f.name())).collect(Collectors.joining(", ")));
        HubLabels.term(this, list, "hub.field.accessibility", content.getAccessibility().stream()
                .map(a -> getTranslation("hub.accessibility." + a.name())).collect(Collectors.joining(", ")));
        HubLabels.term(this, list, "hub.field.accessibility-notes", content.getAccessibilityNotes());
        HubLabels.term(this, list, "hub.field.beneficiaries", labels(Vocabulary.BENEFICIARY, content.getBeneficiaries()));
        HubLabels.term(this, list, "hub.field.stakeholders", labels(Vocabulary.STAKEHOLDER, content.getStakeholders()));
        HubLabels.term(this, list, "hub.field.principles", labels(Vocabulary.PRINCIPLE, content.getPrinciples()));
        HubLabels.term(this, list, "hub.field.keywords", labels(Vocabulary.KEYWORD, content.getKeywords()));
        HubLabels.term(this, list, "hub.field.owner", content.getOwnerOrganisationName());
        HubLabels.term(this, list, "hub.field.contributors", content.getContributors());
        HubLabels.term(this, list, "hub.field.contact", content.getContact());
        HubLabels.term(this, list, "hub.field.published", HubLabels.dateTime(resource.publishedAt()));
        HubLabels.term(this, list, "hub.field.review-by", HubLabels.date(content.getReviewBy()));
        if (resource.adaptedFrom() != null) {
            list.add(new DescriptionList.Term(getTranslation("hub.field.adapted-from")),
                    new DescriptionList.Description(HubLabels.linkTo(resource.adaptedFrom().title(), resource.adaptedFrom().id()),
                            new Span(resource.adaptedFrom().ownerOrganisationName().isBlank() ? ""
                                    : " " + getTranslation("hub.library.from", resource.adaptedFrom().ownerOrganisationName()))));
        }
        if (resource.sourceAgreementId() != null) {
            HubLabels.term(this, list, "hub.field.source-agreement", getTranslation("hub.resource.from-agreement"));
        }
        return list;
    }

    private String labels(Vocabulary vocabulary, Collection<String> codes) {
        return String.join(", ", vocabularies.labels(vocabulary, codes));
    }

    private void filesAndLinks(ResourceDetails resource) {
        List<ResourceForm.Link> links = resource.content().getLinks();
        if (resource.files().isEmpty() && links.isEmpty() && resource.deliveredMaterials().isEmpty()) {
            return;
        }
        add(new H2(getTranslation("hub.resource.files")));
        UnorderedList list = new UnorderedList();
        for (FileInfo file : resource.files()) {
            Anchor download = new Anchor(downloadHandler(resource.id(), file),
                    getTranslation("hub.resource.download", file.fileName(), HubLabels.megabytes(file.sizeBytes())));
            list.add(new ListItem(download));
        }
        for (ResourceForm.Link link : links) {
            Anchor anchor = new Anchor(link.url(), link.title(), AnchorTarget.BLANK);
            anchor.getElement().setAttribute("rel", "noopener noreferrer");
            list.add(new ListItem(anchor, new Span(" " + getTranslation("hub.resource.opens-elsewhere"))));
        }
        resource.deliveredMaterials().forEach(material -> list.add(new ListItem(
                getTranslation("hub.resource.delivered-material", material.title()))));
        add(list);
    }

    private DownloadHandler downloadHandler(ResourceId id, FileInfo file) {
        // A download is its own request, signed in through the same session; it is counted as a download.
        return DownloadHandler.fromInputStream(event -> {
            try {
                ResourceService.Download download = resources.download(id, file.id());
                return new DownloadResponse(download.content(), download.fileName(), download.mediaType(),
                        download.size());
            } catch (ProblemException e) {
                return DownloadResponse.error(404);
            }
        });
    }

    private void licence(ResourceForm content) {
        add(new H2(getTranslation("hub.resource.licence")));
        Licence licence = content.getLicence();
        Paragraph name = new Paragraph(getTranslation("platform.licence." + licence.name()));
        add(name, new Paragraph(getTranslation("platform.licence-explained." + licence.name())));
        if (!licence.url().isEmpty()) {
            Anchor legal = new Anchor(licence.url(), getTranslation("hub.resource.licence-text"), AnchorTarget.BLANK);
            legal.getElement().setAttribute("rel", "noopener noreferrer");
            add(new Paragraph(legal));
        }
        if (!content.getOwnerOrganisationName().isBlank() || !content.getContributors().isBlank()) {
            add(new Paragraph(getTranslation("hub.resource.credit", content.getTitle(),
                    content.getContributors().isBlank() ? content.getOwnerOrganisationName() : content.getContributors())));
        }
        if (!content.getIpNotes().isBlank()) {
            add(new Paragraph(getTranslation("hub.field.ip-notes") + ": " + content.getIpNotes()));
        }
    }

    private void versionsAndAdaptations(ResourceDetails resource) {
        if (!resource.versions().isEmpty()) {
            add(new H2(getTranslation("hub.resource.versions")));
            OrderedList versions = new OrderedList();
            versions.addClassName("praxis-timeline");
            resource.versions().forEach(v -> versions.add(new ListItem(getTranslation("hub.resource.version-line",
                    v.number(), HubLabels.dateTime(v.at()), v.whatChanged(), v.changedBy()))));
            add(versions);
        }
        List<org.praxis.hub.internal.HubViews.AdaptationInfo> reports = resource.status() == ResourceStatus.PUBLISHED
                ? feedback.adaptations(resource.id()) : List.of();
        if (!resource.adaptations().isEmpty() || !reports.isEmpty()) {
            add(new H2(getTranslation("hub.resource.adaptations")));
            UnorderedList list = new UnorderedList();
            resource.adaptations().forEach(a -> list.add(new ListItem(HubLabels.linkTo(a.title(), a.id()),
                    new Span(a.ownerOrganisationName().isBlank() ? "" : " " + getTranslation("hub.library.from",
                            a.ownerOrganisationName())))));
            reports.forEach(r -> list.add(new ListItem(getTranslation("hub.resource.adaptation-line", r.personName(),
                    r.organisationName().isBlank() ? "" : " (" + r.organisationName() + ")", r.note()))));
            add(list);
        }
    }

    private void feedbackSection(ResourceId id) {
        add(new H2(getTranslation("hub.feedback.title")));
        FeedbackSummary summary = feedback.summary(id);
        Paragraph totals = new Paragraph(getTranslation("hub.feedback.totals", summary.usefulYes(), summary.usefulNo(),
                summary.averageStars() == null ? "–" : String.format(Locale.UK, "%.1f", summary.averageStars()),
                summary.ratings()));
        Button yes = new Button(getTranslation("hub.feedback.yes"), e -> rate(id, true, null));
        Button no = new Button(getTranslation("hub.feedback.no"), e -> rate(id, false, null));
        if (Boolean.TRUE.equals(summary.myUseful())) {
            yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else if (Boolean.FALSE.equals(summary.myUseful())) {
            no.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        yes.getElement().setAttribute("aria-pressed", String.valueOf(Boolean.TRUE.equals(summary.myUseful())));
        no.getElement().setAttribute("aria-pressed", String.valueOf(Boolean.FALSE.equals(summary.myUseful())));
        HorizontalLayout useful = new HorizontalLayout(new Span(getTranslation("hub.feedback.useful")), yes, no);
        useful.setAlignItems(FlexComponent.Alignment.CENTER);

        Select<Integer> stars = new Select<>();
        stars.setLabel(getTranslation("hub.feedback.rating"));
        stars.setItems(1, 2, 3, 4, 5);
        stars.setItemLabelGenerator(n -> getTranslation("hub.feedback.stars." + n));
        if (summary.myStars() != null) {
            stars.setValue(summary.myStars());
        }
        stars.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                rate(id, null, e.getValue());
            }
        });

        TextArea comment = new TextArea(getTranslation("hub.feedback.comment"));
        comment.setMaxLength(FeedbackService.COMMENT_MAX);
        comment.setWidthFull();
        Button sendComment = new Button(getTranslation("hub.feedback.send-comment"), e -> {
            try {
                feedback.comment(id, comment.getValue());
                UiFeedback.success("hub.feedback.thanks");
                reload(id);
            } catch (ProblemException problem) {
                fieldProblem(comment, problem);
            }
        });
        TextArea adapted = new TextArea(getTranslation("hub.feedback.adapted"));
        adapted.setHelperText(getTranslation("hub.feedback.adapted-help"));
        adapted.setMaxLength(FeedbackService.COMMENT_MAX);
        adapted.setWidthFull();
        Button sendAdapted = new Button(getTranslation("hub.feedback.send-adapted"), e -> {
            try {
                feedback.reportAdaptation(id, adapted.getValue());
                UiFeedback.success("hub.feedback.thanks");
                reload(id);
            } catch (ProblemException problem) {
                fieldProblem(adapted, problem);
            }
        });
        RouterLink adapt = new RouterLink(getTranslation("hub.feedback.share-adaptation"), ResourceEditorView.class);
        adapt.setQueryParameters(com.vaadin.flow.router.QueryParameters.of("adaptedFrom", id.toString()));
        add(totals, useful, stars, comment, sendComment, adapted, sendAdapted, new Paragraph(adapt));

        var comments = feedback.comments(id);
        if (!comments.isEmpty()) {
            add(new H2(getTranslation("hub.feedback.comments")));
            UnorderedList list = new UnorderedList();
            comments.forEach(c -> list.add(new ListItem(new Span(c.personName() + ", " + HubLabels.dateTime(c.at()) + ": "),
                    new Span(c.text()))));
            add(list);
        }
    }

    private void rate(ResourceId id, Boolean useful, Integer stars) {
        try {
            feedback.rate(id, useful, stars);
            UiFeedback.success("hub.feedback.thanks");
            reload(id);
        } catch (ProblemException problem) {
            UiFeedback.problem(problem);
        }
    }

    private void progress(ResourceDetails resource) {
        add(new H2(getTranslation("hub.resource.progress")));
        OrderedList timeline = new OrderedList();
        timeline.addClassName("praxis-timeline");
        resource.history().forEach(step -> {
            ListItem item = new ListItem(new Span(HubLabels.dateTime(step.at()) + " – "
                    + getTranslation("hub.history." + step.action(), step.byName())));
            if (!step.note().isBlank()) {
                String noteKey = switch (step.action()) {
                    case "superseded" -> "hub.history.superseded-note";
                    case "file-not-added" -> "hub.history.file-not-added-note";
                    // The note of an assignment is the reviewer's name, not a comment.
                    case "assigned" -> "hub.history.assigned-note";
                    default -> "hub.history.note";
                };
                item.add(new Paragraph(getTranslation(noteKey, step.note())));
            }
            timeline.add(item);
        });
        add(timeline);
        boolean submitter = resource.status().editableBySubmitter() && mayEditAsSubmitter(resource);
        if (submitter) {
            Button edit = new Button(getTranslation(resource.status() == ResourceStatus.DRAFT ? "hub.resource.edit-draft"
                    : "hub.resource.revise"), e -> editor(resource.id()));
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(edit);
        }
    }

    private boolean mayEditAsSubmitter(ResourceDetails resource) {
        PraxisUser me = currentUser.require();
        return me.personId().equals(resource.submittedBy()) || (resource.submittedBy() == null
                && me.hasRole(Role.INSTITUTION_LEAD) && me.organisationId().equals(resource.ownerOrganisationId()));
    }

    private void moderation(ResourceDetails resource, Supersession supersession) {
        ResourceId id = resource.id();
        int version = resource.version();
        Div panel = new Div(new H2(getTranslation("hub.moderation.actions")));
        panel.addClassName("praxis-card");
        if (resource.status() == ResourceStatus.IN_REVIEW) {
            Select<ResourceService.Reviewer> reviewer = new Select<>();
            reviewer.setLabel(getTranslation("hub.moderation.reviewer"));
            List<ResourceService.Reviewer> reviewers = resources.reviewers();
            reviewer.setItems(reviewers);
            reviewer.setItemLabelGenerator(ResourceService.Reviewer::name);
            reviewers.stream().filter(r -> r.id().equals(resource.reviewerId())).findFirst().ifPresent(reviewer::setValue);
            Button assign = new Button(getTranslation("hub.moderation.assign"), e -> act(id, () -> {
                if (reviewer.getValue() != null) {
                    resources.assignReviewer(id, version, reviewer.getValue().id());
                }
            }, "hub.moderation.assigned"));
            HorizontalLayout assignRow = new HorizontalLayout(reviewer, assign);
            assignRow.setAlignItems(FlexComponent.Alignment.BASELINE);

            TextArea comment = new TextArea(getTranslation("hub.moderation.comment"));
            comment.setHelperText(getTranslation("hub.moderation.comment-help"));
            comment.setWidthFull();
            comment.setMaxLength(2000);
            Button changes = new Button(getTranslation("hub.moderation.request-changes"),
                    e -> act(id, () -> resources.requestChanges(id, version, comment.getValue()), "hub.moderation.changes-requested"));
            Button publish = new Button(getTranslation("hub.moderation.publish"),
                    e -> act(id, () -> resources.publish(id, version, comment.getValue()), "hub.moderation.published"));
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button edit = new Button(getTranslation("hub.moderation.edit"), e -> editor(id));
            List<String> problems = resources.publishingProblems(resource.content());
            panel.add(assignRow, comment, new HorizontalLayout(publish, changes, edit));
            if (!problems.isEmpty()) {
                Div box = new Div(new Paragraph(getTranslation("hub.moderation.cannot-publish-yet")));
                box.addClassName("praxis-problems");
                UnorderedList list = new UnorderedList();
                problems.forEach(p -> list.add(new ListItem(getTranslation(p))));
                box.add(list);
                panel.add(box);
            }
        }
        if (resource.status() == ResourceStatus.PUBLISHED) {
            DatePicker next = new DatePicker(getTranslation("hub.moderation.next-review"));
            next.setValue(LocalDate.now().plusYears(1));
            next.setMin(LocalDate.now().plusDays(1));
            Button confirm = new Button(getTranslation("hub.moderation.confirm-current"),
                    e -> act(id, () -> resources.confirmCurrent(id, version, next.getValue() == null
                            ? LocalDate.now().plusYears(1) : next.getValue(), ""), "hub.moderation.confirmed"));
            Button edit = new Button(getTranslation("hub.moderation.edit"), e -> editor(id));
            HorizontalLayout row = new HorizontalLayout(next, confirm, edit);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            panel.add(row, replacedControls(id, version, supersession));
        }
        if (resource.status() != ResourceStatus.ARCHIVED && resource.status() != ResourceStatus.DRAFT) {
            TextArea reason = new TextArea(getTranslation("hub.moderation.archive-reason"));
            reason.setWidthFull();
            reason.setMaxLength(2000);
            Button archive = new Button(getTranslation("hub.moderation.archive"),
                    e -> act(id, () -> resources.archive(id, version, reason.getValue()), "hub.moderation.archived"));
            archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
            panel.add(reason, archive);
        }
        if (panel.getComponentCount() > 1) {
            add(panel);
        }
    }

    /** Mark as replaced by a newer published resource (picked by title), or clear the mark. */
    private Component replacedControls(ResourceId id, int version, Supersession supersession) {
        if (supersession.replacedBy() != null) {
            return new Button(getTranslation("hub.superseded.clear"),
                    e -> act(id, () -> supersessions.clearSuperseded(id, version), "hub.superseded.cleared"));
        }
        ComboBox<ResourceRef> newer = new ComboBox<>(getTranslation("hub.superseded.newer"));
        newer.setHelperText(getTranslation("hub.superseded.newer-help"));
        newer.setItems(query -> resources.findPublished(query.getFilter().orElse(""),
                        query.getOffset() + query.getLimit() + 1).stream()
                .filter(ref -> !ref.id().equals(id)).skip(query.getOffset()).limit(query.getLimit()));
        newer.setItemLabelGenerator(ref -> ref.ownerOrganisationName().isBlank() ? ref.title()
                : ref.title() + " – " + ref.ownerOrganisationName());
        newer.setClearButtonVisible(true);
        newer.setWidth("28rem");
        Button mark = new Button(getTranslation("hub.superseded.mark"), e -> act(id, () -> {
            if (newer.getValue() == null) {
                throw new InvalidInputException(List.of("hub.validation.supersede-choose"));
            }
            supersessions.markSuperseded(id, version, newer.getValue().id());
        }, "hub.superseded.marked"));
        HorizontalLayout row = new HorizontalLayout(newer, mark);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private void act(ResourceId id, Runnable action, String doneKey) {
        if (UiFeedback.attempt(action, problems -> UiFeedback.problem(problems.getFirst()))) {
            UiFeedback.success(doneKey);
            reload(id);
        }
    }

    private void editor(ResourceId id) {
        getUI().ifPresent(ui -> ui.navigate(ResourceEditorView.class, new RouteParameters("id", id.toString())));
    }

    private boolean isModerator() {
        return currentUser.hasRole(Role.MODERATOR) || currentUser.hasRole(Role.PROGRAMME_TEAM);
    }

    private void fieldProblem(com.vaadin.flow.component.HasValidation field, ProblemException problem) {
        field.setInvalid(true);
        String key = problem instanceof InvalidInputException invalid ? invalid.problems().getFirst() : problem.messageKey();
        field.setErrorMessage(getTranslation(key, problem.arguments()));
    }

}
