package org.praxis.hub.internal;

import org.praxis.hub.internal.HubViews.Term;
import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.Ids;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The vocabularies (types, beneficiaries, stakeholders, principles, keywords): data that admins edit.
 * Terms are never deleted, only retired (inactive), so resources that use them keep their labels.
 * Codes are made from the first label and never change; labels can be reworded.
 */
@Service
@Transactional
public class VocabularyService {

    public static final int LABEL_MAX = 120;

    private final JooqVocabularyRepository repository;
    private final TermCatalogue catalogue;

    VocabularyService(JooqVocabularyRepository repository, TermCatalogue catalogue) {
        this.repository = repository;
        this.catalogue = catalogue;
    }

    /** Every term of every vocabulary, active and retired, in their order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Term> all() {
        return catalogue.all();
    }

    /** The active terms of one vocabulary, for pickers and facets. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Term> active(Vocabulary vocabulary) {
        return all().stream().filter(t -> t.vocabulary() == vocabulary && t.active()).toList();
    }

    /** Code → label for one vocabulary (retired terms included, so old resources still read well). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<String, String> labels(Vocabulary vocabulary) {
        return catalogue.labels(vocabulary);
    }

    /** Labels for codes, in the given order; unknown codes are shown as they are. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> labels(Vocabulary vocabulary, Collection<String> codes) {
        return catalogue.labels(vocabulary, codes);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Term add(Vocabulary vocabulary, String label, String description) {
        String cleanLabel = cleanLabel(label);
        String code = codeFor(cleanLabel);
        if (code.isEmpty()) {
            throw new InvalidInputException(List.of("hub.vocabulary.label-required"));
        }
        if (repository.codeExists(vocabulary, code) || repository.labelExists(vocabulary, cleanLabel, UUID.randomUUID())) {
            throw new InvalidInputException(List.of("hub.vocabulary.label-taken"));
        }
        UUID id = Ids.newId();
        repository.insert(id, vocabulary, code, cleanLabel, description.strip());
        changed();
        return repository.find(id).orElseThrow();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void update(UUID id, int expectedVersion, String label, String description, boolean active) {
        Term term = repository.find(id).orElseThrow(() -> new NotFoundException("hub.vocabulary.not-found"));
        String cleanLabel = cleanLabel(label);
        if (repository.labelExists(term.vocabulary(), cleanLabel, id)) {
            throw new InvalidInputException(List.of("hub.vocabulary.label-taken"));
        }
        if (!repository.update(id, expectedVersion, cleanLabel, description.strip(), active)) {
            throw new ConcurrentChangeException();
        }
        changed();
    }

    private void changed() {
        catalogue.changed();
    }

    private static String cleanLabel(String label) {
        String clean = label.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new InvalidInputException(List.of("hub.vocabulary.label-required"));
        }
        if (clean.length() > LABEL_MAX) {
            throw new InvalidInputException(List.of("hub.vocabulary.label-too-long"));
        }
        return clean;
    }

    /** "Equality, diversity and inclusion" → "equality-diversity-and-inclusion". */
    static String codeFor(String label) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String code = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return code.length() > 80 ? code.substring(0, 80) : code;
    }
}
