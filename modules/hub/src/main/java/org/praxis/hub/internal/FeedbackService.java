package org.praxis.hub.internal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.praxis.hub.events.ResourceId;
import org.praxis.hub.internal.HubViews.AdaptationInfo;
import org.praxis.hub.internal.HubViews.CommentInfo;
import org.praxis.hub.internal.HubViews.FeedbackSummary;
import org.praxis.hub.internal.HubViews.OrganisationUsage;
import org.praxis.hub.internal.HubViews.ResourceUsage;
import org.praxis.platform.Ids;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.PraxisUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.praxis.hub.internal.jooq.Tables.ADAPTATION_REPORT;
import static org.praxis.hub.internal.jooq.Tables.COMMENT;
import static org.praxis.hub.internal.jooq.Tables.RATING;
import static org.praxis.hub.internal.jooq.Tables.RESOURCE;
import static org.praxis.hub.internal.jooq.Tables.USAGE_DAILY;

/**
 * Readers' feedback on published resources (was it useful, a rating, comments, "I adapted this") and
 * the usage figures funders ask for, per resource and per contributing organisation, with CSV export.
 */
@Service
@Transactional
public class FeedbackService {

    public static final int COMMENT_MAX = 2000;

    private final DSLContext sql;
    private final JooqResourceRepository resources;
    private final CurrentUser currentUser;

    FeedbackService(DSLContext sql, JooqResourceRepository resources, CurrentUser currentUser) {
        this.sql = sql;
        this.resources = resources;
        this.currentUser = currentUser;
    }

    /** Records whether the resource was useful and/or a rating of 1–5; a person's later answer replaces theirs. */
    @PreAuthorize("isAuthenticated()")
    public void rate(ResourceId id, @Nullable Boolean useful, @Nullable Integer stars) {
        requirePublished(id);
        if (stars != null && (stars < 1 || stars > 5)) {
            throw new InvalidInputException(List.of("hub.validation.stars-out-of-range"));
        }
        PraxisUser me = currentUser.require();
        var insert = sql.insertInto(RATING).set(RATING.RESOURCE_ID, id.value()).set(RATING.PERSON_ID, me.personId().value())
                .set(RATING.USEFUL, useful).set(RATING.STARS, stars == null ? null : stars.shortValue());
        var update = insert.onConflict(RATING.RESOURCE_ID, RATING.PERSON_ID).doUpdate()
                .set(RATING.AT, DSL.currentOffsetDateTime());
        if (useful != null) {
            update = update.set(RATING.USEFUL, useful);
        }
        if (stars != null) {
            update = update.set(RATING.STARS, stars.shortValue());
        }
        update.execute();
    }

    @PreAuthorize("isAuthenticated()")
    public void comment(ResourceId id, String text) {
        requirePublished(id);
        String clean = checkText(text, "hub.validation.comment-required");
        PraxisUser me = currentUser.require();
        sql.insertInto(COMMENT).set(COMMENT.ID, Ids.newId()).set(COMMENT.RESOURCE_ID, id.value())
                .set(COMMENT.PERSON_ID, me.personId().value()).set(COMMENT.PERSON_NAME, me.displayName())
                .set(COMMENT.TEXT, clean).execute();
    }

    /** "I adapted this": how the reader adapted it (and where, if they like), credited to their organisation. */
    @PreAuthorize("isAuthenticated()")
    public void reportAdaptation(ResourceId id, String note) {
        requirePublished(id);
        String clean = checkText(note, "hub.validation.adaptation-required");
        PraxisUser me = currentUser.require();
        sql.insertInto(ADAPTATION_REPORT).set(ADAPTATION_REPORT.ID, Ids.newId())
                .set(ADAPTATION_REPORT.RESOURCE_ID, id.value())
                .set(ADAPTATION_REPORT.PERSON_ID, me.personId().value())
                .set(ADAPTATION_REPORT.PERSON_NAME, me.displayName())
                .set(ADAPTATION_REPORT.ORGANISATION_ID, me.organisationId().value())
                .set(ADAPTATION_REPORT.ORGANISATION_NAME, resources.organisationName(me.organisationId()).orElse(""))
                .set(ADAPTATION_REPORT.NOTE, clean).execute();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public FeedbackSummary summary(ResourceId id) {
        PraxisUser me = currentUser.require();
        var totals = sql.select(
                        DSL.count().filterWhere(RATING.USEFUL.isTrue()),
                        DSL.count().filterWhere(RATING.USEFUL.isFalse()),
                        DSL.avg(RATING.STARS),
                        DSL.count(RATING.STARS))
                .from(RATING).where(RATING.RESOURCE_ID.eq(id.value())).fetchOne();
        var mine = sql.select(RATING.USEFUL, RATING.STARS).from(RATING)
                .where(RATING.RESOURCE_ID.eq(id.value())).and(RATING.PERSON_ID.eq(me.personId().value()))
                .fetchOptional();
        BigDecimal average = totals.value3();
        return new FeedbackSummary(totals.value1(), totals.value2(), average == null ? null : average.doubleValue(),
                totals.value4(), mine.map(r -> r.value1()).orElse(null),
                mine.map(r -> r.value2() == null ? null : r.value2().intValue()).orElse(null));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CommentInfo> comments(ResourceId id) {
        return resources.comments(id);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AdaptationInfo> adaptations(ResourceId id) {
        return resources.adaptationReports(id);
    }

    // --- usage ---------------------------------------------------------------------------------------

    /** Usage per published or archived resource between two dates (inclusive), most viewed first. */
    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', 'MODERATOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ResourceUsage> usageByResource(LocalDate from, LocalDate to) {
        var views = DSL.select(USAGE_DAILY.RESOURCE_ID, DSL.sum(USAGE_DAILY.VIEWS).as("views"),
                        DSL.sum(USAGE_DAILY.DOWNLOADS).as("downloads"))
                .from(USAGE_DAILY).where(USAGE_DAILY.DAY.between(from, to)).groupBy(USAGE_DAILY.RESOURCE_ID)
                .asTable("u");
        var ratings = DSL.select(RATING.RESOURCE_ID, DSL.count().filterWhere(RATING.USEFUL.isTrue()).as("yes"),
                        DSL.count().filterWhere(RATING.USEFUL.isFalse()).as("no"), DSL.avg(RATING.STARS).as("stars"))
                .from(RATING).groupBy(RATING.RESOURCE_ID).asTable("r");
        var adaptations = DSL.select(ADAPTATION_REPORT.RESOURCE_ID, DSL.count().as("n")).from(ADAPTATION_REPORT)
                .groupBy(ADAPTATION_REPORT.RESOURCE_ID).asTable("a");
        var viewsField = DSL.coalesce(views.field("views", BigDecimal.class), BigDecimal.ZERO);
        return sql.select(RESOURCE.ID, RESOURCE.TITLE, RESOURCE.TYPE, RESOURCE.OWNER_ORGANISATION_NAME, viewsField,
                        DSL.coalesce(views.field("downloads", BigDecimal.class), BigDecimal.ZERO),
                        DSL.coalesce(ratings.field("yes", Integer.class), 0),
                        DSL.coalesce(ratings.field("no", Integer.class), 0),
                        ratings.field("stars", BigDecimal.class),
                        DSL.coalesce(adaptations.field("n", Integer.class), 0))
                .from(RESOURCE)
                .leftJoin(views).on(views.field(USAGE_DAILY.RESOURCE_ID).eq(RESOURCE.ID))
                .leftJoin(ratings).on(ratings.field(RATING.RESOURCE_ID).eq(RESOURCE.ID))
                .leftJoin(adaptations).on(adaptations.field(ADAPTATION_REPORT.RESOURCE_ID).eq(RESOURCE.ID))
                .where(RESOURCE.STATUS.in(ResourceStatus.PUBLISHED.name(), ResourceStatus.ARCHIVED.name()))
                .orderBy(viewsField.desc(), RESOURCE.TITLE)
                .fetch(r -> new ResourceUsage(new ResourceId(r.value1()), r.value2(), r.value3(), r.value4(),
                        r.value5().longValue(), r.value6().longValue(), r.value7(), r.value8(),
                        r.value9() == null ? null : r.value9().doubleValue(), r.value10()));
    }

    /** Usage summed per contributing (owner) organisation. */
    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', 'MODERATOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<OrganisationUsage> usageByOrganisation(LocalDate from, LocalDate to) {
        return usageByResource(from, to).stream()
                .collect(java.util.stream.Collectors.groupingBy(ResourceUsage::ownerOrganisationName,
                        java.util.TreeMap::new, java.util.stream.Collectors.toList()))
                .entrySet().stream()
                .map(e -> new OrganisationUsage(e.getKey(), e.getValue().size(),
                        e.getValue().stream().mapToLong(ResourceUsage::views).sum(),
                        e.getValue().stream().mapToLong(ResourceUsage::downloads).sum(),
                        e.getValue().stream().mapToInt(ResourceUsage::adaptations).sum()))
                .sorted(java.util.Comparator.comparingLong(OrganisationUsage::views).reversed()
                        .thenComparing(OrganisationUsage::organisationName))
                .toList();
    }

    /** The per-resource usage as CSV (UTF-8, header row), for funder reports. */
    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', 'MODERATOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public String usageByResourceCsv(LocalDate from, LocalDate to) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("resource_id", "title", "type",
                "owner_organisation", "views", "downloads", "useful_yes", "useful_no", "average_rating",
                "adaptations", "from", "to").get())) {
            for (ResourceUsage u : usageByResource(from, to)) {
                csv.printRecord(u.id(), safeCell(u.title()), u.type(), safeCell(u.ownerOrganisationName()), u.views(),
                        u.downloads(), u.usefulYes(), u.usefulNo(),
                        u.averageStars() == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", u.averageStars()),
                        u.adaptations(), from, to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The per-organisation usage as CSV. */
    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', 'MODERATOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public String usageByOrganisationCsv(LocalDate from, LocalDate to) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("organisation", "resources",
                "views", "downloads", "adaptations", "from", "to").get())) {
            for (OrganisationUsage u : usageByOrganisation(from, to)) {
                csv.printRecord(safeCell(u.organisationName()), u.resources(), u.views(), u.downloads(),
                        u.adaptations(), from, to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Spreadsheets run cells that start with = + - @ as formulas: prefix those with an apostrophe. */
    static String safeCell(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private void requirePublished(ResourceId id) {
        if (resources.status(id).filter(s -> s == ResourceStatus.PUBLISHED).isEmpty()) {
            throw new NotFoundException("hub.error.not-found");
        }
    }

    private static String checkText(String text, String requiredKey) {
        String clean = text.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException(List.of(requiredKey));
        }
        if (clean.length() > COMMENT_MAX) {
            throw new InvalidInputException(List.of("hub.validation.comment-too-long"));
        }
        return clean;
    }
}
