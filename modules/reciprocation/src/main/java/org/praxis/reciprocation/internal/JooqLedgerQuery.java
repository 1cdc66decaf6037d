package org.praxis.reciprocation.internal;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.praxis.platform.Licence;
import org.praxis.platform.OrganisationId;
import org.praxis.reciprocation.events.AgreementId;
import org.praxis.reciprocation.events.ReciprocationType;
import org.praxis.reciprocation.events.Side;
import org.praxis.reciprocation.internal.LedgerViews.Contribution;
import org.praxis.reciprocation.internal.LedgerViews.LedgerLine;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.praxis.reciprocation.internal.jooq.Tables.AGREEMENT;
import static org.praxis.reciprocation.internal.jooq.Tables.AGREEMENT_ITEM;
import static org.praxis.reciprocation.internal.jooq.Tables.COMMUNITY_MEMBER;
import static org.praxis.reciprocation.internal.jooq.Tables.ORGANISATION;

/** Reads for the ledger, statements and community views: items of agreements both sides accepted. */
@Repository
class JooqLedgerQuery {

    private final DSLContext sql;

    JooqLedgerQuery(DSLContext sql) {
        this.sql = sql;
    }

    /** A ledger line with the institution it belongs to and the peer a connection was made with. */
    record OrganisationLine(OrganisationId organisationId, String organisationName,
                            @Nullable OrganisationId connectWith, LedgerLine line) {
    }

    List<OrganisationLine> lines(@Nullable OrganisationId organisation) {
        Condition condition = AGREEMENT.AGREED_VERSION.isNotNull();
        if (organisation != null) {
            condition = condition.and(AGREEMENT.ORGANISATION_ID.eq(organisation.value()));
        }
        return sql.select(AGREEMENT.ORGANISATION_ID, DSL.coalesce(ORGANISATION.NAME, AGREEMENT.ORGANISATION_NAME),
                        AGREEMENT.ID, AGREEMENT.TITLE, AGREEMENT_ITEM.SIDE,
                        DSL.coalesce(AGREEMENT_ITEM.ROUTE, AGREEMENT_ITEM.RECIPROCATION_TYPE), AGREEMENT_ITEM.TITLE,
                        AGREEMENT_ITEM.EFFORT_HOURS, AGREEMENT_ITEM.STATUS, AGREEMENT_ITEM.DUE_DATE,
                        AGREEMENT_ITEM.COMPLETED_AT, AGREEMENT_ITEM.CONNECT_WITH_ID, AGREEMENT_ITEM.CONNECT_WITH_NAME)
                .from(AGREEMENT_ITEM)
                .join(AGREEMENT).on(AGREEMENT.ID.eq(AGREEMENT_ITEM.AGREEMENT_ID))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(AGREEMENT.ORGANISATION_ID))
                .where(condition)
                .orderBy(AGREEMENT.CREATED_AT, AGREEMENT.ID, AGREEMENT_ITEM.SIDE.desc(), AGREEMENT_ITEM.POSITION)
                .fetch(r -> new OrganisationLine(new OrganisationId(r.value1()), r.value2(),
                        r.value12() == null ? null : new OrganisationId(r.value12()),
                        new LedgerLine(new AgreementId(r.value3()), r.value4(), Side.valueOf(r.value5()), r.value6(),
                                r.value7(), r.value8(), ItemStatus.valueOf(r.value9()), r.value10(), r.value11(),
                                r.value13())));
    }

    /** The organisation's name as this module knows it (from identity, else from its agreements). */
    Optional<String> organisationName(OrganisationId organisation) {
        return sql.select(ORGANISATION.NAME).from(ORGANISATION).where(ORGANISATION.ID.eq(organisation.value()))
                .fetchOptional(ORGANISATION.NAME)
                .or(() -> sql.select(AGREEMENT.ORGANISATION_NAME).from(AGREEMENT)
                        .where(AGREEMENT.ORGANISATION_ID.eq(organisation.value())).limit(1)
                        .fetchOptional(AGREEMENT.ORGANISATION_NAME));
    }

    /** When each member joined the community of practice. */
    Map<OrganisationId, OffsetDateTime> memberSince() {
        return sql.selectFrom(COMMUNITY_MEMBER).fetch().stream()
                .collect(Collectors.toMap(r -> new OrganisationId(r.getOrganisationId()), r -> r.getJoinedAt()));
    }

    /** Members of the community of practice, earliest first, with their names. */
    List<MemberRow> members() {
        return sql.select(COMMUNITY_MEMBER.ORGANISATION_ID,
                        DSL.coalesce(ORGANISATION.NAME, COMMUNITY_MEMBER.ORGANISATION_NAME), COMMUNITY_MEMBER.JOINED_AT)
                .from(COMMUNITY_MEMBER)
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(COMMUNITY_MEMBER.ORGANISATION_ID))
                .orderBy(COMMUNITY_MEMBER.JOINED_AT, COMMUNITY_MEMBER.ORGANISATION_ID)
                .fetch(r -> new MemberRow(new OrganisationId(r.value1()), r.value2(), r.value3()));
    }

    record MemberRow(OrganisationId organisationId, String name, OffsetDateTime joinedAt) {
    }

    /** Contributions delivered, per organisation, in the order delivered. */
    Map<UUID, List<Contribution>> contributions() {
        return sql.select(AGREEMENT.ORGANISATION_ID, AGREEMENT_ITEM.TITLE, AGREEMENT_ITEM.RECIPROCATION_TYPE,
                        AGREEMENT_ITEM.COMPLETED_AT, AGREEMENT_ITEM.LICENCE, AGREEMENT_ITEM.EFFORT_HOURS)
                .from(AGREEMENT_ITEM)
                .join(AGREEMENT).on(AGREEMENT.ID.eq(AGREEMENT_ITEM.AGREEMENT_ID))
                .where(AGREEMENT_ITEM.SIDE.eq(Side.RECIPROCATION.name()))
                .and(AGREEMENT_ITEM.STATUS.eq(ItemStatus.DONE.name()))
                .orderBy(AGREEMENT_ITEM.COMPLETED_AT, AGREEMENT_ITEM.ID)
                .fetch().stream()
                .collect(Collectors.groupingBy(r -> r.value1(), Collectors.mapping(r -> new Contribution(r.value2(),
                        ReciprocationType.valueOf(r.value3()), r.value4(),
                        r.value5() == null ? null : Licence.valueOf(r.value5()), r.value6()), Collectors.toList())));
    }
}
