package org.praxis.hub.internal;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.praxis.hub.events.ResourceChangesRequested;
import org.praxis.hub.events.ResourceId;
import org.praxis.hub.events.ResourcePublished;
import org.praxis.hub.events.ResourceSubmitted;
import org.praxis.hub.internal.HubViews.ResourceDetails;
import org.praxis.hub.internal.HubViews.SearchQuery;
import org.praxis.hub.internal.HubViews.SearchResult;
import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.Licence;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Role;
import org.praxis.platform.files.FileStorage;
import org.praxis.reciprocation.events.AgreementId;
import org.praxis.reciprocation.events.Material;
import org.praxis.reciprocation.events.ReciprocationDelivered;
import org.praxis.reciprocation.events.ReciprocationType;
import org.praxis.requests.events.SupportRequestId;
import org.praxis.platform.notices.Audience;
import org.praxis.platform.notices.NoticeArgument;
import org.praxis.platform.notices.NoticeRequested;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import praxis.testsupport.PraxisModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static praxis.testsupport.TestWords.marker;
import static praxis.testsupport.TestWords.randomLetters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.praxis.hub.internal.jooq.Tables.RESOURCE;
import static org.praxis.hub.internal.jooq.Tables.RESOURCE_FILE;
import static praxis.testsupport.TestUsers.as;
import static praxis.testsupport.TestUsers.newOrganisation;
import static praxis.testsupport.TestUsers.signIn;
import static praxis.testsupport.TestUsers.signOut;
import static praxis.testsupport.TestUsers.user;

/**
 * The Hub on its own (with the platform), against a real PostgreSQL: submission and moderation with
 * the events they publish, the reciprocation intake, search, import, files, feedback and refusals.
 */
@PraxisModuleTest
@TestPropertySource(properties = {"praxis.files.directory=${java.io.tmpdir}/praxis-hub-module-tests",
        "praxis.hub.files.max-size=1MB", "praxis.hub.search.max-counted=5"})
class HubModuleTests {

    @Autowired
    ResourceService resources;

    @Autowired
    SearchService search;

    @Autowired
    ImportService imports;

    @Autowired
    FeedbackService feedback;

    @Autowired
    VocabularyService vocabularies;

    @Autowired
    DSLContext sql;

    @Autowired
    FileStorage storage;

    @Autowired
    EventPublicationRegistry registry;

    final OrganisationId liceria = newOrganisation();
    final PraxisUser lena = user("Lena Novak", liceria, Role.RESEARCHER);
    final PraxisUser jo = user("Jo Whitfield", liceria, Role.INSTITUTION_LEAD);
    final PraxisUser kemi = user("Kemi Adeyemi", newOrganisation(), Role.COMMUNITY_MEMBER);
    final PraxisUser priya = user("Priya Shah", newOrganisation(), Role.PROGRAMME_TEAM, Role.MODERATOR);
    final PraxisUser alex = user("Alex Morgan", newOrganisation(), Role.ADMIN);

    @AfterEach
    void signOutEveryone() {
        signOut();
    }

    static ResourceForm guide(String title) {
        ResourceForm form = new ResourceForm();
        form.setType("how-to-guide");
        form.setTitle(title);
        form.setSummary("How to agree a memorandum of understanding with a community partner.");
        form.setPlainSummary("A short guide to writing down what each partner will do.");
        form.setBody("## Why\n\nPartners agree **roles**, money and ethics up front.");
        form.setKeywords(Set.of("memorandum-of-understanding", "partnership-working"));
        form.setPrinciples(Set.of("co-produced"));
        form.setBeneficiaries(Set.of("community-organisations"));
        form.setLevel(Level.GETTING_STARTED);
        return form;
    }

    // --- submission and moderation ------------------------------------------------------------------

    @Test
    void theDemoLibraryLeavesLiceriasPackToTheStory(@Autowired JooqResourceRepository repository) {
        // The README invites people to create Liceria's "dealing with failure" pack; the demo must not hold it already.
        assertThat(repository.importKeyExists("demo:writing-fellowship-applications")).isTrue();
        assertThat(repository.importKeyExists("demo:dealing-with-failure")).isFalse();
    }

    @Test
    void aSubmissionGoesThroughReviewChangesAndPublication(Scenario scenario, AssertablePublishedEvents events) {
        String title = "Agreeing a memorandum of understanding " + UUID.randomUUID();
        ResourceId id = as(lena, () -> resources.create(guide(title)));

        scenario.stimulate(() -> as(lena, () -> resources.submit(id, 0, "")))
                .andWaitForEventOfType(ResourceSubmitted.class).matching(e -> e.resourceId().equals(id))
                .toArriveAndVerify(e -> {
                    assertThat(e.submittedBy()).isEqualTo(lena.personId());
                    assertThat(e.resubmission()).isFalse();
                });

        scenario.stimulate(() -> as(priya, () -> {
                    resources.assignReviewer(id, 1, priya.personId());
                    resources.requestChanges(id, 2, "Please add who signs the memorandum.");
                }))
                .andWaitForEventOfType(ResourceChangesRequested.class).matching(e -> e.resourceId().equals(id))
                .toArriveAndVerify(e -> assertThat(e.comment()).isEqualTo("Please add who signs the memorandum."));

        // The submitter sees where it is and what the reviewer asked.
        ResourceDetails sentBack = as(lena, () -> resources.get(id));
        assertThat(sentBack.status()).isEqualTo(ResourceStatus.CHANGES_REQUESTED);
        assertThat(sentBack.reviewerName()).isEqualTo("Priya Shah");
        assertThat(sentBack.history()).extracting(HubViews.ReviewStep::note).contains("Please add who signs the memorandum.");
        assertThat(as(lena, () -> resources.mySubmissions())).extracting(HubViews.ResourceSummary::id).contains(id);

        // A resubmission must say what changed.
        ResourceForm revised = guide(title);
        revised.setBody(revised.getBody() + "\n\nBoth partners' leads sign it.");
        as(lena, () -> resources.update(id, 3, revised, ""));
        assertThatThrownBy(() -> as(lena, () -> resources.submit(id, 4, " ")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly("hub.validation.what-changed-required"));
        as(lena, () -> resources.submit(id, 4, "Added who signs it"));

        scenario.stimulate(() -> as(priya, () -> resources.publish(id, 5, "Clear and useful")))
                .andWaitForEventOfType(ResourcePublished.class).matching(e -> e.resourceId().equals(id))
                .toArriveAndVerify(e -> {
                    assertThat(e.title()).isEqualTo(title);
                    assertThat(e.type()).isEqualTo("how-to-guide");
                    assertThat(e.tags()).contains("memorandum-of-understanding", "co-produced", "community-organisations");
                    assertThat(e.ownerOrganisation()).isEqualTo(liceria);
                    assertThat(e.sourceAgreement()).isNull();
                });

        // Not from a reciprocation: nobody is told (everyone can browse the Hub).
        assertThat(events.ofType(NoticeRequested.class)).isEmpty();

        ResourceDetails published = as(kemi, () -> resources.get(id));
        assertThat(published.status()).isEqualTo(ResourceStatus.PUBLISHED);
        assertThat(published.content().getReviewBy()).isEqualTo(LocalDate.now().plusYears(1));
        assertThat(published.versions()).extracting(HubViews.VersionInfo::whatChanged)
                .containsExactly("Added who signs it", "First version");
    }

    @Test
    void publishingNeedsAPlainLanguageSummaryAndNothingChangesWithoutOne() {
        ResourceForm form = guide("No plain summary yet " + UUID.randomUUID());
        form.setPlainSummary(" ");
        ResourceId id = as(lena, () -> resources.create(form));
        as(lena, () -> resources.submit(id, 0, ""));
        assertThat(as(lena, () -> resources.publishingProblems(form))).containsExactly("hub.validation.plain-summary-required");

        assertThatThrownBy(() -> as(priya, () -> resources.publish(id, 1, "")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly("hub.validation.plain-summary-required"));
        assertThat(as(priya, () -> resources.get(id)).status()).isEqualTo(ResourceStatus.IN_REVIEW);
    }

    @Test
    void draftsAndSubmissionsArePrivateAndOnlyModeratorsModerate() {
        ResourceId id = as(lena, () -> resources.create(guide("Lena's draft " + UUID.randomUUID())));

        // A draft is the submitter's own: nobody else sees it, not even moderators.
        assertThatThrownBy(() -> as(kemi, () -> resources.get(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(priya, () -> resources.get(id))).isInstanceOf(NotFoundException.class);
        as(lena, () -> resources.submit(id, 0, ""));
        assertThatThrownBy(() -> as(kemi, () -> resources.get(id))).isInstanceOf(NotFoundException.class);
        assertThat(as(priya, () -> resources.get(id)).status()).isEqualTo(ResourceStatus.IN_REVIEW);

        // Only moderators (or the programme team) moderate; only the submitter edits or submits.
        signIn(kemi);
        assertThatThrownBy(() -> resources.publish(id, 1, "")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> resources.queue(ResourceService.Queue.IN_REVIEW, 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> resources.update(id, 1, guide("Taken over"), "")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> vocabularies.add(Vocabulary.KEYWORD, "Citizen science", ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.preview("text")).isInstanceOf(AccessDeniedException.class);
        signIn(lena);
        assertThatThrownBy(() -> resources.update(id, 1, guide("Changed while in review"), ""))
                .isInstanceOf(ProblemException.class).hasMessageContaining("hub.error.not-editable");
        assertThat(as(priya, () -> resources.queue(ResourceService.Queue.IN_REVIEW, 0, 500)))
                .extracting(HubViews.ResourceSummary::id).contains(id);
    }

    @Test
    void concurrentChangesAreCaughtNotLost() {
        ResourceId id = as(lena, () -> resources.create(guide("Two tabs open " + UUID.randomUUID())));
        ResourceForm first = guide("First tab's title");
        ResourceForm second = guide("Second tab's title");
        signIn(lena);
        resources.update(id, 0, first, "");
        assertThatThrownBy(() -> resources.update(id, 0, second, "")).isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> resources.submit(id, 0, "")).isInstanceOf(ConcurrentChangeException.class);
        assertThat(resources.get(id).content().getTitle()).isEqualTo("First tab's title");
        assertThat(resources.get(id).status()).isEqualTo(ResourceStatus.DRAFT);
    }

    @Test
    void badInputIsExplainedAndNothingIsSaved() {
        ResourceForm form = guide("t".repeat(201));
        form.setType("no-such-type");
        form.setKeywords(Set.of("no-such-keyword"));
        form.setLinks(List.of(new ResourceForm.Link("Recording", "javascript:alert(1)")));
        signIn(lena);
        int before = resources.mySubmissions().size();
        assertThatThrownBy(() -> resources.create(form)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).contains("hub.validation.title-too-long", "hub.validation.link-url-invalid"));
        form.setTitle("Fine title");
        form.setLinks(List.of());
        assertThatThrownBy(() -> resources.create(form)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsExactly("hub.validation.type-required", "hub.validation.unknown-term"));
        assertThat(resources.mySubmissions()).hasSize(before);
    }

    // --- reciprocation intake ----------------------------------------------------------------------

    @Test
    void deliveredMaterialsBecomeASubmissionCreditedToTheInstitutionOnceOnly(Scenario scenario,
                                                                              AssertablePublishedEvents events)
            throws IOException {
        OrganisationId institution = newOrganisation();
        AgreementId agreement = new AgreementId(UUID.randomUUID());
        UUID item = UUID.randomUUID();
        // The reciprocation module kept Jo's files in the platform's storage; the event carries their keys.
        String word = marker("numbat");
        byte[] slides = pdfSaying("Dealing with failure " + word + "slides");
        byte[] notes = ("Facilitator notes: " + word + "notes, then a story of a rejected paper.")
                .getBytes(StandardCharsets.UTF_8);
        String slidesKey = storage.save("reciprocation", slides);
        String notesKey = storage.save("reciprocation", notes);
        String toolKey = storage.save("reciprocation", new byte[]{0x4d, 0x5a, (byte) 0x90, 0, 3, 0, 0, 0});
        String bigKey = storage.save("reciprocation", new byte[1024 * 1024 + 1]);
        ReciprocationDelivered delivered = new ReciprocationDelivered(agreement, item,
                new SupportRequestId(UUID.randomUUID()), institution, "Liceria University",
                ReciprocationType.NEW_MATERIALS, "Dealing with failure: a session for postdocs",
                "Slides, facilitator notes and a recording of our session on dealing with failure.",
                List.of(new Material("Dealing with failure – slides.pdf", Material.Kind.FILE, slidesKey, "application/pdf"),
                        new Material("Facilitator notes.txt", Material.Kind.FILE, notesKey, "text/plain"),
                        new Material("Recording", Material.Kind.LINK, "https://video.example/failure", "video/mp4"),
                        new Material("Slide deck", Material.Kind.FILE, "reciprocation/abc123",
                                "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
                        new Material("tool.exe", Material.Kind.FILE, toolKey, "application/x-msdownload"),
                        new Material("Long recording.txt", Material.Kind.FILE, bigKey, "text/plain")),
                Licence.CC_BY_4_0, "Liceria University researcher development team", Instant.now());

        scenario.publish(delivered)
                .andWaitForStateChange(() -> sql.fetchExists(RESOURCE, RESOURCE.SOURCE_AGREEMENT_ID.eq(agreement.value())),
                        Boolean::booleanValue)
                .andVerifyEvents(published -> {
                    assertThat(published.ofType(ResourceSubmitted.class)
                            .matching(e -> Objects.equals(e.sourceAgreement(), agreement))).singleElement().satisfies(e -> {
                        assertThat(e.ownerOrganisation()).isEqualTo(institution);
                        assertThat(e.type()).isEqualTo("session-pack");
                        assertThat(e.submittedBy()).isNull();
                    });
                    // The moderators are told there is something to review, in the Hub's words.
                    assertThat(published.ofType(NoticeRequested.class).matching(n -> n.noticeKey().contains(item.toString())))
                            .containsExactly(NoticeRequested.of(
                                    "hub:reciprocation-delivered:" + item + ":" + delivered.deliveredAt(),
                                    Audience.holdersOf(Role.MODERATOR), "hub.notice.reciprocation-delivered",
                                    "hub/moderation", NoticeArgument.text("Dealing with failure: a session for postdocs"),
                                    NoticeArgument.text("Liceria University")));
                });
        UUID id = sql.select(RESOURCE.ID).from(RESOURCE).where(RESOURCE.SOURCE_AGREEMENT_ID.eq(agreement.value()))
                .fetchOne(RESOURCE.ID);
        ResourceId resource = new ResourceId(Objects.requireNonNull(id));

        // Delivered again (as after a crash): wait until that delivery has been handled too.
        scenario.publish(delivered)
                .andWaitForStateChange(() -> registry.findIncompletePublications().stream()
                        .noneMatch(publication -> publication.getEvent().equals(delivered)), Boolean::booleanValue)
                .andVerifyEvents(published -> assertThat(published.ofType(NoticeRequested.class)
                        .matching(n -> n.noticeKey().contains(item.toString()))).as("told once, by the first delivery").hasSize(1));
        assertThat(sql.fetchCount(RESOURCE, RESOURCE.SOURCE_AGREEMENT_ID.eq(agreement.value()))).isEqualTo(1);
        assertThat(sql.fetchCount(RESOURCE_FILE, RESOURCE_FILE.RESOURCE_ID.eq(id))).as("files attached once").isEqualTo(2);

        ResourceDetails submission = as(priya, () -> resources.get(resource));
        assertThat(submission.status()).isEqualTo(ResourceStatus.IN_REVIEW);
        assertThat(submission.sourceAgreementId()).isEqualTo(agreement.value());
        assertThat(submission.content().getOwnerOrganisationName()).isEqualTo("Liceria University");
        assertThat(submission.content().getLicence()).isEqualTo(Licence.CC_BY_4_0);
        assertThat(submission.content().getFormats()).contains(Format.VIDEO, Format.SLIDES);
        assertThat(submission.content().getLinks()).extracting(ResourceForm.Link::url).containsExactly("https://video.example/failure");
        // The delivered files are the Hub's own files now, typed from their content.
        assertThat(submission.files()).satisfiesExactlyInAnyOrder(
                file -> assertThat(file).extracting(HubViews.FileInfo::fileName, HubViews.FileInfo::mediaType,
                        HubViews.FileInfo::sizeBytes).containsExactly("Dealing with failure – slides.pdf",
                        "application/pdf", (long) slides.length),
                file -> {
                    assertThat(file.fileName()).isEqualTo("Facilitator notes.txt");
                    assertThat(file.mediaType()).startsWith("text/plain");
                });
        assertThat(submission.deliveredMaterials()).isEmpty();
        // Files the Hub does not take are left out, and the moderators are told which and why.
        assertThat(submission.history()).extracting(HubViews.ReviewStep::action)
                .containsExactlyInAnyOrder("delivered", "file-not-added", "file-not-added", "file-not-added");
        assertThat(submission.history()).filteredOn(step -> step.action().equals("file-not-added"))
                .extracting(HubViews.ReviewStep::note).satisfiesExactlyInAnyOrder(
                        note -> assertThat(note).isEqualTo("“Slide deck” could not be read."),
                        note -> assertThat(note).startsWith("“tool.exe” "),
                        note -> assertThat(note).startsWith("“Long recording.txt” is too large. Files can be up to 1 MB"));

        // While it is in review, the institution's lead acts for it; another institution's does not see it.
        PraxisUser lead = user("Lead", institution, Role.INSTITUTION_LEAD);
        assertThat(as(lead, () -> resources.mySubmissions())).extracting(s -> s.id().value()).contains(id);
        assertThatThrownBy(() -> as(jo, () -> resources.get(new ResourceId(id)))).isInstanceOf(NotFoundException.class);

        // Once a moderator has published it, anyone signed in downloads the files and finds their text.
        assertThat(as(kemi, () -> search.search(SearchQuery.of(word + "slides"))).total()).isZero();
        as(priya, () -> {
            ResourceForm content = submission.content();
            content.setPlainSummary("A ready-to-run session that helps postdocs talk about failure.");
            resources.update(resource, submission.version(), content, "Added a plain-language summary");
            resources.publish(resource, resources.get(resource).version(), "");
        });
        // Published, it closes the loop for the institution that gave it: its leads are told.
        ResourcePublished shared = events.ofType(ResourcePublished.class).matching(e -> e.resourceId().equals(resource))
                .iterator().next();
        assertThat(events.ofType(NoticeRequested.class).matching(n -> n.noticeKey().startsWith("hub:resource-published:")))
                .containsExactly(NoticeRequested.of("hub:resource-published:" + resource + ":" + shared.publishedAt(),
                Audience.holdersOf(Role.INSTITUTION_LEAD, institution), "hub.notice.resource-published",
                "hub/resources/" + resource, NoticeArgument.text("Dealing with failure: a session for postdocs")));
        signIn(kemi);
        assertThat(search.search(SearchQuery.of(word + "slides")).hits()).extracting(HubViews.SearchHit::id)
                .containsExactly(resource);
        assertThat(search.search(SearchQuery.of(word + "notes")).hits()).extracting(HubViews.SearchHit::id)
                .containsExactly(resource);
        HubViews.FileInfo pdf = resources.get(resource).files().stream()
                .filter(f -> f.mediaType().equals("application/pdf")).findFirst().orElseThrow();
        ResourceService.Download download = resources.download(resource, pdf.id());
        assertThat(download.fileName()).isEqualTo("Dealing with failure – slides.pdf");
        assertThat(download.size()).isEqualTo(slides.length);
        try (var content = download.content()) {
            assertThat(content.readAllBytes()).isEqualTo(slides);
        }
    }

    // --- search ---------------------------------------------------------------------------------------

    @Test
    void searchFindsPublishedResourcesWithFacetsSnippetsAndHarmlessHighlights() {
        String marker = "zebrafish" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "q");
        ResourceForm form = guide("Permission slips for " + marker + " workshops <script>alert(1)</script>");
        form.setType("template");
        form.setSummary("A permission slip template for " + marker + " sessions with young people <b>bold</b>.");
        form.setKeywords(Set.of("permission-slip", "ethics"));
        ResourceId id = publish(form);
        ResourceForm other = guide("Unrelated guide about " + marker);
        other.setKeywords(Set.of("funding"));
        publish(other);
        ResourceId hidden = as(lena, () -> resources.create(guide("Draft about " + marker)));

        signIn(kemi);
        SearchResult all = search.search(SearchQuery.of(marker));
        assertThat(all.total()).isEqualTo(2);
        assertThat(all.hits()).extracting(HubViews.SearchHit::id).doesNotContain(hidden);
        assertThat(all.count(SearchResult.TYPE, "template")).isEqualTo(1);
        assertThat(all.count(SearchResult.KEYWORD, "ethics")).isEqualTo(1);
        assertThat(all.count(SearchResult.KEYWORD, "funding")).isEqualTo(1);
        // The title weighs more than the body: the template (marker in title and summary) comes first.
        assertThat(all.hits().getFirst().id()).isEqualTo(id);
        String snippet = all.hits().getFirst().snippetHtml();
        assertThat(snippet).contains("<mark>" + marker + "</mark>").doesNotContain("<b>").doesNotContain("<script");

        SearchQuery filtered = new SearchQuery(marker, Set.of(), Set.of(), Set.of(), Set.of(), Set.of("ethics"),
                Set.of(), Set.of(), SearchQuery.Sort.NEWEST, 0, 20);
        assertThat(search.search(filtered).hits()).extracting(HubViews.SearchHit::id).containsExactly(id);
        SearchQuery nothing = new SearchQuery(marker, Set.of("webinar"), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), Set.of(), SearchQuery.Sort.RELEVANCE, 0, 20);
        assertThat(search.search(nothing).total()).isZero();
        // Paging.
        assertThat(search.search(SearchQuery.of(marker).withPage(1, 1)).hits()).hasSize(1)
                .extracting(HubViews.SearchHit::id).doesNotContain(id);
        // Words from the summary's stem match too ("sessions" → "session").
        assertThat(search.search(SearchQuery.of(marker + " session")).total()).isEqualTo(1);
    }

    @Test
    void aBroadSearchCountsAndRanksOnlyTheNewestMatchesAndSaysSo() {
        String marker = marker("wombat");
        for (int i = 0; i < 7; i++) {
            publish(guide("Guide number " + i + " about " + marker));
        }
        signIn(kemi);
        SearchResult result = search.search(SearchQuery.of(marker));
        assertThat(result.capped()).isTrue();
        assertThat(result.total()).isEqualTo(5);
        assertThat(result.count(SearchResult.TYPE, "how-to-guide")).isEqualTo(5);
        assertThat(result.hits()).hasSize(5).extracting(HubViews.SearchHit::title)
                .doesNotContain("Guide number 0 about " + marker, "Guide number 1 about " + marker);
        // Narrowed below the cap, everything is exact again.
        SearchResult narrowed = search.search(SearchQuery.of(marker + " \"number 3\""));
        assertThat(narrowed.capped()).isFalse();
        assertThat(narrowed.total()).isEqualTo(1);
    }

    @Test
    void aPhraseMatchesOnlyNeighbouringWordsAndCanBeExcluded() {
        String marker = marker("quokka");
        ResourceId together = publish(guide("Planning " + marker + " career development with mentors"));
        ResourceId apart = publish(guide("Development of a " + marker + " career in the community"));
        signIn(kemi);
        assertThat(ids(marker + " career development")).containsExactlyInAnyOrder(together, apart);
        assertThat(ids(marker + " \"career development\"")).containsExactly(together);
        assertThat(ids("\"planning " + marker + " career development\"")).containsExactly(together);
        assertThat(ids("\"" + marker + " development\"")).isEmpty();
        assertThat(ids(marker + " -\"career development\"")).containsExactly(apart);
        // A stop word inside a phrase keeps its place: "of a" lies between "development" and the marker.
        assertThat(ids("\"development of a " + marker + "\"")).containsExactly(apart);
    }

    @Test
    void theWholeLibrarysCountsFollowPublishingEditingAndArchiving() {
        signIn(kemi);
        SearchResult before = search.search(SearchQuery.of(""));
        ResourceForm form = guide("Counting guide " + UUID.randomUUID());
        form.setKeywords(Set.of("funding"));
        ResourceId id = publish(form);

        signIn(kemi);
        SearchResult published = search.search(SearchQuery.of(""));
        assertThat(published.capped()).isFalse();
        assertThat(published.total()).isEqualTo(before.total() + 1);
        assertThat(published.count(SearchResult.KEYWORD, "funding")).isEqualTo(before.count(SearchResult.KEYWORD, "funding") + 1);
        assertThat(published.count(SearchResult.TYPE, "how-to-guide"))
                .isEqualTo(before.count(SearchResult.TYPE, "how-to-guide") + 1);

        form.setKeywords(Set.of("ethics"));
        as(priya, () -> resources.update(id, 2, form, "Now about ethics"));
        signIn(kemi);
        SearchResult edited = search.search(SearchQuery.of(""));
        assertThat(edited.total()).isEqualTo(published.total());
        assertThat(edited.count(SearchResult.KEYWORD, "funding")).isEqualTo(before.count(SearchResult.KEYWORD, "funding"));
        assertThat(edited.count(SearchResult.KEYWORD, "ethics")).isEqualTo(before.count(SearchResult.KEYWORD, "ethics") + 1);

        as(priya, () -> resources.archive(id, 3, "Out of date"));
        signIn(kemi);
        SearchResult archived = search.search(SearchQuery.of(""));
        assertThat(archived.total()).isEqualTo(before.total());
        assertThat(archived.facets()).isEqualTo(before.facets());
    }

    @Test
    void quotesBackslashesAndOddFacetValuesAreJustSearchedFor() {
        signIn(kemi);
        for (String text : List.of("it's \\ back'slash \"unclosed", "'); drop table hub.resource; --", "\"\"", "-", "or")) {
            assertThat(search.search(SearchQuery.of(text)).total()).as(text).isGreaterThanOrEqualTo(0);
        }
        SearchQuery odd = new SearchQuery("", Set.of("o'brien\\", "a | b"), Set.of(), Set.of(), Set.of(),
                Set.of("x') & ('y"), Set.of(), Set.of(), SearchQuery.Sort.RELEVANCE, 0, 20);
        assertThat(search.search(odd).total()).isZero();
        assertThat(search.search(SearchQuery.of("")).total()).isPositive();
    }

    private List<ResourceId> ids(String text) {
        return search.search(SearchQuery.of(text)).hits().stream().map(HubViews.SearchHit::id).toList();
    }

    // --- import ---------------------------------------------------------------------------------------

    @Test
    void theCaseStudiesFileImportsOnceWithItsFacetsMatched() throws IOException {
        String text = caseStudiesFile();
        signIn(alex);
        ImportService.Preview preview = imports.preview(text);
        assertThat(preview.items()).hasSize(3);
        assertThat(preview.items()).allSatisfy(item -> assertThat(item.unmatched()).isEmpty());
        assertThat(preview.items().getFirst().firstLine()).isEqualTo(1);
        assertThat(preview.items().get(1).firstLine()).isEqualTo(8);
        assertThat(preview.items().get(1).matchedLabels().get(Vocabulary.KEYWORD))
                .contains("Equality, diversity and inclusion", "Flexible working", "Working conditions");
        assertThat(preview.items().get(2).matchedLabels().get(Vocabulary.PRINCIPLE))
                .containsExactly("Environment and culture", "Employment", "Professional and career development");

        long alreadyThere = preview.count(ImportService.Outcome.ALREADY_IMPORTED);
        List<Integer> progress = new java.util.ArrayList<>();
        ImportService.Result result = imports.confirm(text,
                new ImportService.Settings("case studies file", "Researcher development library", Licence.CC_BY_4_0),
                progress::add);
        assertThat(result.created() + result.skipped()).isEqualTo(3);
        assertThat(result.skipped()).isEqualTo((int) alreadyThere);
        assertThat(progress).containsExactly(1, 2, 3);

        // Again: nothing new.
        assertThat(imports.preview(text).count(ImportService.Outcome.ALREADY_IMPORTED)).isEqualTo(3);
        assertThat(imports.confirm(text, new ImportService.Settings("again", "", Licence.CC_BY_4_0), n -> { }).created())
                .isZero();

        SearchQuery query = new SearchQuery("industry", Set.of("case-study"), Set.of(), Set.of(), Set.of(),
                Set.of("alumni"), Set.of(), Set.of(), SearchQuery.Sort.RELEVANCE, 0, 20);
        assertThat(search.search(query).hits()).extracting(HubViews.SearchHit::title)
                .containsExactly("Many postdocs move into scientific leadership roles beyond academia");
    }

    @Test
    void aMalformedBlockIsReportedWithItsLineAndNothingIsImported() {
        String marker = marker("Okapi");
        String text = marker + " institute ran a good scheme.\n\nKeywords: Training Unicorn wrangling\n\n"
                + "A second case study with no facet lines at the end about " + marker + ".\n";
        signIn(alex);
        ImportService.Preview preview = imports.preview(text);
        assertThat(preview.items()).extracting(ImportService.PreviewItem::outcome)
                .containsExactly(ImportService.Outcome.NEW, ImportService.Outcome.MALFORMED);
        assertThat(preview.items().getFirst().unmatched()).containsExactly("Unicorn wrangling");
        assertThat(preview.items().get(1).firstLine()).isEqualTo(5);
        assertThat(preview.items().get(1).problem()).isEqualTo("hub.import.problem.no-facets");
        assertThat(preview.canImport()).isFalse();

        assertThatThrownBy(() -> imports.confirm(text, new ImportService.Settings("x", "", Licence.CC_BY_4_0), n -> { }))
                .isInstanceOf(ProblemException.class).hasMessageContaining("hub.import.has-malformed");
        assertThat(search.search(SearchQuery.of(marker)).total()).isZero();
    }

    // --- files ----------------------------------------------------------------------------------------

    @Test
    void filesAreCheckedByTheirContentAndTheirTextIsSearchable() throws IOException {
        ResourceId id = as(lena, () -> resources.create(guide("Ethics application template " + UUID.randomUUID())));
        signIn(lena);
        assertThatThrownBy(() -> resources.attachFile(id, "ethics.pdf", "<html><script>x</script></html>".getBytes()))
                .isInstanceOf(ProblemException.class).hasMessageContaining("hub.file.not-what-it-claims");
        assertThatThrownBy(() -> resources.attachFile(id, "big.txt", new byte[1024 * 1024 + 1]))
                .isInstanceOf(ProblemException.class).hasMessageContaining("hub.file.too-large");
        assertThatThrownBy(() -> resources.attachFile(id, "tool.exe", new byte[]{0x4d, 0x5a, (byte) 0x90, 0, 3, 0, 0, 0}))
                .isInstanceOf(ProblemException.class);
        assertThat(resources.get(id).files()).isEmpty();

        String word = "quokka" + randomLetters().substring(0, 5);
        var pdf = resources.attachFile(id, "ethics.pdf", pdfSaying("Consent form wording for " + word));
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        var notes = resources.attachFile(id, "notes.txt", ("Facilitator notes " + word + "notes").getBytes(StandardCharsets.UTF_8));
        assertThat(notes.mediaType()).startsWith("text/plain");
        assertThat(resources.get(id).files()).hasSize(2);

        resources.submit(id, 0, "");
        as(priya, () -> resources.publish(id, 1, ""));
        assertThat(search.search(SearchQuery.of(word)).total()).isEqualTo(1);
        assertThat(search.search(SearchQuery.of(word + "notes")).total()).isEqualTo(1);

        var download = resources.download(id, pdf.id());
        assertThat(download.fileName()).isEqualTo("ethics.pdf");
        try (var content = download.content()) {
            assertThat(content.readAllBytes()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        }
    }

    // --- feedback, usage, review dates ------------------------------------------------------------------

    @Test
    void readersGiveFeedbackAndUsageIsCountedPerResourceAndOrganisation() {
        ResourceForm form = guide("Risk register template " + UUID.randomUUID());
        form.setOwnerOrganisationName("Liceria University");
        ResourceId id = publish(form);
        signIn(kemi);
        resources.open(id);
        resources.open(id);
        feedback.rate(id, true, 4);
        feedback.rate(id, null, 5);
        feedback.comment(id, "Used it with our residents' group.");
        feedback.reportAdaptation(id, "Made an easy-read version for our members.");
        assertThatThrownBy(() -> feedback.rate(id, null, 6)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> feedback.comment(id, "  ")).isInstanceOf(InvalidInputException.class);

        var summary = feedback.summary(id);
        assertThat(summary.usefulYes()).isEqualTo(1);
        assertThat(summary.myStars()).isEqualTo(5);
        assertThat(feedback.comments(id)).extracting(HubViews.CommentInfo::personName).containsExactly("Kemi Adeyemi");
        assertThat(feedback.adaptations(id)).hasSize(1);
        assertThatThrownBy(() -> feedback.usageByResource(LocalDate.now(), LocalDate.now()))
                .isInstanceOf(AccessDeniedException.class);

        signIn(priya);
        var usage = feedback.usageByResource(LocalDate.now().minusDays(1), LocalDate.now()).stream()
                .filter(u -> u.id().equals(id)).findFirst().orElseThrow();
        assertThat(usage.views()).isEqualTo(2);
        assertThat(usage.adaptations()).isEqualTo(1);
        assertThat(feedback.usageByOrganisation(LocalDate.now(), LocalDate.now()))
                .anySatisfy(o -> assertThat(o.organisationName()).isEqualTo("Liceria University"));
        String csv = feedback.usageByResourceCsv(LocalDate.now(), LocalDate.now());
        assertThat(csv.lines().findFirst()).contains("resource_id,title,type,owner_organisation,views,downloads,"
                + "useful_yes,useful_no,average_rating,adaptations,from,to");
        assertThat(csv).contains(id + "," + form.getTitle() + ",how-to-guide,Liceria University,2,0,1,0,5.00,1");
    }

    @Test
    void publishedResourcesPastTheirReviewDateComeBackToModerators() {
        ResourceId id = publish(guide("Getting started guide " + UUID.randomUUID()));
        signIn(priya);
        assertThat(resources.queue(ResourceService.Queue.DUE_FOR_REVIEW, 0, 500)).extracting(HubViews.ResourceSummary::id)
                .doesNotContain(id);
        sql.update(RESOURCE).set(RESOURCE.REVIEW_BY, LocalDate.now().minusDays(1)).where(RESOURCE.ID.eq(id.value())).execute();
        assertThat(resources.queue(ResourceService.Queue.DUE_FOR_REVIEW, 0, 500)).extracting(HubViews.ResourceSummary::id)
                .contains(id);

        int version = resources.get(id).version();
        assertThatThrownBy(() -> resources.confirmCurrent(id, version, LocalDate.now(), ""))
                .isInstanceOf(InvalidInputException.class);
        resources.confirmCurrent(id, version, LocalDate.now().plusMonths(6), "Still right");
        assertThat(resources.queue(ResourceService.Queue.DUE_FOR_REVIEW, 0, 500)).extracting(HubViews.ResourceSummary::id)
                .doesNotContain(id);
        resources.archive(id, version + 1, "Replaced by a newer guide");
        assertThatThrownBy(() -> as(kemi, () -> resources.get(id))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void adminsEditVocabulariesAndRetiredTermsKeepTheirLabels() {
        signIn(alex);
        String label = "Citizen science " + UUID.randomUUID().toString().substring(0, 4);
        var term = vocabularies.add(Vocabulary.KEYWORD, label, "Research with members of the public");
        assertThat(term.code()).startsWith("citizen-science-");
        assertThatThrownBy(() -> vocabularies.add(Vocabulary.KEYWORD, label.toUpperCase(), ""))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly("hub.vocabulary.label-taken"));
        vocabularies.update(term.id(), 0, label + " projects", "", false);
        assertThatThrownBy(() -> vocabularies.update(term.id(), 0, label, "", true))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(vocabularies.active(Vocabulary.KEYWORD)).extracting(HubViews.Term::code).doesNotContain(term.code());
        assertThat(vocabularies.labels(Vocabulary.KEYWORD, List.of(term.code()))).containsExactly(label + " projects");
        // Seeded from the sources.
        assertThat(vocabularies.active(Vocabulary.PRINCIPLE)).extracting(HubViews.Term::label)
                .contains("Environment and culture", "Employment", "Professional and career development");
    }

    // --- helpers --------------------------------------------------------------------------------------

    private ResourceId publish(ResourceForm form) {
        return published(resources, lena, priya, form);
    }

    /** A resource the submitter creates and submits and the moderator publishes (version 2 afterwards). */
    static ResourceId published(ResourceService resources, PraxisUser submitter, PraxisUser moderator,
                                ResourceForm form) {
        ResourceId id = as(submitter, () -> resources.create(form));
        as(submitter, () -> resources.submit(id, 0, ""));
        as(moderator, () -> resources.publish(id, 1, ""));
        return id;
    }

    static String caseStudiesFile() throws IOException {
        try (var in = HubModuleTests.class.getResourceAsStream("/org/praxis/hub/researcher-development-case-studies.txt")) {
            return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static byte[] pdfSaying(String text) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** 32 random lower-case letters (a–p): a UUID's hex digits with 0–9 mapped to g–p, so never too short. */
}
