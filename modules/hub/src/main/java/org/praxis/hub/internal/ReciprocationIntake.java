package org.praxis.hub.internal;

import com.vaadin.flow.i18n.I18NProvider;
import org.praxis.hub.events.ResourceId;
import org.praxis.hub.events.ResourceSubmitted;
import org.praxis.hub.internal.JooqResourceRepository.NewResource;
import org.praxis.platform.Ids;
import org.praxis.platform.ProblemException;
import org.praxis.reciprocation.events.Material;
import org.praxis.reciprocation.events.ReciprocationDelivered;
import org.praxis.reciprocation.events.ReciprocationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * When an institution delivers its reciprocation, its materials become a submission to the Hub,
 * credited to the institution, linked to the agreement, with the licence and attribution it chose,
 * waiting in the moderators' queue. Delivered files are copied from the platform's file storage into the
 * resource as Hub files, with the same checks as an upload (type from the content, size limit, text for
 * search); a file the Hub refuses is left out and the reason noted in the submission's history for the
 * moderators, without failing the rest. Links stay links. The moderators are told there is something to
 * review. Idempotent on agreement and item: a repeated delivery of the same event creates, copies and tells
 * nothing more.
 */
@Component
class ReciprocationIntake {

    private static final Logger log = LoggerFactory.getLogger(ReciprocationIntake.class);

    private final JooqResourceRepository repository;
    private final FileStore files;
    private final TermCatalogue terms;
    private final I18NProvider i18n;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReciprocationIntake(JooqResourceRepository repository, FileStore files, TermCatalogue terms, I18NProvider i18n,
                        ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.files = files;
        this.terms = terms;
        this.i18n = i18n;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ReciprocationDelivered delivered) {
        ResourceForm form = new ResourceForm();
        form.setType(typeFor(delivered.type()));
        form.setTitle(shorten(delivered.title().isBlank() ? delivered.organisationName() : delivered.title(),
                ResourceForm.TITLE_MAX));
        form.setSummary(shorten(delivered.description(), ResourceForm.SUMMARY_MAX));
        form.setBody(shorten(delivered.description(), ResourceForm.BODY_MAX));
        form.setOwnerOrganisationName(shorten(delivered.organisationName(), 200));
        form.setContributors(shorten(delivered.attribution(), 500));
        form.setLicence(delivered.licence());
        EnumSet<Format> formats = EnumSet.of(Format.TEXT);
        for (Material material : delivered.materials()) {
            String mediaType = material.mediaType() == null ? "" : material.mediaType();
            if (mediaType.startsWith("video/")) {
                formats.add(Format.VIDEO);
            } else if (mediaType.startsWith("audio/")) {
                formats.add(Format.AUDIO);
            } else if (mediaType.contains("presentation") || mediaType.contains("powerpoint")) {
                formats.add(Format.SLIDES);
            }
        }
        form.setFormats(formats);
        ResourceId id = new ResourceId(Ids.newId());
        boolean created = repository.insertForAgreementItem(new NewResource(id, form, ResourceStatus.IN_REVIEW,
                delivered.organisationId(), null, delivered.organisationName(), delivered.agreementId().value(),
                delivered.itemId(), null, terms.tagText(form)));
        if (!created) {
            return;
        }
        int position = 0;
        List<String> notAdded = new ArrayList<>();
        for (Material material : delivered.materials()) {
            if (material.kind() == Material.Kind.FILE) {
                try {
                    files.attachCopy(id, material.title(), material.location());
                } catch (ProblemException refused) {
                    log.info("Delivered file {} of agreement {} not added to resource {}: {}", material.location(),
                            delivered.agreementId(), id, refused.getMessage());
                    notAdded.add(shorten(text(refused), 2000));
                }
                continue;
            }
            boolean link = material.location().matches("https?://\\S+");
            repository.addLink(id, shorten(material.title(), 200), shorten(material.location(), 2000),
                    link ? LinkKind.LINK : LinkKind.DELIVERED_FILE, material.mediaType(), position++);
        }
        repository.addVersion(id, "Delivered with the reciprocation agreement", form.getTitle(),
                delivered.organisationName());
        repository.recordReview(id, ResourceStatus.IN_REVIEW, "delivered", delivered.organisationName(), "");
        for (String reason : notAdded) {
            repository.recordReview(id, ResourceStatus.IN_REVIEW, "file-not-added", delivered.organisationName(),
                    reason);
        }
        events.publishEvent(new ResourceSubmitted(id, form.getTitle(), form.getType(), null, delivered.organisationId(),
                delivered.agreementId(), false, clock.instant()));
        events.publishEvent(HubNotices.deliveredForReview(delivered));
    }

    /** The Hub type that best fits what was given back; moderators can change it. */
    static String typeFor(ReciprocationType type) {
        return switch (type) {
            case CASE_STUDY -> "case-study";
            case SESSION_WITH_RESOURCES, PI_NETWORK_SESSION, NEW_MATERIALS -> "session-pack";
            case FUNDED_EXTERNAL_PROVIDER, OTHER -> "toolkit";
        };
    }

    /** The refusal in plain words, as the moderators will read it in the history. */
    private String text(ProblemException problem) {
        Locale locale = i18n.getProvidedLocales().isEmpty() ? Locale.UK : i18n.getProvidedLocales().getFirst();
        return i18n.getTranslation(problem.messageKey(), locale, problem.arguments());
    }

    private static String shorten(String text, int max) {
        String clean = text == null ? "" : text.strip();
        return clean.length() <= max ? clean : clean.substring(0, max - 1) + "…";
    }
}
