package org.praxis.reciprocation.internal;

import org.praxis.platform.CurrentUser;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.Role;
import org.praxis.reciprocation.events.Side;
import org.praxis.reciprocation.internal.JooqLedgerQuery.OrganisationLine;
import org.praxis.reciprocation.internal.LedgerViews.Balance;
import org.praxis.reciprocation.internal.LedgerViews.CategoryTotal;
import org.praxis.reciprocation.internal.LedgerViews.Exchange;
import org.praxis.reciprocation.internal.LedgerViews.ExchangeKind;
import org.praxis.reciprocation.internal.LedgerViews.LedgerLine;
import org.praxis.reciprocation.internal.LedgerViews.Member;
import org.praxis.reciprocation.internal.LedgerViews.Node;
import org.praxis.reciprocation.internal.LedgerViews.NodeKind;
import org.praxis.reciprocation.internal.LedgerViews.Statement;
import org.praxis.reciprocation.internal.LedgerViews.Totals;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The two-way ledger between the programme and each institution, statements and their CSV export,
 * the community of practice's members and the picture of who helped whom.
 *
 * <p>The programme team sees every institution's statement; an institution lead sees only their own
 * (anyone else's is "not found"). The community views are open to both.
 */
@Service
@Transactional(readOnly = true)
public class LedgerService {

    private final JooqLedgerQuery query;
    private final CurrentUser currentUser;

    LedgerService(JooqLedgerQuery query, CurrentUser currentUser) {
        this.query = query;
        this.currentUser = currentUser;
    }

    /** One institution's statement: the team may ask for any; a lead only for their own. */
    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', 'INSTITUTION_LEAD')")
    public Statement statement(OrganisationId organisation) {
        PraxisUser user = currentUser.require();
        boolean own = user.hasRole(Role.INSTITUTION_LEAD) && user.organisationId().equals(organisation);
        if (!user.hasRole(Role.PROGRAMME_TEAM) && !own) {
            throw new NotFoundException("reciprocation.ledger.not-found");
        }
        String name = query.organisationName(organisation)
                .orElseThrow(() -> new NotFoundException("reciprocation.ledger.not-found"));
        List<LedgerLine> lines = query.lines(organisation).stream().map(OrganisationLine::line).toList();
        return new Statement(organisation, name, query.memberSince().get(organisation), Totals.of(lines),
                byCategory(lines), lines);
    }

    /** The signed-in lead's own organisation's statement. */
    @PreAuthorize("hasRole('INSTITUTION_LEAD')")
    public Statement myStatement() {
        return statement(currentUser.require().organisationId());
    }

    /** Every institution with an agreed agreement, with its totals, by name. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public List<Balance> balances() {
        var members = query.memberSince();
        Map<OrganisationId, List<OrganisationLine>> byOrganisation = query.lines(null).stream()
                .collect(Collectors.groupingBy(OrganisationLine::organisationId, LinkedHashMap::new, Collectors.toList()));
        return byOrganisation.values().stream()
                .map(lines -> new Balance(lines.getFirst().organisationId(), lines.getFirst().organisationName(),
                        Totals.of(lines.stream().map(OrganisationLine::line).toList()),
                        members.get(lines.getFirst().organisationId())))
                .sorted(Comparator.comparing(Balance::organisationName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The community of practice: members, earliest first, with what each contributed. */
    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', 'INSTITUTION_LEAD')")
    public List<Member> members() {
        var contributions = query.contributions();
        return query.members().stream()
                .map(m -> new Member(m.organisationId(), m.name(), m.joinedAt(),
                        contributions.getOrDefault(m.organisationId().value(), List.of())))
                .toList();
    }

    /**
     * Who helped whom: done items added up per pair of parties. Support flows from the programme team
     * to an institution, or from a peer institution through a connection; contributions flow from an
     * institution to the whole community.
     */
    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', 'INSTITUTION_LEAD')")
    public List<Exchange> exchanges() {
        Node programme = new Node("programme", NodeKind.PROGRAMME, "");
        Node community = new Node("community", NodeKind.COMMUNITY, "");
        Map<String, int[]> totals = new LinkedHashMap<>();
        Map<String, Exchange> shapes = new LinkedHashMap<>();
        for (OrganisationLine ol : query.lines(null)) {
            LedgerLine line = ol.line();
            if (line.status() != ItemStatus.DONE) {
                continue;
            }
            Node institution = new Node(ol.organisationId().toString(), NodeKind.INSTITUTION, ol.organisationName());
            Exchange shape;
            if (line.side() == Side.RECIPROCATION) {
                shape = new Exchange(institution, community, ExchangeKind.CONTRIBUTION, 0, 0);
            } else if (ol.connectWith() != null) {
                Node peer = new Node(ol.connectWith().toString(), NodeKind.INSTITUTION,
                        Objects.requireNonNullElse(line.connectWithName(), ""));
                shape = new Exchange(peer, institution, ExchangeKind.CONNECTION, 0, 0);
            } else {
                shape = new Exchange(programme, institution, ExchangeKind.SUPPORT, 0, 0);
            }
            String key = shape.from().key() + ">" + shape.to().key() + ":" + shape.kind();
            shapes.putIfAbsent(key, shape);
            int[] sum = totals.computeIfAbsent(key, k -> new int[2]);
            sum[0]++;
            sum[1] += line.effortHours();
        }
        List<Exchange> exchanges = new ArrayList<>();
        shapes.forEach((key, shape) -> exchanges.add(new Exchange(shape.from(), shape.to(), shape.kind(),
                totals.get(key)[0], totals.get(key)[1])));
        return List.copyOf(exchanges);
    }

    /** Writes a statement as CSV; {@code text} gives the words for headers and values (i18n keys). */
    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', 'INSTITUTION_LEAD')")
    public void writeStatementCsv(OrganisationId organisation, Function<String, String> text, Writer out)
            throws IOException {
        StatementCsv.write(statement(organisation), text, out);
    }

    private static List<CategoryTotal> byCategory(List<LedgerLine> lines) {
        Map<String, int[]> sums = new LinkedHashMap<>();
        lines.stream()
                .sorted(Comparator.comparing(LedgerLine::side).reversed()
                        .thenComparing(l -> Objects.requireNonNullElse(l.category(), "~")))
                .forEach(line -> {
                    int[] sum = sums.computeIfAbsent(line.side() + "/" + Objects.requireNonNullElse(line.category(), ""),
                            k -> new int[4]);
                    int offset = line.status() == ItemStatus.DONE ? 0 : 2;
                    sum[offset]++;
                    sum[offset + 1] += line.effortHours();
                });
        List<CategoryTotal> totals = new ArrayList<>();
        sums.forEach((key, sum) -> {
            String[] parts = key.split("/", 2);
            totals.add(new CategoryTotal(Side.valueOf(parts[0]), parts[1].isEmpty() ? null : parts[1],
                    sum[0], sum[1], sum[2], sum[3]));
        });
        return List.copyOf(totals);
    }
}
