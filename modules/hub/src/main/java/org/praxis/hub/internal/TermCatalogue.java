package org.praxis.hub.internal;

import org.praxis.hub.internal.HubViews.Term;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The vocabularies as the rest of the module reads them, cached (they change rarely). Used by
 * services and listeners alike; {@link VocabularyService} is the secured way in for people.
 */
@Component
class TermCatalogue {

    private final JooqVocabularyRepository repository;
    private final AtomicReference<List<Term>> cache = new AtomicReference<>();

    TermCatalogue(JooqVocabularyRepository repository) {
        this.repository = repository;
    }

    List<Term> all() {
        List<Term> terms = cache.get();
        if (terms == null) {
            terms = List.copyOf(repository.all());
            cache.set(terms);
        }
        return terms;
    }

    List<Term> active(Vocabulary vocabulary) {
        return all().stream().filter(t -> t.vocabulary() == vocabulary && t.active()).toList();
    }

    Map<String, String> labels(Vocabulary vocabulary) {
        Map<String, String> labels = new LinkedHashMap<>();
        all().stream().filter(t -> t.vocabulary() == vocabulary).forEach(t -> labels.put(t.code(), t.label()));
        return labels;
    }

    List<String> labels(Vocabulary vocabulary, Collection<String> codes) {
        Map<String, String> labels = labels(vocabulary);
        return codes.stream().map(code -> labels.getOrDefault(code, code)).toList();
    }

    boolean isActive(Vocabulary vocabulary, String code) {
        return active(vocabulary).stream().anyMatch(t -> t.code().equals(code));
    }

    /** The text search indexes for a resource's type and facet values (their labels, not codes). */
    String tagText(ResourceForm form) {
        StringBuilder text = new StringBuilder();
        labels(Vocabulary.TYPE, List.of(form.getType())).forEach(l -> text.append(l).append(". "));
        labels(Vocabulary.BENEFICIARY, form.getBeneficiaries()).forEach(l -> text.append(l).append(". "));
        labels(Vocabulary.STAKEHOLDER, form.getStakeholders()).forEach(l -> text.append(l).append(". "));
        labels(Vocabulary.PRINCIPLE, form.getPrinciples()).forEach(l -> text.append(l).append(". "));
        labels(Vocabulary.KEYWORD, form.getKeywords()).forEach(l -> text.append(l).append(". "));
        return text.toString().strip();
    }

    void changed() {
        cache.set(null);
    }
}
