package org.praxis.hub.internal;

import org.jooq.DSLContext;
import org.praxis.hub.internal.HubViews.Term;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.praxis.hub.internal.jooq.Tables.VOCABULARY_TERM;

/** SQL of the vocabularies. */
@Repository
class JooqVocabularyRepository {

    private final DSLContext sql;

    JooqVocabularyRepository(DSLContext sql) {
        this.sql = sql;
    }

    List<Term> all() {
        return sql.selectFrom(VOCABULARY_TERM)
                .orderBy(VOCABULARY_TERM.VOCABULARY, VOCABULARY_TERM.POSITION, VOCABULARY_TERM.LABEL)
                .fetch(r -> new Term(r.getId(), Vocabulary.valueOf(r.getVocabulary()), r.getCode(), r.getLabel(),
                        r.getDescription(), r.getActive(), r.getPosition(), r.getVersion()));
    }

    Optional<Term> find(UUID id) {
        return all().stream().filter(term -> term.id().equals(id)).findFirst();
    }

    boolean codeExists(Vocabulary vocabulary, String code) {
        return sql.fetchExists(VOCABULARY_TERM, VOCABULARY_TERM.VOCABULARY.eq(vocabulary.name())
                .and(VOCABULARY_TERM.CODE.eq(code)));
    }

    boolean labelExists(Vocabulary vocabulary, String label, UUID exceptId) {
        return sql.fetchExists(VOCABULARY_TERM, VOCABULARY_TERM.VOCABULARY.eq(vocabulary.name())
                .and(VOCABULARY_TERM.LABEL.lower().eq(label.toLowerCase()))
                .and(VOCABULARY_TERM.ID.ne(exceptId)));
    }

    void insert(UUID id, Vocabulary vocabulary, String code, String label, String description) {
        int position = sql.select(org.jooq.impl.DSL.coalesce(org.jooq.impl.DSL.max(VOCABULARY_TERM.POSITION), -1))
                .from(VOCABULARY_TERM).where(VOCABULARY_TERM.VOCABULARY.eq(vocabulary.name()))
                .fetchOne(0, Integer.class) + 1;
        sql.insertInto(VOCABULARY_TERM)
                .set(VOCABULARY_TERM.ID, id)
                .set(VOCABULARY_TERM.VOCABULARY, vocabulary.name())
                .set(VOCABULARY_TERM.CODE, code)
                .set(VOCABULARY_TERM.LABEL, label)
                .set(VOCABULARY_TERM.DESCRIPTION, description)
                .set(VOCABULARY_TERM.POSITION, position)
                .execute();
    }

    boolean update(UUID id, int expectedVersion, String label, String description, boolean active) {
        return sql.update(VOCABULARY_TERM)
                .set(VOCABULARY_TERM.LABEL, label)
                .set(VOCABULARY_TERM.DESCRIPTION, description)
                .set(VOCABULARY_TERM.ACTIVE, active)
                .set(VOCABULARY_TERM.VERSION, expectedVersion + 1)
                .where(VOCABULARY_TERM.ID.eq(id)).and(VOCABULARY_TERM.VERSION.eq(expectedVersion))
                .execute() == 1;
    }
}
