package org.praxis.hub.internal;

import org.praxis.hub.events.ResourceId;
import org.praxis.hub.internal.CaseStudyParser.Block;
import org.praxis.hub.internal.CaseStudyParser.Label;
import org.praxis.hub.internal.JooqResourceRepository.NewResource;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.Ids;
import org.praxis.platform.Licence;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Bulk import of case studies from text (see {@link CaseStudyParser}). An admin first sees a preview:
 * what will be created, what was imported before (and will be skipped), values that match no
 * vocabulary term, and malformed blocks with their line numbers. Confirming creates the new case
 * studies as published resources in one transaction: all of them, or — if any block is malformed —
 * none. Importing the same file again creates nothing new.
 */
@Service
@Transactional
public class ImportService {

    public static final int MAX_CHARS = 2_000_000;

    /** What will happen to one block. */
    public enum Outcome {
        NEW,
        ALREADY_IMPORTED,
        MALFORMED
    }

    /** One block of the preview. {@code problem} is an i18n key when malformed. */
    public record PreviewItem(int firstLine, int lastLine, String title, Outcome outcome, String problem,
                              Map<Vocabulary, List<String>> matchedLabels, List<String> unmatched) {
    }

    public record Preview(List<PreviewItem> items) {

        public long count(Outcome outcome) {
            return items.stream().filter(i -> i.outcome() == outcome).count();
        }

        public boolean canImport() {
            return count(Outcome.MALFORMED) == 0 && count(Outcome.NEW) > 0;
        }
    }

    /** Who owns the imported case studies and under which licence they are shared. */
    public record Settings(String sourceName, String ownerOrganisationName, Licence licence) {
    }

    public record Result(int created, int skipped) {
    }

    private final JooqResourceRepository repository;
    private final TermCatalogue terms;
    private final PublicationAnnouncer announcer;
    private final CurrentUser currentUser;
    private final Clock clock;

    ImportService(JooqResourceRepository repository, TermCatalogue terms, PublicationAnnouncer announcer,
                  CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.terms = terms;
        this.announcer = announcer;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Preview preview(String text) {
        checkSize(text);
        List<PreviewItem> items = new ArrayList<>();
        for (Block block : parser().parse(text)) {
            Outcome outcome = block.malformed() ? Outcome.MALFORMED
                    : repository.importKeyExists(block.importKey()) ? Outcome.ALREADY_IMPORTED : Outcome.NEW;
            Map<Vocabulary, List<String>> labels = new EnumMap<>(Vocabulary.class);
            block.facets().forEach((vocabulary, matched) -> labels.put(vocabulary,
                    terms.labels(vocabulary, matched.codes())));
            items.add(new PreviewItem(block.firstLine(), block.lastLine(), block.title(), outcome,
                    block.problem() == null ? "" : block.problem(), labels, block.unmatched()));
        }
        if (items.isEmpty()) {
            throw new ProblemException("hub.import.nothing-found");
        }
        return new Preview(items);
    }

    /**
     * Creates the new case studies, reporting progress (blocks done) as it goes. Refuses the whole file,
     * saving nothing, if any block is malformed.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Result confirm(String text, Settings settings, IntConsumer progress) {
        checkSize(text);
        List<Block> blocks = parser().parse(text);
        List<Block> malformed = blocks.stream().filter(Block::malformed).toList();
        if (!malformed.isEmpty()) {
            throw new ProblemException("hub.import.has-malformed", malformed.getFirst().firstLine(), malformed.size());
        }
        PraxisUser admin = currentUser.require();
        LocalDate reviewBy = LocalDate.now(clock).plusYears(1);
        int created = 0;
        int skipped = 0;
        int done = 0;
        for (Block block : blocks) {
            if (repository.importKeyExists(block.importKey())) {
                skipped++;
            } else {
                ResourceForm form = toForm(block, settings, reviewBy);
                ResourceId id = new ResourceId(Ids.newId());
                repository.insert(new NewResource(id, form, ResourceStatus.PUBLISHED, null, admin.personId(),
                        admin.displayName(), null, null, block.importKey(), terms.tagText(form)));
                repository.addVersion(id, "Imported from " + settings.sourceName(), form.getTitle(), admin.displayName());
                repository.recordReview(id, ResourceStatus.PUBLISHED, "imported", admin.displayName(),
                        settings.sourceName());
                announcer.published(id, form, null, null);
                created++;
            }
            progress.accept(++done);
        }
        return new Result(created, skipped);
    }

    private ResourceForm toForm(Block block, Settings settings, LocalDate reviewBy) {
        ResourceForm form = new ResourceForm();
        form.setType("case-study");
        form.setTitle(block.title());
        String first = block.paragraphs().getFirst();
        form.setPlainSummary(shorten(CaseStudyParser.firstSentence(first), ResourceForm.SUMMARY_MAX));
        // The text itself is the body; a separate summary would only repeat its first paragraph.
        form.setBody(String.join("\n\n", block.paragraphs().stream().map(ImportService::escapeMarkdown).toList()));
        form.setBeneficiaries(codes(block, Vocabulary.BENEFICIARY));
        form.setStakeholders(codes(block, Vocabulary.STAKEHOLDER));
        form.setPrinciples(codes(block, Vocabulary.PRINCIPLE));
        form.setKeywords(codes(block, Vocabulary.KEYWORD));
        form.setFormats(EnumSet.of(Format.TEXT));
        form.setOwnerOrganisationName(shorten(settings.ownerOrganisationName(), 200));
        form.setLicence(settings.licence());
        form.setReviewBy(reviewBy);
        return form;
    }

    private static Set<String> codes(Block block, Vocabulary vocabulary) {
        CaseStudyParser.Matched matched = block.facets().get(vocabulary);
        return matched == null ? Set.of() : matched.codes();
    }

    /** Imported text is plain text: keep it from being read as Markdown or HTML. */
    private static String escapeMarkdown(String paragraph) {
        return paragraph.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }

    private CaseStudyParser parser() {
        Map<Vocabulary, List<Label>> labels = new EnumMap<>(Vocabulary.class);
        for (Vocabulary vocabulary : Vocabulary.values()) {
            labels.put(vocabulary, terms.active(vocabulary).stream().map(t -> new Label(t.code(), t.label())).toList());
        }
        return new CaseStudyParser(labels);
    }

    private static void checkSize(String text) {
        if (text.length() > MAX_CHARS) {
            throw new ProblemException("hub.import.too-large");
        }
    }

    private static String shorten(String text, int max) {
        String clean = text.strip();
        return clean.length() <= max ? clean : clean.substring(0, max - 1) + "…";
    }
}
