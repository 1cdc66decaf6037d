package org.praxis.hub.internal;

import org.praxis.hub.events.ResourceId;
import org.praxis.hub.internal.JooqResourceRepository.NewResource;
import org.praxis.platform.Ids;
import org.praxis.platform.Licence;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * A few published resources for the demo, from the source stories: Liceria University's "dealing with
 * failure" session pack (its reciprocation), the partnership gym, a memorandum of understanding
 * template and a getting-started guide. Loading twice changes nothing.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty(name = "praxis.demo-data.enabled", matchIfMissing = true)
class HubDemoData implements ApplicationRunner {

    private final JooqResourceRepository repository;
    private final TermCatalogue terms;
    private final PublicationAnnouncer announcer;

    HubDemoData(JooqResourceRepository repository, TermCatalogue terms, PublicationAnnouncer announcer) {
        this.repository = repository;
        this.terms = terms;
        this.announcer = announcer;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // Not Liceria's "dealing with failure" pack: the README's walk-through has Jo create that one.
        resource("demo:writing-fellowship-applications", "session-pack",
                "Writing a fellowship application: a session pack for postdocs",
                "Slides, facilitator notes and worked examples to run a session on writing fellowship applications.",
                "A ready-made session on planning and writing a fellowship application, with everything you need to run it.",
                """
                        Northbridge University created this session in return for help with its researcher mentoring scheme.

                        ## What is in the pack
                        - a slide deck
                        - facilitator notes with timings
                        - three anonymised applications, with reviewers' comments

                        Run it with a cohort of up to twenty postdocs; it takes two hours.""",
                "Northbridge University", Set.of("postdocs", "train-the-trainer", "cohorts"),
                Set.of("professional-and-career-development"), Set.of("research-staff", "early-career-researchers"),
                Level.ANYONE, EnumSet.of(Format.SLIDES, Format.TEXT));
        resource("demo:partnership-gym", "toolkit", "The partnership gym: exercises for coaches and mentors",
                "Techniques to help partnership teams find their purpose, listen actively and share power.",
                "Short exercises that coaches and mentors can use with community research partnership teams.",
                """
                        The partnership gym gathers tools for partnership development: finding your purpose cards,
                        active listening, ice breakers and principles of partnership; assessing value and keeping the
                        partnership mutual.""",
                "Praxis Programme Team", Set.of("partnership-gym", "coaching", "mentoring", "community-research-partnerships"),
                Set.of("recognise-and-address-power-imbalances", "co-produced"), Set.of("mentors-and-coaches"),
                Level.EXPERIENCED, EnumSet.of(Format.TEXT));
        resource("demo:mou-template", "template", "Memorandum of understanding template for community research partnerships",
                "A template to agree roles, money, data and ethics between a university and a community organisation.",
                "A form to write down, together, who does what and how money is shared.",
                """
                        Use this template at the start of a partnership. Fill it in together; both partners sign.

                        It covers roles, fair payment, data, ethics, credit and how to end the partnership well.""",
                "Riverside Community Trust", Set.of("memorandum-of-understanding", "partnership-working", "fair-payment"),
                Set.of("co-produced", "recognise-and-address-power-imbalances"),
                Set.of("community-organisations", "early-career-researchers"), Level.GETTING_STARTED,
                EnumSet.of(Format.TEXT));
        resource("demo:getting-started", "how-to-guide", "Getting started with community research partnerships",
                "Why universities and communities work together, and the first steps to take.",
                "A first guide for anyone new to working in partnership between universities and communities.",
                """
                        ## Why work together
                        Communities hold knowledge universities do not, and the other way round.

                        ## First steps
                        1. Meet without an agenda.
                        2. Agree what each of you wants from the work.
                        3. Talk about money early.""",
                "Praxis Programme Team", Set.of("community-research-partnerships", "partnership-working", "funding"),
                Set.of("grounded-in-reality", "accessible-and-inclusive"),
                Set.of("community-members", "early-career-researchers", "public-engagement-professionals"),
                Level.GETTING_STARTED, EnumSet.of(Format.TEXT, Format.AUDIO));
    }

    private void resource(String key, String type, String title, String summary, String plainSummary, String body,
                          String owner, Set<String> keywords, Set<String> principles, Set<String> beneficiaries,
                          Level level, EnumSet<Format> formats) {
        if (repository.importKeyExists(key)) {
            return;
        }
        ResourceForm form = new ResourceForm();
        form.setType(type);
        form.setTitle(title);
        form.setSummary(summary);
        form.setPlainSummary(plainSummary);
        form.setBody(body.strip());
        form.setKeywords(keywords);
        form.setPrinciples(principles);
        form.setBeneficiaries(beneficiaries);
        form.setLevel(level);
        form.setFormats(formats);
        form.setOwnerOrganisationName(owner);
        form.setLicence(Licence.CC_BY_4_0);
        form.setReviewBy(LocalDate.now().plusYears(1));
        ResourceId id = new ResourceId(Ids.newId());
        repository.insert(new NewResource(id, form, ResourceStatus.PUBLISHED, null, null, owner, null, null, key,
                terms.tagText(form)));
        repository.addVersion(id, "First version", title, owner);
        repository.recordReview(id, ResourceStatus.PUBLISHED, "published", "Praxis", "");
        announcer.published(id, form, null, null);
    }
}
